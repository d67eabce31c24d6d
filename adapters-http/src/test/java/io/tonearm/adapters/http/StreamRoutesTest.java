package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Track;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming and downloading a real file through the running server: ranges, conditionals, names, refusals. */
class StreamRoutesTest {
    private static final int SIZE = 100_000;
    private static final Instant MODIFIED = Instant.parse("2024-03-04T05:06:07.890Z");
    private static RunningApi api;

    @TempDir
    Path dir;
    private byte[] bytes;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
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
        bytes = new byte[SIZE];
        new Random(42).nextBytes(bytes);
    }

    private Track scanned(String name, byte[] content) throws IOException {
        return scanned(name, content, 320);
    }

    private Track scanned(String name, byte[] content, Integer bitRate) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
        return api.library.addTrack(new NewTrack(file.toString(), "Song", List.of("Artist"), "Album", null, 1, 1,
                2001, "Rock", Duration.ofSeconds(1), bitRate, 44_100, "FLAC", content.length, MODIFIED, null));
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aTranscodeBeingMade_isStreamedAsItComes_withoutRanges() throws IOException {
        Track track = scanned("t.flac", bytes, 900);

        HttpResponse<byte[]> response = get(api.asUser(), "/api/tracks/" + track.id().value()
                + "/stream?format=opus&maxBitRate=96", "Range", "bytes=0-9");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).isEqualTo("audio/ogg");
        assertThat(header(response, "Accept-Ranges")).isEqualTo("none");
        assertThat(text(response)).startsWith("opus@96 of t.flac\n").hasSize(1000 * "opus@96 of t.flac\n".length());
        assertThat(api.transcoder.requests).containsExactly("opus@96");
    }

    @Test
    void aKeptTranscode_isSentLikeAFile_withRanges() throws IOException {
        Track track = scanned("k.flac", bytes, 900);
        api.transcoder.mode(FakeTranscoder.Mode.KEPT);

        HttpResponse<byte[]> range = get(api.asUser(), "/api/tracks/" + track.id().value() + "/stream?maxBitRate=64",
                "Range", "bytes=0-9");

        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(header(range, "Content-Type")).isEqualTo("audio/mpeg");
        assertThat(header(range, "Content-Range")).endsWith("/" + 1000 * "mp3@64 of k.flac\n".length());
        assertThat(header(range, "ETag")).isEqualTo("\"kept\"");
        assertThat(text(range)).isEqualTo("mp3@64 of ");
    }

    @Test
    void anOriginalThatFits_isSentUntouched() throws IOException {
        Track track = scanned("fits.mp3", bytes, 128);

        HttpResponse<byte[]> response = get(api.asUser(), "/api/tracks/" + track.id().value()
                + "/stream?format=mp3&maxBitRate=192");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
        assertThat(api.transcoder.requests).isEmpty();
    }

    @Test
    void withoutAnEncoder_transcodingIs501_andPlainStreamsStillWork() throws IOException {
        Track track = scanned("none.flac", bytes, 900);
        api.transcoder.mode(FakeTranscoder.Mode.UNAVAILABLE);

        HttpResponse<byte[]> refused = get(api.asUser(), "/api/tracks/" + track.id().value() + "/stream?format=mp3");

        assertThat(refused.statusCode()).isEqualTo(501);
        assertThat(text(refused)).contains("urn:tonearm:problem:transcoding-unavailable")
                .contains("transcoding not available: ffmpeg not found");
        assertThat(get(track, "stream").statusCode()).isEqualTo(200);
    }

    @Test
    void whenEveryProcessIsBusy_transcodingIs503_withRetryAfter() throws IOException {
        Track track = scanned("busy.flac", bytes, 900);
        api.transcoder.mode(FakeTranscoder.Mode.BUSY);

        HttpResponse<byte[]> refused = get(api.asUser(), "/api/tracks/" + track.id().value() + "/stream?format=aac");

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(header(refused, "Retry-After")).isEqualTo("3");
        assertThat(text(refused)).contains("urn:tonearm:problem:transcoding-busy");
    }

    @Test
    void badTranscodingParameters_are400NamingEachOne() throws IOException {
        Track track = scanned("bad.flac", bytes, 900);
        String path = "/api/tracks/" + track.id().value() + "/stream";

        HttpResponse<byte[]> both = get(api.asUser(), path + "?format=wma&maxBitRate=9999");
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(text(both)).contains("\"name\":\"format\"").contains("\"name\":\"maxBitRate\"");
        assertThat(text(get(api.asUser(), path + "?maxBitRate=fast"))).contains("\"name\":\"maxBitRate\"");
        assertThat(get(api.asUser(), path + "?format=mp3&format=opus").statusCode()).isEqualTo(400);
        assertThat(api.transcoder.requests).isEmpty();
        assertThat(get(api.asUser(), path.replace("stream", "download") + "?format=mp3").body())
                .as("a download is the original").isEqualTo(bytes);
    }

    private HttpResponse<byte[]> get(Track track, String route, String... headers) {
        return get(api.asUser(), "/api/tracks/" + track.id().value() + "/" + route, headers);
    }

    private static HttpResponse<byte[]> get(RunningApi client, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.bytes(request);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void aStream_isTheWholeFile_withItsTypeLengthAndValidators() throws IOException {
        Track track = scanned("song.flac", bytes);

        HttpResponse<byte[]> response = get(track, "stream");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
        assertThat(header(response, "Content-Type")).isEqualTo("audio/flac");
        assertThat(header(response, "Content-Length")).isEqualTo(Integer.toString(SIZE));
        assertThat(header(response, "Accept-Ranges")).isEqualTo("bytes");
        assertThat(header(response, "ETag")).startsWith("\"").doesNotStartWith("W/").endsWith("\"");
        assertThat(header(response, "Last-Modified")).isEqualTo("Mon, 04 Mar 2024 05:06:07 GMT");
        assertThat(header(response, "Cache-Control")).isEqualTo("private, no-cache");
        assertThat(header(response, "Content-Disposition")).isNull();
    }

    @Test
    void ranges_giveExactlyTheAskedBytes() throws IOException {
        Track track = scanned("ranges.mp3", bytes);

        assertRange(track, "bytes=0-0", 0, 0);
        assertRange(track, "bytes=99999-99999", 99_999, 99_999);
        assertRange(track, "bytes=1000-1999", 1000, 1999);
        assertRange(track, "bytes=99000-", 99_000, 99_999);
        assertRange(track, "bytes=-500", 99_500, 99_999);
        assertRange(track, "bytes=-200000", 0, 99_999);
        assertRange(track, "bytes=99990-200000", 99_990, 99_999);
    }

    private void assertRange(Track track, String range, int first, int last) {
        HttpResponse<byte[]> response = get(track, "stream", "Range", range);

        assertThat(response.statusCode()).as(range).isEqualTo(206);
        assertThat(header(response, "Content-Range")).as(range).isEqualTo("bytes " + first + "-" + last + "/" + SIZE);
        assertThat(header(response, "Content-Length")).as(range).isEqualTo(Integer.toString(last - first + 1));
        assertThat(header(response, "Content-Type")).isEqualTo("audio/mpeg");
        assertThat(response.body()).as(range).isEqualTo(Arrays.copyOfRange(bytes, first, last + 1));
    }

    @Test
    void aRangePastTheEnd_is416_withTheSize() throws IOException {
        Track track = scanned("past.flac", bytes);

        for (String range : List.of("bytes=100000-", "bytes=200000-300000", "bytes=-0")) {
            HttpResponse<byte[]> response = get(track, "stream", "Range", range);
            assertThat(response.statusCode()).as(range).isEqualTo(416);
            assertThat(header(response, "Content-Range")).as(range).isEqualTo("bytes */" + SIZE);
            assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
            assertThat(new String(response.body(), StandardCharsets.UTF_8))
                    .contains("urn:tonearm:problem:range-not-satisfiable");
        }
    }

    @Test
    void severalRanges_orAnInvalidOne_giveTheWholeFile() throws IOException {
        Track track = scanned("multi.flac", bytes);

        for (String range : List.of("bytes=0-10,20-30", "bytes=10-5", "items=0-1", "bytes=abc", "bytes=-")) {
            HttpResponse<byte[]> response = get(track, "stream", "Range", range);
            assertThat(response.statusCode()).as(range).isEqualTo(200);
            assertThat(response.body()).as(range).isEqualTo(bytes);
        }
    }

    @Test
    void ifRange_withTheCurrentEtag_givesTheRange_andWithAStaleOneTheWholeFile() throws IOException {
        Track track = scanned("ifrange.flac", bytes);
        String etag = header(get(track, "stream"), "ETag");
        String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(MODIFIED.atOffset(ZoneOffset.UTC));

        HttpResponse<byte[]> current = get(track, "stream", "Range", "bytes=0-9", "If-Range", etag);
        HttpResponse<byte[]> stale = get(track, "stream", "Range", "bytes=0-9", "If-Range", "\"stale\"");
        HttpResponse<byte[]> weak = get(track, "stream", "Range", "bytes=0-9", "If-Range", "W/" + etag);
        HttpResponse<byte[]> byDate = get(track, "stream", "Range", "bytes=0-9", "If-Range", lastModified);
        HttpResponse<byte[]> otherDate = get(track, "stream", "Range", "bytes=0-9", "If-Range",
                "Tue, 05 Mar 2024 05:06:07 GMT");

        assertThat(current.statusCode()).isEqualTo(206);
        assertThat(current.body()).isEqualTo(Arrays.copyOf(bytes, 10));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo(bytes);
        assertThat(weak.statusCode()).as("a weak tag never satisfies If-Range").isEqualTo(200);
        assertThat(byDate.statusCode()).isEqualTo(206);
        assertThat(otherDate.statusCode()).isEqualTo(200);
    }

    @Test
    void ifNoneMatch_andIfModifiedSince_answer304_orTheFile() throws IOException {
        Track track = scanned("cond.flac", bytes);
        String etag = header(get(track, "stream"), "ETag");

        HttpResponse<byte[]> matching = get(track, "stream", "If-None-Match", "\"other\", " + etag);
        assertThat(matching.statusCode()).isEqualTo(304);
        assertThat(matching.body()).isEmpty();
        assertThat(header(matching, "ETag")).isEqualTo(etag);
        assertThat(get(track, "stream", "If-None-Match", "W/" + etag).statusCode()).isEqualTo(304);
        assertThat(get(track, "stream", "If-None-Match", "*").statusCode()).isEqualTo(304);
        assertThat(get(track, "stream", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);

        assertThat(get(track, "stream", "If-Modified-Since", "Mon, 04 Mar 2024 05:06:07 GMT").statusCode())
                .isEqualTo(304);
        assertThat(get(track, "stream", "If-Modified-Since", "Mon, 04 Mar 2024 05:06:06 GMT").statusCode())
                .isEqualTo(200);
        assertThat(get(track, "stream", "If-Modified-Since", "not a date").statusCode()).isEqualTo(200);
        assertThat(get(track, "stream", "If-None-Match", "\"other\"", "If-Modified-Since",
                "Mon, 04 Mar 2024 05:06:07 GMT").statusCode()).as("If-None-Match wins").isEqualTo(200);
        assertThat(get(track, "stream", "If-None-Match", etag, "Range", "bytes=200000-").statusCode())
                .as("304 before 416").isEqualTo(304);
    }

    @Test
    void head_givesTheHeadersOfTheWholeFile_withoutABody() throws IOException {
        Track track = scanned("head.flac", bytes);

        HttpResponse<byte[]> response = api.asUser().bytes(HttpRequest.newBuilder(
                api.uri("/api/tracks/" + track.id().value() + "/stream")).header("Range", "bytes=0-9")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Length")).isEqualTo(Integer.toString(SIZE));
        assertThat(header(response, "Accept-Ranges")).isEqualTo("bytes");
        assertThat(header(response, "ETag")).isNotNull();
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aDownload_isAnAttachmentNamedLikeTheFile() throws IOException {
        Track plain = scanned("plain song.flac", bytes);
        Track accented = scanned("Jóga \"live\" 東京.flac", bytes);

        HttpResponse<byte[]> response = get(plain, "download");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
        assertThat(header(response, "Content-Disposition")).isEqualTo("attachment; filename=\"plain song.flac\"");

        assertThat(header(get(accented, "download"), "Content-Disposition")).isEqualTo(
                "attachment; filename=\"J_ga _live_ __.flac\"; filename*=UTF-8''J%C3%B3ga%20%22live%22%20%E6%9D%B1%E4%BA%AC.flac");
        HttpResponse<byte[]> range = get(plain, "download", "Range", "bytes=-3");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(bytes, SIZE - 3, SIZE));
    }

    @Test
    void anEmptyFile_streamsAsNothing_andHasNoRange() throws IOException {
        Track track = scanned("empty.wav", new byte[0]);

        HttpResponse<byte[]> whole = get(track, "stream");
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEmpty();
        assertThat(header(whole, "Content-Type")).isEqualTo("audio/wav");
        assertThat(get(track, "stream", "Range", "bytes=0-").statusCode()).isEqualTo(416);
    }

    @Test
    void aRemovedFile_is404MediaGone_andCountedForTheNextScan() throws IOException {
        Track track = scanned("removed.flac", bytes);
        Files.delete(Path.of(track.path()));

        HttpResponse<byte[]> response = get(track, "stream");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("urn:tonearm:problem:media-gone")
                .contains("has vanished");
        assertThat(api.streams.getStaleTracks()).contains(track.id());
    }

    @Test
    void aChangedFile_is404MediaGone_neverOtherBytes() throws IOException {
        Track track = scanned("changed.flac", bytes);
        Files.write(Path.of(track.path()), "other bytes".getBytes(StandardCharsets.US_ASCII));

        HttpResponse<byte[]> response = get(track, "download");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("urn:tonearm:problem:media-gone")
                .contains("has changed");
        assertThat(header(response, "Content-Disposition")).isNull();
    }

    @Test
    void unknownAndPathLikeIds_areRefused_neverAFile() {
        HttpResponse<byte[]> unknown = get(api.asUser(), "/api/tracks/424242/stream");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("urn:tonearm:problem:not-found");

        for (String id : List.of("..%2F..%2Fetc%2Fpasswd", "..", "%2Fetc%2Fpasswd", "0", "-1", "1.5")) {
            HttpResponse<byte[]> response = get(api.asUser(), "/api/tracks/" + id + "/stream");
            assertThat(response.statusCode()).as(id).isIn(400, 404);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(id).doesNotContain("root:");
        }
        HttpResponse<byte[]> bad = get(api.asUser(), "/api/tracks/abc/download");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("\"name\":\"id\"");
    }

    @Test
    void anonymousCallers_areRefused() throws IOException {
        Track track = scanned("private.flac", bytes);

        assertThat(get(api.anonymous(), "/api/tracks/" + track.id().value() + "/stream").statusCode()).isEqualTo(401);
    }

    @Test
    void aClientThatGoesAwayMidStream_freesTheFileAtOnce() throws Exception {
        Path big = dir.resolve("big.flac");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(256L * 1024 * 1024); // sparse: quick to make, far more than the socket buffers hold
        }
        Files.setLastModifiedTime(big, FileTime.from(MODIFIED));
        Track track = api.library.addTrack(new NewTrack(big.toString(), "Big", List.of("Artist"), null, null, null,
                null, null, null, Duration.ofSeconds(1), null, null, "FLAC", Files.size(big), MODIFIED, null));

        try (Socket socket = new Socket("127.0.0.1", api.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/tracks/" + track.id().value() + "/stream HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + api.asUser().authorization() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            while (read < 1024 * 1024) {
                int n = in.read(buffer);
                assertThat(n).isPositive();
                read += n;
            }
            assertThat(openDescriptorsOf(big)).as("the file is open while it streams").isPositive();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (openDescriptorsOf(big) > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(openDescriptorsOf(big)).as("descriptors of the file left open").isZero();
        assertThat(get(api.asUser(), "/api/tracks/" + scanned("after.flac", bytes).id().value() + "/stream")
                .statusCode()).as("the server still answers").isEqualTo(200);
    }

    /** @return how many of this process's file descriptors are open on the file (Linux's /proc) */
    private static long openDescriptorsOf(Path file) throws IOException {
        Path real = file.toRealPath();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            return descriptors.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(real);
                } catch (IOException e) {
                    return false; // closed while we looked
                }
            }).count();
        }
    }
}
