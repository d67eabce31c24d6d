package io.tonearm.adapters.persistence.testing;

import io.tonearm.adapters.persistence.DatabaseSettings;
import io.tonearm.adapters.persistence.EmbeddedDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A uniquely named, migrated database for integration tests, dropped when closed.
 *
 * <p>It lives on the MariaDB server at {@code 127.0.0.1:3306} (user root, no password), or on the server named
 * by the environment variable {@code TONEARM_TEST_DB_URL} (a server URL such as
 * {@code jdbc:mariadb://host:3306/}, user and password from {@code TONEARM_TEST_DB_USER} and
 * {@code TONEARM_TEST_DB_PASSWORD}). When that server does not answer, an {@link EmbeddedDatabase} is started
 * under {@code target/embedded-mariadb} instead (a few seconds, once per JVM).
 *
 * <p>Share one per test run with {@link #shared()} (dropped when the JVM exits) and wipe it between tests with
 * {@link #truncate()}:
 *
 * <pre>{@code
 * static final TestDatabase DB = TestDatabase.shared();
 * Injector injector = Guice.createInjector(new PersistenceModule(DB.settings()));
 * @BeforeEach void clean() { DB.truncate(); }
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {
    /** The tables in an order that deleting from them one after the other respects the foreign keys. */
    private static final String[] TABLES = {
        "change_log", "playlist_entries", "playlists", "plays", "track_terms", "track_artists", "tracks", "album_terms",
        "albums", "artist_terms", "artists"
    };
    private static final String MIGRATIONS = "classpath:io/tonearm/adapters/persistence/db/migration";

    private final Server server;
    private final String name;
    private final DatabaseSettings settings;

    private TestDatabase(Server server, String name) {
        this.server = server;
        this.name = name;
        this.settings = new DatabaseSettings(server.url + name, server.user, server.password, 4);
    }

    /** @return the database of this JVM's test run, created on first use and dropped when the JVM exits */
    public static TestDatabase shared() {
        return Shared.INSTANCE;
    }

    /** @return a new database of its own (on the same server as {@link #shared()}); close it when done */
    public static TestDatabase create() {
        return create(ServerHolder.SERVER);
    }

    private static TestDatabase create(Server server) {
        TestDatabase database = createEmpty(server);
        database.migrateTo(null);
        return database;
    }

    /**
     * @return a new database of its own migrated up to {@code version} only (for a test of a later migration, which
     *     {@link #migrateTo} then runs); close it when done
     */
    public static TestDatabase createAt(String version) {
        TestDatabase database = createEmpty(ServerHolder.SERVER);
        database.migrateTo(version);
        return database;
    }

    private static TestDatabase createEmpty(Server server) {
        String name = "tonearm_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        server.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci");
        return new TestDatabase(server, name);
    }

    /** Runs the migrations up to {@code version}, or all of them if it is null. */
    public void migrateTo(String version) {
        var configuration = Flyway.configure()
                .dataSource(settings.jdbcUrl(), server.user, server.password)
                .locations(MIGRATIONS);
        if (version != null) {
            configuration.target(version);
        }
        configuration.load().migrate();
    }

    /** @return how to reach this database (pool size 4), for a {@code PersistenceModule} */
    public DatabaseSettings settings() {
        return settings;
    }

    /** @return the database's name, {@code tonearm_test_...} */
    public String name() {
        return name;
    }

    /** @return a new JDBC connection to this database (the caller closes it) */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), server.user, server.password);
    }

    /** Empties every catalog table and zeroes the counters: a clean catalog for the next test. */
    public void truncate() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("DELETE FROM " + table);
            }
            // The set of tracks changed: its version moves on, never back (see TrackIdAnchors).
            statement.execute("UPDATE counters SET value = IF(name = 'track_set_version', value + 1, 0)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty " + name + ": " + e.getMessage(), e);
        }
    }

    /** Drops the database. */
    @Override
    public void close() {
        server.execute("DROP DATABASE IF EXISTS `" + name + "`");
    }

    /** The server tests run against: the one that answers, or an embedded one. */
    private static final class Server {
        final String url;
        final String user;
        final String password;

        Server(String url, String user, String password) {
            this.url = url.endsWith("/") ? url : url + "/";
            this.user = user;
            this.password = password;
        }

        static Server find() {
            String url = Objects.requireNonNullElse(System.getenv("TONEARM_TEST_DB_URL"),
                    "jdbc:mariadb://127.0.0.1:3306/");
            Server configured = new Server(url, Objects.requireNonNullElse(System.getenv("TONEARM_TEST_DB_USER"), "root"),
                    Objects.requireNonNullElse(System.getenv("TONEARM_TEST_DB_PASSWORD"), ""));
            if (configured.answers()) {
                return configured;
            }
            EmbeddedDatabase embedded = EmbeddedDatabase.start(Path.of("target", "embedded-mariadb"));
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "embedded-mariadb-stop"));
            return new Server(embedded.serverUrl(), embedded.user(), embedded.password());
        }

        boolean answers() {
            try (Connection connection = DriverManager.getConnection(url + "?connectTimeout=1000", user, password)) {
                return connection.isValid(1);
            } catch (SQLException e) {
                return false;
            }
        }

        void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** Found on first use: a test run that never needs a database never connects. */
    private static final class ServerHolder {
        static final Server SERVER = Server.find();

        private ServerHolder() {
        }
    }

    private static final class Shared {
        static final TestDatabase INSTANCE = create(ServerHolder.SERVER);

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(Shared::dropQuietly, "test-database-drop"));
        }

        private Shared() {
        }

        /** An embedded server may already be stopping in its own hook: then its data goes with target/. */
        private static void dropQuietly() {
            try {
                INSTANCE.close();
            } catch (IllegalStateException e) {
                System.err.println("could not drop " + INSTANCE.name + ": " + e.getMessage());
            }
        }
    }
}
