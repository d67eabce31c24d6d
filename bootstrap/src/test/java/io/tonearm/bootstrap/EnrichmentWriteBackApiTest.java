package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tonearm.adapters.persistence.TestCorpus;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enrichment with {@code enrichment.write-tags} and {@code enrichment.cover-size = 500} through the whole stack, on
 * real FLAC files scanned from a library directory, with MusicBrainz and the Cover Art Archive faked on loopback: a
 * match reaches the files (ids and label; year and genre only where a track has none), a file that cannot be written
 * is counted, what a person set through the API survives, and the next scan finds every written file unchanged.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EnrichmentWriteBackApiTest {
    private static final String KIND_OF_BLUE = "8b4ab94d-ff94-4f3e-a4ab-7e5e1c7a4a8f";
    private static final String SKETCHES = "3a3a3a3a-1111-4222-8333-444455556666";
    private static final String MILES = "561d854a-6a28-4aa7-8c99-323e6ce46c2a";
    private static final String GROUP = "a0d3d2a8-0d3c-3e6c-b6a4-3c0f5b3b1f5e";
    private static final String SO_WHAT = "c5d3ad8a-98f1-4a0e-b1bd-7b0b5b0f9b3a";
    private static final String CREDIT = "\"artist-credit\": [{\"name\": \"Miles Davis\", \"artist\": {\"id\": \""
            + MILES + "\", \"name\": \"Miles Davis\"}}]";

    private static final List<String> asked = new CopyOnWriteArrayList<>();
    private static HttpServer fake;
    private static TestDatabase database;
    private static Tonearm tonearm;
    private static Api api;
    private static Path library;

    @BeforeAll
    static void start(@TempDir Path dir) throws IOException {
        library = dir.resolve("music");
        for (String[] track : new String[][] {{"1", "So What"}, {"2", "Blue in Green"}, {"3", "Freddie Freeloader"}}) {
            TestCorpus.write(TestCorpus.Kind.FLAC, library.resolve("kind-of-blue/" + track[0] + ".flac"),
                    TestCorpus.Tags.basic(track[1], "Miles Davis", "Kind of Blue").withNumbers(track[0], "1"));
        }
        TestCorpus.write(TestCorpus.Kind.FLAC, library.resolve("sketches/1.flac"),
                TestCorpus.Tags.basic("Concierto de Aranjuez", "Miles Davis", "Sketches of Spain")
                        .withNumbers("1", "1").withYearAndGenre("1960", "Orchestral Jazz"));
        fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fake.createContext("/ws/2/release/", EnrichmentWriteBackApiTest::musicBrainz);
        fake.createContext("/release/", EnrichmentWriteBackApiTest::coverArtArchive);
        fake.start();
        database = TestDatabase.create();
        Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(),
                dir.resolve("data")));
        String url = "http://127.0.0.1:" + fake.getAddress().getPort();
        environment.put("TONEARM_LIBRARY_ROOTS", library.toString());
        environment.put("TONEARM_ENRICHMENT_CONTACT", "mailto:ops@example.org");
        environment.put("TONEARM_MUSICBRAINZ_URL", url);
        environment.put("TONEARM_MUSICBRAINZ_REQUESTS_PER_SECOND", "50");
        environment.put("TONEARM_COVERART_URL", url);
        environment.put("TONEARM_ENRICHMENT_COVER_SIZE", "500");
        environment.put("TONEARM_ENRICHMENT_WRITE_TAGS", "true");
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
        if (fake != null) {
            fake.stop(0);
        }
    }

    /** MusicBrainz: Kind of Blue (three tracks) by search and id; Sketches of Spain by id only. */
    private static void musicBrainz(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = URLDecoder.decode(String.valueOf(exchange.getRequestURI().getRawQuery()),
                StandardCharsets.UTF_8);
        asked.add(path + "?" + query);
        String body;
        if (path.equals("/ws/2/release/" + KIND_OF_BLUE)) {
            body = "{\"id\": \"" + KIND_OF_BLUE + "\", \"title\": \"Kind of Blue\", \"date\": \"1959-08-17\", " + CREDIT
                    + ", \"label-info\": [{\"label\": {\"name\": \"Columbia\"}}], \"release-group\": {\"id\": \""
                    + GROUP + "\"}, \"media\": [{\"position\": 1, \"track-count\": 3, \"tracks\": [{\"position\": 1, "
                    + "\"recording\": {\"id\": \"" + SO_WHAT + "\"}}]}], \"genres\": [{\"name\": \"jazz\"}]}";
        } else if (path.equals("/ws/2/release/" + SKETCHES)) {
            body = "{\"id\": \"" + SKETCHES + "\", \"title\": \"Sketches of Spain\", \"date\": \"1960\", " + CREDIT
                    + ", \"label-info\": [{\"label\": {\"name\": \"Columbia\"}}], \"media\": [{\"track-count\": 1}],"
                    + " \"genres\": [{\"name\": \"third stream\"}]}";
        } else if (query.contains("release:\"Kind of Blue\"")) {
            body = "{\"releases\": [{\"id\": \"" + KIND_OF_BLUE + "\", \"score\": 100, \"title\": \"Kind of Blue\", "
                    + "\"track-count\": 3, " + CREDIT + "}]}";
        } else {
            body = "{\"releases\": []}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** The Cover Art Archive: a front cover of any release, but only at 500 px. */
    private static void coverArtArchive(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        asked.add(path);
        if (!path.endsWith("/front-500")) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(500, 500, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
        exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
        exchange.sendResponseHeaders(200, jpeg.size());
        exchange.getResponseBody().write(jpeg.toByteArray());
        exchange.close();
    }

    @Test
    @Order(1)
    void aMatch_isWrittenIntoTheFiles_fillingNotReplacing_andTheNextScanFindsThemUnchanged() throws Exception {
        assertThat(scan().path("progress").path("added").asLong()).isEqualTo(4);
        long soWhat = trackId("So What");
        long blueInGreen = trackId("Blue in Green");
        // a person's genre, in the catalog only (library.write-tags is off): enrichment must not replace it
        assertThat(api.patch("/api/tracks/" + soWhat, "{\"genre\": \"Modal Jazz\"}").status()).isEqualTo(200);
        Path soWhatFile = library.resolve("kind-of-blue/1.flac");
        Path blueInGreenFile = library.resolve("kind-of-blue/2.flac");
        Path gone = library.resolve("kind-of-blue/3.flac");
        Files.delete(gone); // a file that cannot be written when the match is

        JsonNode run = enrich();

        JsonNode counts = run.path("counts");
        assertThat(counts.path("matched").asInt()).as(run.toString()).isEqualTo(1);
        assertThat(counts.path("filesWritten").asInt()).isEqualTo(2);
        assertThat(counts.path("filesFailed").asInt()).isEqualTo(1);
        assertThat(run.path("failures").toString()).contains(gone.toString(), "not found");
        assertThat(asked).as("the cover at enrichment.cover-size")
                .contains("/release/" + KIND_OF_BLUE + "/front-500").noneMatch(p -> p.endsWith("/front-1200"));
        Tag soWhatTags = tags(soWhatFile);
        assertThat(soWhatTags.getFirst(FieldKey.MUSICBRAINZ_RELEASEID)).isEqualTo(KIND_OF_BLUE);
        assertThat(soWhatTags.getFirst(FieldKey.MUSICBRAINZ_RELEASEARTISTID)).isEqualTo(MILES);
        assertThat(soWhatTags.getFirst(FieldKey.MUSICBRAINZ_ARTISTID)).isEqualTo(MILES);
        assertThat(soWhatTags.getFirst(FieldKey.MUSICBRAINZ_RELEASE_GROUP_ID)).isEqualTo(GROUP);
        assertThat(soWhatTags.getFirst(FieldKey.MUSICBRAINZ_TRACK_ID)).as("its recording, at 1-1").isEqualTo(SO_WHAT);
        assertThat(tags(blueInGreenFile).getFirst(FieldKey.MUSICBRAINZ_TRACK_ID)).as("not listed").isEmpty();
        assertThat(soWhatTags.getFirst(FieldKey.RECORD_LABEL)).isEqualTo("Columbia");
        assertThat(soWhatTags.getFirst(FieldKey.YEAR)).as("the track had no year").isEqualTo("1959");
        assertThat(soWhatTags.getFirst(FieldKey.GENRE)).as("the person's genre is not replaced").isEmpty();
        assertThat(soWhatTags.getFirst(FieldKey.TITLE)).isEqualTo("So What");
        assertThat(tags(blueInGreenFile).getFirst(FieldKey.GENRE)).isEqualTo("jazz");
        assertThat(api.get("/api/tracks/" + soWhat).body().path("genre").asText()).isEqualTo("Modal Jazz");
        assertThat(api.get("/api/tracks/" + blueInGreen).body().path("genre").asText()).isEqualTo("jazz");
        assertThat(api.get("/api/tracks/" + blueInGreen).body().path("year").asInt()).isEqualTo(1959);
        assertThat(api.get("/api/tracks/" + blueInGreen).body().path("fileSize").asLong())
                .isEqualTo(Files.size(blueInGreenFile));

        JsonNode rescan = scan();

        assertThat(rescan.path("progress").path("updated").asLong()).as("written files are not news to a scan")
                .isZero();
        assertThat(api.get("/api/tracks/" + soWhat).body().path("genre").asText()).isEqualTo("Modal Jazz");
    }

    @Test
    @Order(2)
    void aPersonsChoice_isWrittenIntoTheAlbumsFiles_andTheAnswerSaysSo() throws Exception {
        long sketches = albumId("Sketches of Spain");
        Path file = library.resolve("sketches/1.flac");

        Api.Response chosen = api.put("/api/albums/" + sketches + "/match", "{\"releaseId\": \"" + SKETCHES + "\"}");

        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.body().path("source").asText()).isEqualTo("person");
        assertThat(chosen.body().path("files").path("written").asInt()).isEqualTo(1);
        assertThat(chosen.body().path("files").path("failures")).isEmpty();
        Tag tags = tags(file);
        assertThat(tags.getFirst(FieldKey.MUSICBRAINZ_RELEASEID)).isEqualTo(SKETCHES);
        assertThat(tags.getFirst(FieldKey.GENRE)).as("the file's own genre stays").isEqualTo("Orchestral Jazz");
        assertThat(tags.getFirst(FieldKey.YEAR)).isEqualTo("1960");
    }

    private static Tag tags(Path file) throws Exception {
        return AudioFileIO.read(file.toFile()).getTag();
    }

    private static JsonNode scan() {
        String location = api.post("/api/library/scans").location();
        Await.until("the scan ends", () -> !api.get(location).body().path("state").asText().equals("RUNNING"));
        return api.get(location).body();
    }

    private static JsonNode enrich() {
        Api.Response started = api.post("/api/library/enrichments");
        assertThat(started.status()).isEqualTo(202);
        Await.until("the run ends", () -> !api.get(started.location()).body().path("state").asText()
                .equals("running"));
        JsonNode status = api.get(started.location()).body();
        assertThat(status.path("state").asText()).as(status.toString()).isEqualTo("done");
        return status;
    }

    private static long trackId(String title) {
        for (JsonNode track : api.get("/api/tracks?limit=100").body().path("items")) {
            if (track.path("title").asText().equals(title)) {
                return track.path("id").asLong();
            }
        }
        throw new AssertionError("no track " + title);
    }

    private static long albumId(String title) {
        for (JsonNode album : api.get("/api/albums").body().path("items")) {
            if (album.path("title").asText().equals(title)) {
                return album.path("id").asLong();
            }
        }
        throw new AssertionError("no album " + title);
    }
}
