package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.adapters.cache.RedisTestSupport;
import io.tonearm.adapters.persistence.TestCorpus;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Tonearm servers (the runnable jar, each in a process of its own) on one MariaDB: a change made through one —
 * a favorite, a play, a tag edit, a delete, a rescan that finds a moved and a removed file — is seen by the other,
 * which had the old answers cached, within the change log's poll interval plus one request.
 */
class ChangeLogAcrossProcessesIT {
    /** The promise is poll (500 ms) + one request; the rest is room for a machine loaded by other builds. */
    static final Duration REACH = Duration.ofSeconds(5);

    @TempDir
    Path dir;
    private final List<JarProcess> processes = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (JarProcess process : processes) {
            process.close();
        }
    }

    @Test
    void withoutRedis_everyChangeThroughOneServer_isSeenByTheOther_withinThePollIntervalAndARequest()
            throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            Path library = dir.resolve("music");
            TestCorpus.writeLibrary(library, 6);
            Api first = serve("first", database, library, Map.of());
            Api second = serve("second", database, library, Map.of());

            List<Duration> reach = exercise(first, second, library, () -> { });

            JsonNode followed = second.get("/api/cache/stats").body().path("changeLog");
            assertThat(followed.path("applied").asLong()).as("%s", followed).isGreaterThanOrEqualTo(5);
            assertThat(followed.path("gaps").asLong()).as("%s", followed).isZero();
            assertThat(followed.path("ownTierTrusted").asBoolean()).isTrue();

            System.out.println("change log reach without Redis (ms): " + reach.stream().map(Duration::toMillis).toList());
        }
    }

    @Test
    void withRedis_everyChangeThroughOneServer_isSeenByTheOther() throws Exception {
        URI redis = RedisTestSupport.sharedServer();
        String prefix = RedisTestSupport.uniquePrefix();
        try (TestDatabase database = TestDatabase.create()) {
            Path library = dir.resolve("music");
            TestCorpus.writeLibrary(library, 6);
            Api first = serve("first", database, library, redis(redis, prefix, "5s"));
            Api second = serve("second", database, library, redis(redis, prefix, "5s"));
            awaitRedisInUse(first);
            awaitRedisInUse(second);

            List<Duration> reach = exercise(first, second, library, () -> { });

            System.out.println("change log reach with Redis (ms): " + reach.stream().map(Duration::toMillis).toList());
        } finally {
            RedisTestSupport.deleteKeys(redis, prefix);
        }
    }

    /**
     * Redis dies after the first changes. Each server trusts what it holds for the staleness bound (30 s here) after
     * it last heard Redis: without the change log the other server would serve the old answers that long.
     */
    @Test
    void withRedisKilledMidway_noChangeIsLost_theChangeLogCarriesThemAll() throws Exception {
        try (TestDatabase database = TestDatabase.create();
             RedisTestSupport.PrivateRedis redis = RedisTestSupport.startPrivate()) {
            Path library = dir.resolve("music");
            TestCorpus.writeLibrary(library, 6);
            String prefix = RedisTestSupport.uniquePrefix();
            Api first = serve("first", database, library, redis(redis.uri(), prefix, "30s"));
            Api second = serve("second", database, library, redis(redis.uri(), prefix, "30s"));
            awaitRedisInUse(first);
            awaitRedisInUse(second);

            List<Duration> reach = exercise(first, second, library, redis::kill);

            assertThat(second.get("/api/cache/stats").body().path("tiers").get(1).path("available").asBoolean())
                    .as("Redis is gone").isFalse();
            System.out.println("change log reach with Redis killed after the play (ms): "
                    + reach.stream().map(Duration::toMillis).toList());
        }
    }

    @Test
    void aScanOnTheCommandLineBesideAnEmbeddedServer_isServedByTheServerAtOnce() throws Exception {
        Path library = dir.resolve("music");
        TestCorpus.writeLibrary(library, 4);
        Map<String, String> environment = Map.of("TONEARM_DATA_DIR", dir.resolve("data").toString(),
                "TONEARM_HTTP_PORT", "0", "TONEARM_HTTP_HOST", "127.0.0.1", "TONEARM_LIBRARY_ROOTS", library.toString(),
                "TONEARM_ADMIN_USER", Api.ADMIN, "TONEARM_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
        JarProcess server = JarProcess.start("serve", environment, "serve");
        processes.add(server);
        Api api = new Api(server.awaitListening());
        assertThat(cachedOn(api, "/api/tracks?limit=50").ids()).isEmpty();

        scanBeside(environment, library);

        seenWithin("the first scan", () -> api.get("/api/tracks?limit=50").ids().size() == 4);
        List<Long> ids = cachedOn(api, "/api/tracks?limit=50").ids();
        Path removed = Path.of(api.get("/api/tracks/" + ids.get(0)).body().path("path").asText());
        Files.delete(removed);
        scanBeside(environment, library);
        seenWithin("the rescan's removal", () -> !api.get("/api/tracks?limit=50").ids().contains(ids.get(0)));
    }

    private void scanBeside(Map<String, String> environment, Path library) throws Exception {
        try (JarProcess scan = JarProcess.start("scan", environment, "scan", library.toString())) {
            assertThat(scan.awaitExit()).as("scan beside serve: %s", scan.output()).isEqualTo(ExitCodes.OK);
            assertThat(scan.output()).as("no lock errors").noneMatch(line -> line.contains("InnoDB")
                    || line.contains("Aria") || line.contains("Lock wait"));
        }
    }

    private static Map<String, String> redis(URI uri, String prefix, String stalenessBound) {
        // a busy machine must not make Redis look down here: its failures are tested in adapters-cache
        return Map.of("TONEARM_REDIS_URL", uri.toString(), "TONEARM_REDIS_KEY_PREFIX", prefix,
                "TONEARM_REDIS_TIMEOUT", "2s", "TONEARM_REDIS_STALENESS_BOUND", stalenessBound);
    }

    private static void awaitRedisInUse(Api api) {
        Await.until("the server's cache uses Redis",
                () -> api.get("/api/cache/stats").body().path("tiers").path(1).path("available").asBoolean());
    }

    private Api serve(String name, TestDatabase database, Path library, Map<String, String> more) throws Exception {
        Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(),
                dir.resolve(name)));
        environment.put("TONEARM_LIBRARY_ROOTS", library.toString());
        environment.putAll(more);
        JarProcess process = JarProcess.start(name, environment, "serve");
        processes.add(process);
        return new Api(process.awaitListening());
    }

    /**
     * Makes each kind of change through {@code changer}, and measures how long {@code other} serves the old one;
     * {@code afterThePlay} runs between the second and the third change.
     */
    static List<Duration> exercise(Api changer, Api other, Path library, Runnable afterThePlay) throws Exception {
        scan(changer);
        List<Long> ids = cachedOn(other, "/api/tracks?limit=50").ids();
        assertThat(ids).hasSize(6);
        List<Duration> reach = new ArrayList<>();

        long favorite = ids.get(0);
        cachedOn(other, "/api/tracks/favorites");
        cachedOn(other, "/api/tracks/" + favorite);
        assertThat(changer.put("/api/tracks/" + favorite + "/favorite").status()).isEqualTo(204);
        reach.add(seenWithin("the favorite", () -> other.get("/api/tracks/favorites").ids().equals(List.of(favorite))
                && other.get("/api/tracks/" + favorite).body().path("favorite").asBoolean()));

        cachedOn(other, "/api/tracks/recent");
        assertThat(changer.post("/api/tracks/" + favorite + "/plays").status()).isEqualTo(200);
        reach.add(seenWithin("the play", () -> other.get("/api/tracks/recent").ids().equals(List.of(favorite))
                && other.get("/api/tracks/" + favorite).body().path("playCount").asInt() == 1));
        afterThePlay.run();

        long retagged = ids.get(1);
        cachedOn(other, "/api/tracks/" + retagged);
        cachedOn(other, "/api/tracks/search?q=Renamed");
        assertThat(changer.patch("/api/tracks/" + retagged, "{\"title\": \"Renamed\"}").status()).isEqualTo(200);
        reach.add(seenWithin("the tag edit", () -> other.get("/api/tracks/" + retagged).body().path("title").asText()
                .equals("Renamed") && other.get("/api/tracks/search?q=Renamed").ids().equals(List.of(retagged))));

        long deleted = ids.get(2);
        cachedOn(other, "/api/tracks/" + deleted);
        assertThat(changer.delete("/api/tracks/" + deleted).status()).isEqualTo(204);
        reach.add(seenWithin("the delete", () -> other.get("/api/tracks/" + deleted).status() == 404
                && !other.get("/api/tracks?limit=50").ids().contains(deleted)));

        long moved = ids.get(3);
        long removed = ids.get(4);
        Path from = Path.of(other.get("/api/tracks/" + moved).body().path("path").asText());
        Path to = library.resolve("moved").resolve(from.getFileName());
        Files.createDirectories(to.getParent());
        Files.move(from, to);
        Files.delete(Path.of(other.get("/api/tracks/" + removed).body().path("path").asText()));
        cachedOn(other, "/api/tracks?limit=50");
        cachedOn(other, "/api/tracks/" + moved);
        scan(changer);
        reach.add(seenWithin("the rescan's move and removal", () -> {
            List<Long> now = other.get("/api/tracks?limit=50").ids();
            return !now.contains(removed) && now.contains(moved)
                    && other.get("/api/tracks/" + moved).body().path("path").asText().equals(to.toString());
        }));
        return reach;
    }

    /**
     * Reads a path until the answer comes from the process's own tier, which then holds the old answer. (With Redis,
     * a change's row in the log reaches the process up to a poll after the Redis broadcast did, and drops the same
     * results from its own tier once more: the read after that comes from Redis, the next one from the own tier.)
     */
    static Api.Response cachedOn(Api api, String path) {
        Api.Response first = api.get(path);
        assertThat(first.status()).as("%s: %s", path, first.text()).isIn(200, 404);
        Api.Response[] again = {api.get(path)};
        seenWithin(path + " answered from the own tier", () -> {
            again[0] = api.get(path);
            return "tier1".equals(again[0].header("X-Cache-Source"));
        });
        return again[0];
    }

    static void scan(Api api) {
        Api.Response started = api.post("/api/library/scans");
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        Await.until("the scan ends", () -> !api.get(started.location()).body().path("state").asText()
                .equals("RUNNING"));
        JsonNode done = api.get(started.location()).body();
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
    }

    /** @return how long it took until the condition held, at most {@link #REACH} (else the test fails) */
    static Duration seenWithin(String what, BooleanSupplier condition) {
        long start = System.nanoTime();
        long deadline = start + REACH.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " was not seen by the other server within " + REACH.toMillis() + " ms");
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
