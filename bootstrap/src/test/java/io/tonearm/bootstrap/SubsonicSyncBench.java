package io.tonearm.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A bench command, not a test (Surefire runs {@code *Test}): a full offline sync of a 100,000-track catalog through
 * the Subsonic API, as apps such as Symfonium do it. One Tonearm (in this JVM, on a new database of the machine's
 * MariaDB, the query cache in process) is filled through {@code POST /api/tracks} in bulk (10 tracks an album, 10
 * albums an artist), then synced: {@code search3} with an empty query in pages of 500 songs until exhausted, the
 * same for albums and for artists, then {@code getAlbumList2 type=alphabeticalByName} in pages of 500. Each sync
 * runs with the query cache emptied first ({@code POST /api/cache/invalidate}: cold) and then again at once (warm);
 * prints requests, items, total time and requests/s of each part, and how long its first and last page took
 * (deep pages of a list not yet cached cost more). See docs/benchmarks.md ("Subsonic: a full sync of
 * 100,000 tracks") for the command and the results.
 *
 * <p>Arguments: {@code [TRACKS] [ROUNDS]}, 100,000 and 2 (cold + warm pairs) by default.
 */
public final class SubsonicSyncBench {
    private static final int PAGE = 500;
    private static final int BULK = 10_000;
    private static final String PASSWORD = "bench-subsonic-password";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    private SubsonicSyncBench(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        int tracks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        System.out.printf("%d processors, Java %s, load average %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), loadAverage());
        Path data = Files.createTempDirectory("tonearm-syncbench");
        try (TestDatabase database = TestDatabase.create();
             Tonearm tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(), environment(database, data)),
                     Clock.systemUTC())) {
            Api admin = new Api(tonearm.uri());
            long fillStart = System.nanoTime();
            new SubsonicSyncBench(tonearm.uri()).fill(tracks);
            double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
            System.out.printf("filled %,d tracks in %.1f s (%,.0f tracks/s) through POST /api/tracks, %,d a request;"
                    + " load average %s%n", tracks, fillSeconds, tracks / fillSeconds, BULK, loadAverage());
            if (admin.put("/api/users/me/subsonic-password", "{\"password\": \"" + PASSWORD + "\"}").status() != 204) {
                throw new IllegalStateException("the Subsonic password was not set");
            }
            SubsonicSyncBench bench = new SubsonicSyncBench(tonearm.uri());
            for (int round = 1; round <= rounds; round++) {
                if (admin.post("/api/cache/invalidate", "{\"all\": true}").status() != 204) {
                    throw new IllegalStateException("the cache was not emptied");
                }
                bench.sync("round " + round + ", cold cache", tracks);
                bench.sync("round " + round + ", warm cache", tracks);
            }
        }
    }

    private static Map<String, String> environment(TestDatabase database, Path data) {
        Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(), data));
        environment.put("TONEARM_DB_POOL_SIZE", "8");
        return environment;
    }

    /** Adds the tracks in bulk requests: 10 tracks an album, 10 albums an artist. */
    private void fill(int tracks) throws IOException, InterruptedException {
        for (int first = 0; first < tracks; first += BULK) {
            StringBuilder body = new StringBuilder(BULK * 300).append('[');
            for (int i = first; i < Math.min(tracks, first + BULK); i++) {
                int album = i / 10;
                int artist = album / 10;
                if (i > first) {
                    body.append(',');
                }
                body.append("{\"path\": \"/bench/").append(artist).append('/').append(album).append('/').append(i)
                        .append(".flac\", \"title\": \"Track ").append(i).append("\", \"artists\": [\"Artist ")
                        .append(artist).append("\"], \"album\": \"Album ").append(album)
                        .append("\", \"trackNumber\": ").append(i % 10 + 1)
                        .append(", \"durationMs\": 200000, \"format\": \"FLAC\", \"fileSize\": 30000000, ")
                        .append("\"fileModifiedAt\": \"2024-01-01T00:00:00Z\"}");
            }
            // not through Api: its request check against openapi.json and its 30 s timeout are not for 3 MB bodies
            HttpResponse<String> added = client.send(HttpRequest.newBuilder(base.resolve("/api/tracks"))
                    .header("Authorization", Api.basic(Api.ADMIN, Api.ADMIN_PASSWORD))
                    .header("Content-Type", "application/json").timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (added.statusCode() != 201) {
                throw new IllegalStateException("a bulk add answered " + added.statusCode() + ": " + added.body());
            }
        }
    }

    /** One full sync, each part timed on its own. */
    private void sync(String label, int tracks) throws IOException, InterruptedException {
        System.out.printf("%s (load average %s):%n", label, loadAverage());
        Part total = new Part();
        total.add(walk("search3 songs", "search3", "songCount", "songOffset", "searchResult3", "song",
                "&artistCount=0&albumCount=0"));
        total.add(walk("search3 albums", "search3", "albumCount", "albumOffset", "searchResult3", "album",
                "&artistCount=0&songCount=0"));
        total.add(walk("search3 artists", "search3", "artistCount", "artistOffset", "searchResult3", "artist",
                "&albumCount=0&songCount=0"));
        total.add(walk("getAlbumList2 alphabeticalByName", "getAlbumList2", "size", "offset", "albumList2", "album",
                "&type=alphabeticalByName"));
        System.out.printf(Locale.ROOT, "  %-34s %5d requests %,9d items %8.1f s %8.1f requests/s%n", "whole sync",
                total.requests, total.items, total.nanos / 1e9, total.requests / (total.nanos / 1e9));
    }

    private Part walk(String name, String method, String count, String offset, String list, String item,
                      String rest) throws IOException, InterruptedException {
        Part part = new Part();
        long start = System.nanoTime();
        long firstPage = 0;
        long lastPage = 0;
        for (int at = 0; ; at += PAGE) {
            long pageStart = System.nanoTime();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/rest/" + method
                    + "?u=" + Api.ADMIN + "&p=" + PASSWORD + "&v=1.16.1&c=syncbench&f=json&query=&" + count + "="
                    + PAGE + "&" + offset + "=" + at + rest)).timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body()).path("subsonic-response");
            if (response.statusCode() != 200 || !"ok".equals(answer.path("status").asText())) {
                throw new IllegalStateException(name + " at " + at + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            part.requests++;
            lastPage = System.nanoTime() - pageStart;
            firstPage = at == 0 ? lastPage : firstPage;
            int items = answer.path(list).path(item).size();
            part.items += items;
            if (items < PAGE) {
                break;
            }
        }
        part.nanos = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "  %-34s %5d requests %,9d items %8.1f s %8.1f requests/s"
                        + "   first page %,d ms, last %,d ms%n", name, part.requests, part.items, part.nanos / 1e9,
                part.requests / (part.nanos / 1e9), firstPage / 1_000_000, lastPage / 1_000_000);
        return part;
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Requests, items and time of a part of a sync. */
    private static final class Part {
        long requests;
        long items;
        long nanos;

        void add(Part other) {
            requests += other.requests;
            items += other.items;
            nanos += other.nanos;
        }
    }
}
