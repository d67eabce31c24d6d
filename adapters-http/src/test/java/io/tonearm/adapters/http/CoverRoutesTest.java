package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Track;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Covers of tracks and albums through the running server: the image, its validators, sizes and refusals. */
class CoverRoutesTest {
    private static final byte[] IMAGE = "not really a jpeg, but bytes to compare".getBytes(StandardCharsets.US_ASCII);
    private static RunningApi api;

    @TempDir
    Path dir;

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
        api.artwork.sizesAsked.clear();
    }

    private Track track(String folder, String album) throws IOException {
        Path directory = Files.createDirectories(dir.resolve(folder));
        return api.library.addTrack(new NewTrack(directory.resolve("song.flac").toString(), "Song", List.of("Artist"),
                album, null, 1, 1, 2001, null, Duration.ofSeconds(1), null, null, "FLAC", 10, Instant.EPOCH, null));
    }

    private static HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return api.asUser().bytes(request);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aTracksCover_isTheImage_withValidatorsAndCaching() throws IOException {
        Track track = track("a", "Album");
        Files.write(dir.resolve("a/cover.jpg"), IMAGE);

        HttpResponse<byte[]> response = get("/api/tracks/" + track.id().value() + "/cover");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(IMAGE);
        assertThat(header(response, "Content-Type")).isEqualTo("image/jpeg");
        assertThat(header(response, "Cache-Control")).isEqualTo("private, max-age=86400");
        assertThat(header(response, "ETag")).isEqualTo("\"cover-" + Integer.toHexString(IMAGE.length) + "\"");
        assertThat(api.artwork.sizesAsked).containsExactly(0);

        HttpResponse<byte[]> again = get("/api/tracks/" + track.id().value() + "/cover", "If-None-Match",
                header(response, "ETag"));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void anAlbumsCover_isItsTracks_atTheAskedSize() throws IOException {
        Track track = track("b", "Album B");
        Files.write(dir.resolve("b/cover.jpg"), IMAGE);

        HttpResponse<byte[]> response = get("/api/albums/" + track.albumId().value() + "/cover?size=300");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(IMAGE);
        assertThat(api.artwork.sizesAsked).containsExactly(300);
    }

    @Test
    void noCover_anUnknownId_andAnUnusableImage_are404Problems() throws IOException {
        Track none = track("c", null);
        Track bad = track("d", null);
        Files.write(dir.resolve("d/bad-cover"), IMAGE);

        HttpResponse<byte[]> missing = get("/api/tracks/" + none.id().value() + "/cover");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(body(missing)).contains("urn:tonearm:problem:not-found").contains("has no cover");
        assertThat(get("/api/tracks/99999/cover").statusCode()).isEqualTo(404);
        assertThat(get("/api/albums/99999/cover").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> unusable = get("/api/tracks/" + bad.id().value() + "/cover");
        assertThat(unusable.statusCode()).isEqualTo(404);
        assertThat(body(unusable)).contains("urn:tonearm:problem:no-usable-cover").contains("no usable cover");
    }

    @Test
    void badSizes_are400NamingSize_beforeAnyImageIsRead() throws IOException {
        Track track = track("e", null);

        for (String size : List.of("15", "2049", "0", "abc", "-5", "16&size=32")) {
            HttpResponse<byte[]> response = get("/api/tracks/" + track.id().value() + "/cover?size=" + size);
            assertThat(response.statusCode()).as(size).isEqualTo(400);
            assertThat(body(response)).as(size).contains("\"name\":\"size\"");
        }
        assertThat(api.artwork.sizesAsked).isEmpty();
        assertThat(get("/api/tracks/abc/cover").statusCode()).isEqualTo(400);
    }
}
