package io.tonearm.bootstrap;

import io.tonearm.adapters.persistence.DatabaseSettings;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.domain.port.QueryCache;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole of Tonearm for a test class, as {@code serve} does: configuration through {@link ConfigLoader},
 * the real Guice wiring, the real MariaDB (a database of the class's own, see {@link TestDatabase}), the
 * Caffeine cache and the HTTP server on a free port, with the first admin from the environment. Tests talk to it
 * over HTTP only, as that admin unless they say otherwise ({@link Api#as}).
 */
abstract class FullStackTest {
    static TestDatabase database;
    static Tonearm tonearm;
    static Api api;

    @BeforeAll
    static void startTonearm(@TempDir Path dataDir) {
        database = TestDatabase.create();
        tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(), environment(database.settings(), dataDir)),
                Clock.systemUTC());
        api = new Api(tonearm.uri());
    }

    /** The environment {@code serve} would see on a machine configured for this database. */
    static Map<String, String> environment(DatabaseSettings db, Path dataDir) {
        return Map.of(
                "TONEARM_DB_URL", db.jdbcUrl(),
                "TONEARM_DB_USER", db.user(),
                "TONEARM_DB_PASSWORD", db.password(),
                "TONEARM_DB_POOL_SIZE", "4",
                "TONEARM_HTTP_HOST", "127.0.0.1",
                "TONEARM_HTTP_PORT", "0",
                "TONEARM_DATA_DIR", dataDir.toString(),
                "TONEARM_ADMIN_USER", Api.ADMIN,
                "TONEARM_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stopTonearm() {
        if (tonearm != null) {
            tonearm.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** Each test starts from an empty catalog; the cache is emptied with it, or it would answer from the last test. */
    @BeforeEach
    void emptyCatalog() {
        database.truncate();
        tonearm.injector().getInstance(QueryCache.class).invalidateAll();
    }
}
