package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.adapters.persistence.TestCorpus;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.domain.port.QueryCache;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sixteen clients writing at once to a running Tonearm over HTTP (real MariaDB, real server), the workloads of
 * issue 19 one by one and then all together while a library scan runs: every request succeeds, and afterwards
 * the catalog holds exactly what was acknowledged, with no duplicate and no orphan.
 */
class ConcurrentWritesTest {
    private static final int CLIENTS = 16;
    private static final int SCANNED_FILES = 200;
    private static final AtomicLong PATHS = new AtomicLong();

    private static TestDatabase database;
    private static Tonearm tonearm;
    private static Api api;
    private static Path library;

    /** Paths whose add was acknowledged and which were not deleted since. */
    private final Set<String> stored = ConcurrentHashMap.newKeySet();
    /** Every answer that was not the expected success: the tests expect none. */
    private final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();

    @BeforeAll
    static void start(@TempDir Path dir) throws IOException {
        library = dir.resolve("music");
        TestCorpus.writeLibrary(library, SCANNED_FILES);
        database = TestDatabase.create();
        Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(),
                dir.resolve("data")));
        environment.put("TONEARM_DB_POOL_SIZE", "8");
        environment.put("TONEARM_LIBRARY_ROOTS", library.toString());
        tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC());
        api = new Api(tonearm.uri());
    }

    @AfterAll
    static void stop() {
        if (tonearm != null) {
            tonearm.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void emptyCatalog() {
        database.truncate();
        tonearm.injector().getInstance(QueryCache.class).invalidateAll();
    }

    @Test
    void sixteenClientsAddingEightTracksEachToTheSameNewAlbum_allSucceed() {
        int rounds = 3;
        CyclicBarrier together = new CyclicBarrier(CLIENTS);
        concurrently(CLIENTS, client -> {
            for (int round = 0; round < rounds; round++) {
                await(together);
                addBatch("Crowd " + round, "Round " + round, 8);
            }
        });

        assertThat(refused).isEmpty();
        assertThat(stored).hasSize(CLIENTS * rounds * 8);
        assertThat(count("SELECT COUNT(*) FROM albums")).isEqualTo(rounds);
        assertThat(count("SELECT COUNT(*) FROM artists")).isEqualTo(rounds);
        assertCatalogHoldsExactlyTheAcknowledgedTracks();
    }

    @Test
    void sixteenClientsChangingTheGenreOfThreeTracksOfOneAlbum_allSucceed() {
        List<Long> ids = List.of(addOne("Album", "Artist"), addOne("Album", "Artist"), addOne("Album", "Artist"));

        concurrently(CLIENTS, client -> {
            for (int i = 0; i < 6; i++) {
                patch(ids.get((client + i) % ids.size()), "{\"genre\": \"Genre " + client + "-" + i + "\"}");
            }
        });

        assertThat(refused).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM tracks WHERE genre LIKE 'Genre %'")).isEqualTo(3);
        assertCatalogHoldsExactlyTheAcknowledgedTracks();
    }

    @Test
    void sixteenClientsMovingTracksBetweenTwoAlbumsBackAndForth_allSucceed() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(addOne("Left", "Artist"));
        }

        concurrently(CLIENTS, client -> {
            for (int i = 0; i < 6; i++) {
                String album = (client + i) % 2 == 0 ? "Right" : "Left";
                patch(ids.get((client + i) % ids.size()), "{\"album\": \"" + album + "\"}");
            }
        });

        assertThat(refused).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM albums")).isBetween(1L, 2L);
        assertCatalogHoldsExactlyTheAcknowledgedTracks();
    }

    @Test
    void sixteenClientsFavoritingAndPlaying_allSucceed_andEveryPlayIsCounted() {
        List<Long> ids = List.of(addOne("Album", "Artist"), addOne("Album", "Artist"), addOne("Other", "Artist"));
        AtomicLong plays = new AtomicLong();

        concurrently(CLIENTS, client -> {
            for (int i = 0; i < 6; i++) {
                long id = ids.get((client + i) % ids.size());
                switch (i % 3) {
                    case 0 -> expect(204, "PUT favorite", api.put("/api/tracks/" + id + "/favorite"));
                    case 1 -> expect(204, "DELETE favorite", api.delete("/api/tracks/" + id + "/favorite"));
                    default -> {
                        if (expect(200, "POST plays", api.post("/api/tracks/" + id + "/plays"))) {
                            plays.incrementAndGet();
                        }
                    }
                }
            }
        });

        assertThat(refused).isEmpty();
        assertThat(count("SELECT SUM(play_count) FROM track_annotations")).isEqualTo(plays.get());
        assertThat(count("SELECT COUNT(*) FROM plays")).isEqualTo(plays.get());
        assertCatalogHoldsExactlyTheAcknowledgedTracks();
    }

    @Test
    void everyWorkloadAtOnce_whileAScanRuns_allSucceed_andTheScanFailsNoBatch() {
        List<Long> shared = List.of(addOne("Shared", "Band"), addOne("Shared", "Band"), addOne("Shared", "Band"));
        Api.Response scan = api.post("/api/library/scans", "{\"full\": true}");
        assertThat(scan.status()).isEqualTo(202);

        concurrently(CLIENTS, client -> {
            for (int i = 0; i < 6; i++) {
                long id = shared.get((client + i) % shared.size());
                switch (client % 6) {
                    case 0 -> addBatch("Band", "Mixed " + i, 8);
                    case 1 -> patch(id, "{\"genre\": \"Genre " + i + "\"}");
                    case 2 -> patch(id, "{\"album\": \"" + (i % 2 == 0 ? "Elsewhere" : "Shared") + "\"}");
                    case 3 -> expect(204, "PUT favorite", api.put("/api/tracks/" + id + "/favorite"));
                    case 4 -> expect(200, "POST plays", api.post("/api/tracks/" + id + "/plays"));
                    default -> deleteOne(addOne("Short-lived " + client, "Passer-by " + i));
                }
            }
        });
        Await.until("the scan ends", () -> !api.get(scan.location()).body().path("state").asText()
                .equals("RUNNING"));

        Api.Response done = api.get(scan.location());
        assertThat(done.body().path("state").asText()).as(done.text()).isEqualTo("SUCCEEDED");
        assertThat(done.body().path("progress").path("failed").asLong()).isZero();
        assertThat(done.body().path("progress").path("added").asLong()).isEqualTo(SCANNED_FILES);
        assertThat(refused).isEmpty();
        strings("SELECT path FROM tracks").stream().filter(path -> path.startsWith(library + "/"))
                .forEach(stored::add);
        assertCatalogHoldsExactlyTheAcknowledgedTracks();
    }

    // ---- the writes, each recording what was acknowledged

    private long addOne(String album, String artist) {
        String path = "/concurrent/" + PATHS.incrementAndGet() + ".flac";
        Api.Response added = api.post("/api/tracks", trackJson(path, album, artist));
        if (expect(201, "POST one track", added)) {
            stored.add(path);
            return added.body().path("id").asLong();
        }
        return -1;
    }

    private void addBatch(String artist, String album, int size) {
        List<String> paths = new ArrayList<>();
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            String path = "/concurrent/" + PATHS.incrementAndGet() + ".flac";
            paths.add(path);
            json.append(i == 0 ? "" : ",").append(trackJson(path, album, artist));
        }
        if (expect(201, "POST tracks", api.post("/api/tracks", json.append(']').toString()))) {
            stored.addAll(paths);
        }
    }

    private void deleteOne(long id) {
        if (id < 0) {
            return;
        }
        String path = api.get("/api/tracks/" + id).body().path("path").asText();
        if (expect(204, "DELETE track", api.delete("/api/tracks/" + id))) {
            stored.remove(path);
        }
    }

    private void patch(long id, String json) {
        expect(200, "PATCH " + json, api.patch("/api/tracks/" + id, json));
    }

    private boolean expect(int status, String what, Api.Response response) {
        if (response.status() == status) {
            return true;
        }
        refused.add(what + " answered " + response.status() + ": " + response.text());
        return false;
    }

    private static String trackJson(String path, String album, String artist) {
        return "{\"path\": \"" + path + "\", \"title\": \"Song " + path.hashCode() + "\", \"artists\": [\"" + artist
                + "\"], \"album\": \"" + album + "\", \"year\": 2001, \"durationMs\": 180000, \"format\": \"FLAC\","
                + " \"fileSize\": 1000, \"fileModifiedAt\": \"2025-01-01T00:00:00Z\"}";
    }

    // ---- what must hold afterwards

    private void assertCatalogHoldsExactlyTheAcknowledgedTracks() {
        assertThat(new HashSet<>(strings("SELECT path FROM tracks"))).isEqualTo(stored);
        assertThat(count("SELECT COUNT(*) FROM albums a WHERE NOT EXISTS "
                + "(SELECT 1 FROM tracks t WHERE t.album_id = a.id)")).as("albums without a track").isZero();
        assertThat(count("SELECT COUNT(*) FROM albums a WHERE a.track_count <> "
                + "(SELECT COUNT(*) FROM tracks t WHERE t.album_id = a.id)")).as("albums miscounted").isZero();
        assertThat(count("SELECT COUNT(*) FROM artists a WHERE NOT EXISTS "
                + "(SELECT 1 FROM track_artists ta WHERE ta.artist_id = a.id) AND NOT EXISTS "
                + "(SELECT 1 FROM tracks t WHERE t.album_artist_id = a.id)")).as("artists unused").isZero();
        assertThat(count("SELECT COUNT(*) FROM tracks t WHERE NOT EXISTS "
                + "(SELECT 1 FROM track_artists ta WHERE ta.track_id = t.id)")).as("tracks without artist").isZero();
        assertThat(count("SELECT COUNT(*) FROM (SELECT 1 FROM albums GROUP BY artist_id, title HAVING COUNT(*) > 1) d"))
                .as("duplicate albums").isZero();
        assertThat(count("SELECT COUNT(*) FROM (SELECT 1 FROM artists GROUP BY name HAVING COUNT(*) > 1) d"))
                .as("duplicate artists").isZero();
        assertThat(count("SELECT value FROM counters WHERE name = 'tracks'")).isEqualTo(count("SELECT COUNT(*) FROM tracks"));
        assertThat(count("SELECT value FROM counters WHERE name = 'albums'")).isEqualTo(count("SELECT COUNT(*) FROM albums"));
        assertThat(count("SELECT value FROM counters WHERE name = 'artists'")).isEqualTo(count("SELECT COUNT(*) FROM artists"));
        assertThat(count("SELECT value FROM counters WHERE name = 'favorites'"))
                .isEqualTo(count("SELECT COUNT(*) FROM tracks WHERE favorite"));
        assertThat(count("SELECT value FROM counters WHERE name = 'played'"))
                .isEqualTo(count("SELECT COUNT(*) FROM tracks WHERE play_count > 0"));
    }

    // ---- running clients

    private interface Client {
        void run(int client) throws Exception;
    }

    private static void concurrently(int clients, Client work) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                running.add(pool.submit(() -> {
                    work.run(client);
                    return null;
                }));
            }
            for (Future<?> each : running) {
                each.get(120, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new AssertionError("a client failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) throws Exception {
        barrier.await(60, TimeUnit.SECONDS);
    }

    private static long count(String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static List<String> strings(String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
