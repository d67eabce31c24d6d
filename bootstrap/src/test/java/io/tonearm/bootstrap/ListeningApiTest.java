package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.adapters.http.testing.OpenApiContract;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listening against the whole of Tonearm: files scanned into the real MariaDB, then streamed, transcoded by a
 * real ffmpeg and their covers served, as a signed-in plain user.
 */
class ListeningApiTest {
    static TestDatabase database;
    static Tonearm tonearm;
    static Api admin;
    static Path library;
    static Path song;
    static String user;
    static HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        requireFfmpeg();
        library = dir.resolve("music");
        Path album = Files.createDirectories(library.resolve("Artist/Album"));
        song = album.resolve("01 Song.flac");
        try (InputStream template = ListeningApiTest.class.getResourceAsStream("/audio-templates/template.flac")) {
            Files.copy(template, song);
        }
        AudioFile audio = AudioFileIO.read(song.toFile());
        Tag tag = audio.getTagOrCreateAndSetDefault();
        tag.setField(FieldKey.TITLE, "Song");
        tag.setField(FieldKey.ARTIST, "Artist");
        tag.setField(FieldKey.ALBUM, "Album");
        audio.commit();
        ImageIO.write(new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB), "jpg", album.resolve("cover.jpg").toFile());
        database = TestDatabase.create();
        Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(),
                dir.resolve("data")));
        environment.put("TONEARM_LIBRARY_ROOTS", library.toString());
        tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC());
        admin = new Api(tonearm.uri());
        admin.newUser("listener", "listener-password", false);
        user = Api.basic("listener", "listener-password");
        String scan = admin.post("/api/library/scans").location();
        Await.until("the scan ends", () -> !admin.get(scan).body().path("state").asText().equals("RUNNING"));
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

    private static void requireFfmpeg() {
        for (String tool : List.of("ffmpeg", "ffprobe")) {
            boolean found = false;
            for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                found |= !directory.isEmpty() && Files.isExecutable(Path.of(directory, tool));
            }
            if (!found) {
                throw new AssertionError("ffmpeg and ffprobe are needed by the listening tests and were not found on "
                        + "the PATH; install them: sudo apt-get install -y ffmpeg (Debian/Ubuntu; .ci/run does it)");
            }
        }
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tonearm.uri() + path.substring(1)))
                .header("Authorization", user).timeout(Duration.ofSeconds(60)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        OpenApiContract.get().check("GET", response.request().uri(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null), response.body());
        return response;
    }

    private static long trackId() {
        return admin.get("/api/tracks").body().path("items").get(0).path("id").asLong();
    }

    @Test
    void aScannedTrack_streamsItsExactBytes_withRanges() throws Exception {
        byte[] file = Files.readAllBytes(song);

        HttpResponse<byte[]> whole = get("/api/tracks/" + trackId() + "/stream");
        HttpResponse<byte[]> tail = get("/api/tracks/" + trackId() + "/stream", "Range", "bytes=-100");

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Type")).contains("audio/flac");
        assertThat(whole.body()).isEqualTo(file);
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(file, file.length - 100, file.length));
    }

    @Test
    void aPhone_getsAnMp3OfTheAskedBitRate_andTheSecondRequestComesFromTheCacheWithRanges() throws Exception {
        String path = "/api/tracks/" + trackId() + "/stream?format=mp3&maxBitRate=64";

        HttpResponse<byte[]> first = get(path);
        HttpResponse<byte[]> range = get(path, "Range", "bytes=0-99");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).contains("audio/mpeg");
        Path mp3 = Files.write(Files.createTempFile("transcoded", ".mp3"), first.body());
        assertThat(probe(mp3)).isEqualTo("mp3 64000");
        assertThat(range.statusCode()).as("kept: ranges work").isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOf(first.body(), 100));
        Files.delete(mp3);
    }

    @Test
    void theAlbumsCover_isTheFolderImage_scaled() throws Exception {
        long albumId = admin.get("/api/albums").body().path("items").get(0).path("id").asLong();

        HttpResponse<byte[]> cover = get("/api/albums/" + albumId + "/cover?size=100");

        assertThat(cover.statusCode()).isEqualTo(200);
        assertThat(cover.headers().firstValue("Content-Type")).contains("image/jpeg");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(cover.body()));
        assertThat(image.getWidth()).isEqualTo(100);
        assertThat(image.getHeight()).isEqualTo(50);
        assertThat(get("/api/tracks/" + trackId() + "/cover", "If-None-Match",
                get("/api/tracks/" + trackId() + "/cover").headers().firstValue("ETag").orElseThrow()).statusCode())
                .isEqualTo(304);
    }

    private static String probe(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("ffprobe", "-v", "error", "-select_streams", "a:0", "-show_entries",
                "stream=codec_name,bit_rate", "-of", "default=noprint_wrappers=1:nokey=1", "file:" + file)
                .redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        process.getInputStream().transferTo(out);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.toString(StandardCharsets.UTF_8).strip().replace('\n', ' ');
    }
}
