package io.tonearm.adapters.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded database's home says who runs it: a lock held by the process that runs the server for as long
 * as it runs (the operating system lets go of it when that process dies, however it dies), and a run file,
 * {@code tonearm.run}, with that process's pid, the server's port and socket, and where the credentials are
 * (never the password), so that another command on the same data directory can use the running server.
 */
final class RunFile {
    static final String FILE_NAME = "tonearm.run";
    static final String LOCK_NAME = "tonearm.lock";
    /**
     * The locks this process holds, by home. The operating system's lock belongs to the process, and closing any
     * channel of the process on the lock file lets go of it: a process must not even probe a lock it holds.
     */
    private static final Map<Path, FileLock> HELD = new ConcurrentHashMap<>();

    private RunFile() {
    }

    /**
     * What a run file says.
     *
     * @param pid         the process that runs the server (Tonearm's, not mariadbd's)
     * @param command     that process's command line, for people
     * @param serverPid   mariadbd's pid
     * @param port        the TCP port on 127.0.0.1
     * @param socket      the Unix socket
     * @param credentials the file with the account's name and password
     * @param startedAt   when the server was started
     */
    record Contents(long pid, String command, long serverPid, int port, Path socket, Path credentials,
                    Instant startedAt) {

        /** @return whether the process that wrote the file still runs */
        boolean ownerAlive() {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }

        String text() {
            Properties properties = new Properties();
            properties.setProperty("pid", Long.toString(pid));
            properties.setProperty("command", command);
            properties.setProperty("mariadbd.pid", Long.toString(serverPid));
            properties.setProperty("port", Integer.toString(port));
            properties.setProperty("host", "127.0.0.1");
            properties.setProperty("socket", socket.toString());
            properties.setProperty("credentials", credentials.toString());
            properties.setProperty("started", startedAt.toString());
            StringWriter text = new StringWriter();
            try {
                properties.store(text, "The embedded MariaDB of the Tonearm process " + pid
                        + "; removed when it stops. The password is in the credentials file, not here.");
            } catch (IOException e) {
                throw new IllegalStateException("a StringWriter does not fail", e);
            }
            return text.toString();
        }

        static Contents parse(String text) throws IOException {
            Properties properties = new Properties();
            properties.load(new StringReader(text));
            try {
                return new Contents(Long.parseLong(properties.getProperty("pid")),
                        properties.getProperty("command", ""),
                        Long.parseLong(properties.getProperty("mariadbd.pid")),
                        Integer.parseInt(properties.getProperty("port")),
                        Path.of(properties.getProperty("socket")), Path.of(properties.getProperty("credentials")),
                        Instant.parse(properties.getProperty("started")));
            } catch (RuntimeException e) {
                throw new IOException("not a run file of Tonearm: " + e.getMessage(), e);
            }
        }
    }

    /** @return what the run file of {@code home} says, if there is one that can be read */
    static Optional<Contents> read(Path home) {
        Path file = home.resolve(FILE_NAME);
        try {
            return Files.exists(file) ? Optional.of(Contents.parse(Files.readString(file))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void write(Path home, Contents contents) throws IOException {
        OwnerOnlyFiles.write(home.resolve(FILE_NAME), contents.text());
    }

    static void delete(Path home) throws IOException {
        Files.deleteIfExists(home.resolve(FILE_NAME));
    }

    /**
     * Takes the home's lock, if no process (this one included) holds it.
     *
     * @return the lock, held until {@link #release released} or until this process ends; empty if a process holds it
     */
    static Optional<FileLock> tryLock(Path home) throws IOException {
        if (HELD.containsKey(home)) {
            return Optional.empty();
        }
        FileChannel channel = FileChannel.open(home.resolve(LOCK_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null && HELD.putIfAbsent(home, lock) == null) {
                return Optional.of(lock);
            }
        } catch (OverlappingFileLockException e) {
            // taken by another thread of this process in the meantime
        }
        channel.close();
        return Optional.empty();
    }

    /** @return whether some process, this one included, holds the home's lock now */
    static boolean isLocked(Path home) throws IOException {
        Optional<FileLock> lock = tryLock(home);
        lock.ifPresent(held -> release(home, held));
        return lock.isEmpty();
    }

    static void release(Path home, FileLock lock) {
        HELD.remove(home, lock);
        try {
            lock.release();
            lock.channel().close();
        } catch (IOException e) {
            // the channel is gone either way
        }
    }
}
