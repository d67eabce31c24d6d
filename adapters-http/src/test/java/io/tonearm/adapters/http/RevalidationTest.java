package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * JSON reads carry a weak ETag of their bytes and answer 304 to a client that holds them; large JSON answers are
 * gzipped for clients that accept it.
 */
class RevalidationTest {
    private static RunningApi api;
    private long id;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void oneTrack() {
        api.library.reset();
        id = api.library.add("/music/etag.mp3", "Tagged", "Band", "Album").id().value();
    }

    @Test
    void aJsonRead_carriesAWeakETag_andAnswers304ToAClientThatHoldsIt() {
        RunningApi.Response first = api.get("/api/tracks/" + id);
        String etag = first.header("ETag");

        assertThat(etag).matches("W/\"[0-9a-f]{16}\"");
        assertThat(first.header("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(api.get("/api/tracks/" + id).header("ETag")).as("same bytes, same tag").isEqualTo(etag);

        RunningApi.Response revalidated = conditional("/api/tracks/" + id, etag);
        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.header("ETag")).isEqualTo(etag);
        assertThat(revalidated.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void ifNoneMatch_comparesWeakly_acceptsAListAndTheStar_andAnotherTagGetsTheAnswer() {
        String etag = api.get("/api/tracks/" + id).header("ETag");
        String strong = etag.substring(2);

        assertThat(conditional("/api/tracks/" + id, strong).status()).isEqualTo(304);
        assertThat(conditional("/api/tracks/" + id, "W/\"0000000000000000\", " + etag).status()).isEqualTo(304);
        assertThat(conditional("/api/tracks/" + id, "*").status()).isEqualTo(304);
        RunningApi.Response other = conditional("/api/tracks/" + id, "W/\"0000000000000000\"");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.json().get("title").asText()).isEqualTo("Tagged");
    }

    @Test
    void aChange_givesANewTag_soThatTheOldOneGetsTheNewAnswer() {
        String before = api.get("/api/tracks").header("ETag");
        api.library.add("/music/second.mp3", "Second", "Band", "Album");

        RunningApi.Response after = conditional("/api/tracks", before);

        assertThat(after.status()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(before);
        assertThat(after.body()).contains("Second");
    }

    @Test
    void problemsWritesAndTheProbes_carryNoETag() {
        assertThat(api.get("/api/tracks/999999").header("ETag")).isNull();
        assertThat(api.send("POST", "/api/tracks/lookup", "[{\"title\": \"Tagged\", \"artist\": \"Band\"}]")
                .header("ETag")).isNull();
        assertThat(api.anonymous().get("/health/live").header("ETag")).isNull();
    }

    @Test
    void anAnswerTheRouteMarkedNoStore_staysNoStore_withoutATag() {
        for (String path : new String[] {"/api/session", "/api/users/me/scrobbles"}) {
            RunningApi.Response secret = api.get(path);

            assertThat(secret.status()).as(path).isEqualTo(200);
            assertThat(secret.header("Cache-Control")).as(path).isEqualTo("no-store");
            assertThat(secret.header("ETag")).as(path).isNull();
        }
    }

    @Test
    void aLargeJsonAnswer_isGzipped_forAClientThatAcceptsIt_andASmallOneIsNot() throws IOException {
        for (int i = 0; i < 40; i++) {
            api.library.add("/music/many-" + i + ".mp3", "Track number " + i, "Band", "Album");
        }

        HttpResponse<byte[]> large = api.bytes(HttpRequest.newBuilder(api.uri("/api/tracks?limit=40"))
                .header("Accept-Encoding", "gzip").GET());
        HttpResponse<byte[]> small = api.bytes(HttpRequest.newBuilder(api.uri("/api/tracks/" + id))
                .header("Accept-Encoding", "gzip").GET());
        HttpResponse<byte[]> plain = api.bytes(HttpRequest.newBuilder(api.uri("/api/tracks?limit=40")).GET());

        assertThat(large.headers().firstValue("Content-Encoding")).contains("gzip");
        String unzipped;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(large.body()))) {
            unzipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(unzipped).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8)).contains("Track number 38");
        assertThat(large.body().length).isLessThan(plain.body().length / 2);
        assertThat(large.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag"));
        assertThat(small.headers().firstValue("Content-Encoding")).as("under 1500 bytes").isEmpty();
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(large.headers().firstValue("Vary")).contains("Accept-Encoding");
        assertThat(plain.headers().firstValue("Vary")).as("the same answer, either way").contains("Accept-Encoding");

        HttpResponse<byte[]> again = api.bytes(HttpRequest.newBuilder(api.uri("/api/tracks?limit=40"))
                .header("Accept-Encoding", "br;q=1.0, gzip;q=0.5").GET());
        assertThat(again.body()).as("the kept gzip form, sent again").isEqualTo(large.body());
    }

    @Test
    void whetherAClientTakesGzip_followsItsAcceptEncoding() {
        assertThat(ApiJson.acceptsGzip("gzip")).isTrue();
        assertThat(ApiJson.acceptsGzip("deflate, GZIP")).isTrue();
        assertThat(ApiJson.acceptsGzip("br;q=1.0, x-gzip;q=0.5")).isTrue();
        assertThat(ApiJson.acceptsGzip(null)).isFalse();
        assertThat(ApiJson.acceptsGzip("")).isFalse();
        assertThat(ApiJson.acceptsGzip("br, deflate")).isFalse();
    }

    private static RunningApi.Response conditional(String path, String ifNoneMatch) {
        return api.send(HttpRequest.newBuilder(api.uri(path)).header("If-None-Match", ifNoneMatch).GET());
    }
}
