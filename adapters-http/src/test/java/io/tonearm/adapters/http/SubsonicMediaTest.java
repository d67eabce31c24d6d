package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.application.users.testing.TestUsers;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Track;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.UserName;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subsonic's stream, download and getCoverArt through the running server: the bytes, ranges, transcodes. */
class SubsonicMediaTest {
    private static final Instant MODIFIED = Instant.parse("2024-03-04T05:06:07.890Z");
    private static final String AUTH = "u=" + TestUsers.USER + "&p=" + SubsonicApiTest.SUBSONIC_PASSWORD
            + "&v=1.16.1&c=test";
    private static RunningApi api;

    @TempDir
    Path dir;
    private byte[] bytes;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        api.users.accounts.setSubsonicPassword(api.users.accounts.findUserByName(UserName.of(TestUsers.USER))
                .orElseThrow().id(), Password.of(SubsonicApiTest.SUBSONIC_PASSWORD));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void reset() {
        api.library.reset();
        api.transcoder.requests.clear();
        api.transcoder.mode(FakeTranscoder.Mode.LIVE);
        bytes = new byte[50_000];
        new Random(7).nextBytes(bytes);
    }

    private Track scanned(String directory, String name, Integer bitRate) throws IOException {
        Files.createDirectories(dir.resolve(directory));
        Path file = dir.resolve(directory).resolve(name);
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
        return api.library.addTrack(new NewTrack(file.toString(), "Song", List.of("Artist"), directory, null, 1, 1,
                2001, "Rock", Duration.ofSeconds(1), bitRate, 44_100, "FLAC", bytes.length, MODIFIED, null));
    }

    private static HttpResponse<byte[]> get(String query, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("/rest/" + query + "&" + AUTH));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return api.anonymous().bytes(request.GET());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void stream_sendsTheFile_withRanges_andDownloadNamesIt() throws IOException {
        Track track = scanned("a", "song.flac", 900);
        String id = "tr-" + track.id().value();

        HttpResponse<byte[]> whole = get("stream?id=" + id);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(bytes);
        assertThat(whole.headers().firstValue("Content-Type")).contains("audio/flac");
        assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");

        HttpResponse<byte[]> part = get("stream.view?id=" + id, "Range", "bytes=100-199");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(bytes, 100, 200));
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 100-199/" + bytes.length);

        HttpResponse<byte[]> beyond = get("stream?id=" + id, "Range", "bytes=900000-");
        assertThat(beyond.statusCode()).as("a 416, as on /api").isEqualTo(416);

        HttpResponse<byte[]> download = get("download?id=" + id + "&format=mp3");
        assertThat(download.body()).as("a download is the original").isEqualTo(bytes);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("song.flac");
        assertThat(api.transcoder.requests).isEmpty();
    }

    @Test
    void stream_withFormatOrALowerMaxBitRate_transcodes_andRawOrAHigherOneDoesNot() throws IOException {
        Track track = scanned("b", "song.flac", 900);
        String id = "tr-" + track.id().value();

        assertThat(text(get("stream?id=" + id + "&maxBitRate=128"))).startsWith("mp3@128 of song.flac");
        assertThat(text(get("stream?id=" + id + "&format=opus"))).startsWith("opus@128 of song.flac");
        assertThat(text(get("stream?id=" + id + "&format=mp3&maxBitRate=1411"))).as("at most the encoder's default").startsWith("mp3@192 of song.flac");
        assertThat(get("stream?id=" + id + "&format=raw&maxBitRate=128").body()).isEqualTo(bytes);
        assertThat(get("stream?id=" + id + "&maxBitRate=1411").body()).isEqualTo(bytes);
        assertThat(get("stream?id=" + id + "&format=flac").body()).as("a format the encoder does not make")
                .isEqualTo(bytes);
        assertThat(api.transcoder.requests).containsExactly("mp3@128", "opus@128", "mp3@192");
    }

    @Test
    void stream_withATimeOffset_startsTheTranscodeThere_andTheOriginalIgnoresIt() throws IOException {
        Track track = scanned("f", "song.flac", 900);
        String id = "tr-" + track.id().value();

        assertThat(get("stream?id=" + id + "&format=mp3&maxBitRate=128&timeOffset=30").statusCode()).isEqualTo(200);
        assertThat(get("stream?id=" + id + "&format=opus&timeOffset=0").statusCode()).isEqualTo(200);
        assertThat(get("stream?id=" + id + "&format=raw&timeOffset=30").body()).as("the original: ignored")
                .isEqualTo(bytes);
        assertThat(get("stream?id=" + id + "&timeOffset=30").body()).isEqualTo(bytes);

        assertThat(api.transcoder.requests).containsExactly("mp3@128+30s", "opus@128");
    }

    @Test
    void stream_withABadTimeOffset_isError0_namingIt() {
        String id = "tr-" + api.library.add("/music/x.flac", "X", "A", "B").id().value();

        for (String bad : List.of("-5", "abc", "1.5", "99999999999")) {
            assertThat(text(get("stream?f=json&id=" + id + "&format=mp3&timeOffset=" + bad)))
                    .contains("\"code\":0", "timeOffset must be a whole number of seconds");
        }
        assertThat(text(get("stream?f=json&id=" + id + "&format=raw&timeOffset=-5"))).as("checked for raw too")
                .contains("\"code\":0", "timeOffset");
        assertThat(api.transcoder.requests).isEmpty();
    }

    @Test
    void aTranscodeBeingMade_isAnnouncedWithItsEstimatedLength_onlyWhenAsked() throws Exception {
        Track track = scanned("e", "song.flac", 900);
        String id = "tr-" + track.id().value();

        // one second at 128 kbit/s: 16,000 bytes announced; the fake transcode is of another length, so the answer
        // is cut where one of them ends, as the protocol allows: only the announced length is checked here
        assertThat(announcedLength("stream?id=" + id + "&format=mp3&maxBitRate=128&estimateContentLength=true"))
                .hasValue(16_000L);
        // without: chunked, or (a transcode this short fits the server's buffer) its real length
        assertThat(announcedLength("stream?id=" + id + "&format=mp3&maxBitRate=128"))
                .isNotEqualTo(java.util.OptionalLong.of(16_000L));
        assertThat(announcedLength("stream?id=" + id + "&estimateContentLength=true")).as("the original's own")
                .hasValue((long) bytes.length);
    }

    /** @return the Content-Length of the answer's head, read before its body (which may be cut short) */
    private static java.util.OptionalLong announcedLength(String query) throws Exception {
        java.util.concurrent.CompletableFuture<java.util.OptionalLong> length =
                new java.util.concurrent.CompletableFuture<>();
        java.net.http.HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(api.uri("/rest/" + query + "&"
                + AUTH)).GET().build(), info -> {
                    length.complete(info.headers().firstValueAsLong("Content-Length"));
                    return HttpResponse.BodySubscribers.discarding();
                });
        return length.get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void stream_refusals_areSubsonicErrors() throws IOException {
        Track track = scanned("c", "song.flac", 900);
        api.transcoder.mode(FakeTranscoder.Mode.BUSY);

        assertThat(text(get("stream?id=tr-999&f=json"))).contains("\"code\":70");
        assertThat(text(get("stream?f=json"))).contains("\"code\":10");
        assertThat(text(get("stream?f=json&id=tr-" + track.id().value() + "&maxBitRate=96")))
                .contains("\"code\":0");
        assertThat(text(get("stream?f=json&id=tr-" + track.id().value() + "&maxBitRate=abc")))
                .contains("\"code\":0", "maxBitRate");
    }

    @Test
    void getCoverArt_answersTheAlbumsSongsAndArtistsCover_atTheSizeAsked() throws IOException {
        Track track = scanned("d", "song.flac", 900);
        byte[] image = "not really a jpeg".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("d/cover.jpg"), image);
        String artist = "ar-" + api.library.getAllArtists(io.tonearm.domain.PageRequest.first(10)).items().get(0)
                .id().value();

        HttpResponse<byte[]> album = get("getCoverArt?id=al-" + track.albumId().value() + "&size=5000");
        assertThat(album.statusCode()).isEqualTo(200);
        assertThat(album.body()).isEqualTo(image);
        assertThat(album.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(get("getCoverArt?id=tr-" + track.id().value() + "&size=10").body()).isEqualTo(image);
        assertThat(get("getCoverArt?id=" + artist).body()).isEqualTo(image);
        assertThat(api.artwork.sizesAsked).contains(2048, 16, 0);

        assertThat(text(get("getCoverArt?f=json&id=al-999"))).contains("\"code\":70");
        assertThat(text(get("getAvatar?f=json&username=" + TestUsers.USER))).contains("\"code\":70");
    }
}
