package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enrichment through the whole stack: the server as {@code serve} wires it, on the real MariaDB, with MusicBrainz
 * faked on loopback (TONEARM_MUSICBRAINZ_URL): a run matches what it is sure of, stores it, and asks nothing twice.
 */
class EnrichmentApiTest {
    private static final String RELEASE = "8b4ab94d-ff94-4f3e-a4ab-7e5e1c7a4a8f";
    private static final String MILES = "561d854a-6a28-4aa7-8c99-323e6ce46c2a";
    private static final String CREDIT = "\"artist-credit\": [{\"name\": \"Miles Davis\", \"artist\": {\"id\": \""
            + MILES + "\", \"name\": \"Miles Davis\"}}]";

    private static final List<String> asked = new CopyOnWriteArrayList<>();
    private static final List<String> agents = new CopyOnWriteArrayList<>();
    private static HttpServer musicBrainz;
    private static TestDatabase database;
    private static Tonearm tonearm;
    private static Api api;

    @BeforeAll
    static void start(@TempDir Path dataDir) throws IOException {
        musicBrainz = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        musicBrainz.createContext("/ws/2/release/", EnrichmentApiTest::answer);
        musicBrainz.createContext("/release/", EnrichmentApiTest::cover); // the Cover Art Archive, same fake server
        musicBrainz.start();
        database = TestDatabase.create();
        // a search that found nothing is kept 3 s here (an hour by default), a release a day
        Path config = dataDir.resolve("tonearm.conf");
        Files.writeString(config, "cache.ttl-jitter = 0\ncache.ttls { \"musicbrainz.search-not-found\" = 3s }\n");
        Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(), dataDir));
        environment.put("TONEARM_CONFIG", config.toString());
        environment.put("TONEARM_ENRICHMENT_CONTACT", "mailto:ops@example.org");
        environment.put("TONEARM_MUSICBRAINZ_URL", "http://127.0.0.1:" + musicBrainz.getAddress().getPort());
        environment.put("TONEARM_MUSICBRAINZ_REQUESTS_PER_SECOND", "50");
        environment.put("TONEARM_COVERART_URL", "http://127.0.0.1:" + musicBrainz.getAddress().getPort());
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
        if (musicBrainz != null) {
            musicBrainz.stop(0);
        }
    }

    /** The fake MusicBrainz: knows Kind of Blue (two tracks), finds nothing else. */
    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
        asked.add(path + "?" + query);
        agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        String body;
        if (path.equals("/ws/2/release/" + RELEASE)) {
            body = "{\"id\": \"" + RELEASE + "\", \"title\": \"Kind of Blue\", \"date\": \"1959-08-17\", " + CREDIT
                    + ", \"label-info\": [{\"label\": {\"name\": \"Columbia\"}}], \"media\": [{\"track-count\": 2}],"
                    + " \"genres\": [{\"name\": \"jazz\"}]}";
        } else if (query.contains("release:\"Kind of Blue\"")) {
            body = "{\"releases\": [{\"id\": \"" + RELEASE + "\", \"score\": 100, \"title\": \"Kind of Blue\", "
                    + "\"track-count\": 2, " + CREDIT + "}]}";
        } else {
            body = "{\"releases\": []}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** The fake Cover Art Archive: a 600 px front cover for Kind of Blue, 404 for anything else. */
    private static void cover(HttpExchange exchange) throws IOException {
        asked.add(exchange.getRequestURI().getPath());
        if (!exchange.getRequestURI().getPath().equals("/release/" + RELEASE + "/front-1200")) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        BufferedImage image = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
        exchange.sendResponseHeaders(200, jpeg.size());
        exchange.getResponseBody().write(jpeg.toByteArray());
        exchange.close();
    }

    private static String track(String path, String title, String album) {
        return "{\"path\": \"" + path + "\", \"title\": \"" + title + "\", \"artists\": [\"Miles Davis\"], "
                + "\"album\": \"" + album + "\", \"albumArtist\": \"Miles Davis\", \"durationMs\": 300000, "
                + "\"format\": \"FLAC\", \"fileSize\": 1000, \"fileModifiedAt\": \"2024-01-01T00:00:00Z\"}";
    }

    @Test
    void aRun_matchesTheSureAlbum_storesIt_andASecondRunAsksMusicBrainzNothing() {
        assertThat(api.post("/api/tracks", "[" + track("/m/kob/1.flac", "So What", "Kind of Blue") + ", "
                + track("/m/kob/2.flac", "Blue in Green", "Kind of Blue") + ", "
                + track("/m/x/1.flac", "Untitled", "Unknown Session") + "]").status()).isEqualTo(201);
        long kindOfBlue = albumId("Kind of Blue");
        long firstStarted = System.nanoTime();

        JsonNode first = run();

        assertThat(first.path("counts").path("matched").asInt()).isEqualTo(1);
        assertThat(first.path("counts").path("unmatched").asInt()).isEqualTo(1);
        assertThat(first.path("counts").path("coversFetched").asInt()).as("its files have no cover").isEqualTo(1);
        Api.Response cover = api.get("/api/albums/" + kindOfBlue + "/cover?size=300");
        assertThat(cover.status()).isEqualTo(200);
        assertThat(cover.contentType()).isEqualTo("image/jpeg");
        JsonNode match = api.get("/api/albums/" + kindOfBlue + "/match").body();
        assertThat(match.path("release").path("id").asText()).isEqualTo(RELEASE);
        assertThat(match.path("release").path("label").asText()).isEqualTo("Columbia");
        assertThat(match.path("release").path("genres").get(0).asText()).isEqualTo("jazz");
        assertThat(match.path("source").asText()).isEqualTo("search");
        assertThat(agents).isNotEmpty().allSatisfy(agent ->
                assertThat(agent).startsWith("Tonearm/").endsWith(" ( mailto:ops@example.org )"));
        int askedAfterFirst = asked.size();

        JsonNode second = run();

        assertThat(second.path("counts").path("alreadyMatched").asInt()).isEqualTo(1);
        assertThat(second.path("counts").path("coversFetched").asInt()).as("kept from the first run").isZero();
        assertThat(second.path("counts").path("unmatched").asInt()).isEqualTo(1);
        assertThat(asked).as("the unmatched album's search came from the cache").hasSize(askedAfterFirst);
        // once the "not found" expired, a run asks for it again (and only for it: the match and its cover stand)
        Await.until("a run asks MusicBrainz again for the search that found nothing", () -> {
            run();
            return asked.size() > askedAfterFirst;
        });
        assertThat(asked.subList(askedAfterFirst, asked.size())).singleElement().asString()
                .contains("release:\"Unknown Session\"");
        assertThat(Duration.ofNanos(System.nanoTime() - firstStarted)).as("not before the not-found expired")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    private static long albumId(String title) {
        for (JsonNode album : api.get("/api/albums").body().path("items")) {
            if (album.path("title").asText().equals(title)) {
                return album.path("id").asLong();
            }
        }
        throw new AssertionError("no album " + title);
    }

    private static JsonNode run() {
        Api.Response started = api.post("/api/library/enrichments", "{\"kinds\": [\"albums\"]}");
        assertThat(started.status()).isEqualTo(202);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonNode status = api.get(started.location()).body();
            if (!status.path("state").asText().equals("running")) {
                assertThat(status.path("state").asText()).as(status.toString()).isEqualTo("done");
                return status;
            }
            assertThat(System.nanoTime()).as("the run ends within 30 s").isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }
}
