package io.tonearm.adapters.http.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;

/** The wait between attempts: capped exponential growth, full jitter, and the service's own Retry-After. */
class BackoffTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final OutboundPolicy POLICY = new OutboundPolicy(1, Duration.ofMillis(100), 3,
            Duration.ofSeconds(2), 10, Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(1), 5,
            Duration.ofMinutes(1));

    private static OutboundService withJitter(double fraction) {
        return new OutboundService("fake", URI.create("http://127.0.0.1:1"), POLICY, "test",
                Clock.fixed(NOW, ZoneOffset.UTC), () -> fraction);
    }

    @Test
    void theLongestWait_growsByTheFactor_upToTheCap() {
        OutboundService full = withJitter(1.0);

        assertThat(full.delayAfter(null, 1)).isEqualTo(Duration.ofMillis(100));
        assertThat(full.delayAfter(null, 2)).isEqualTo(Duration.ofMillis(300));
        assertThat(full.delayAfter(null, 3)).isEqualTo(Duration.ofMillis(900));
        assertThat(full.delayAfter(null, 4)).as("2.7 s, capped").isEqualTo(Duration.ofSeconds(2));
        assertThat(full.delayAfter(null, 60)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void theJitter_spreadsEachWaitOverZeroToTheLongest() {
        assertThat(withJitter(0.0).delayAfter(null, 3)).isEqualTo(Duration.ZERO);
        assertThat(withJitter(0.5).delayAfter(null, 3)).isEqualTo(Duration.ofMillis(450));
        Random random = new Random(7);
        OutboundService service = new OutboundService("fake", URI.create("http://127.0.0.1:1"), POLICY, "test",
                Clock.systemUTC(), random::nextDouble);
        List<Duration> waits = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> service.delayAfter(null, 3))
                .toList();
        assertThat(waits).allSatisfy(d -> assertThat(d).isBetween(Duration.ZERO, Duration.ofMillis(900)));
        assertThat(waits.stream().mapToLong(Duration::toMillis).average().orElseThrow())
                .as("spread evenly, not bunched at the top").isBetween(400.0, 500.0);
    }

    @Test
    void aRetryAfter_replacesTheComputedWait_upToTheLongestWait() {
        OutboundService service = withJitter(1.0);

        assertThat(service.delayAfter(answer("1"), 1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(service.delayAfter(answer("0"), 5)).isEqualTo(Duration.ZERO);
        assertThat(service.delayAfter(answer("3600"), 1)).as("capped").isEqualTo(Duration.ofSeconds(2));
        assertThat(service.delayAfter(answer("Mon, 07 Dec 2026 10:00:01 GMT"), 1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(service.delayAfter(answer("soon"), 2)).as("unreadable: computed").isEqualTo(Duration.ofMillis(300));
        assertThat(service.delayAfter(answer(null), 2)).isEqualTo(Duration.ofMillis(300));
    }

    private static HttpResponse<byte[]> answer(String retryAfter) {
        HttpHeaders headers = HttpHeaders.of(retryAfter == null ? Map.of() : Map.of("Retry-After", List.of(retryAfter)),
                (name, value) -> true);
        return new HttpResponse<>() {
            @Override public int statusCode() { return 503; }
            @Override public HttpRequest request() { return HttpRequest.newBuilder(URI.create("http://x/")).build(); }
            @Override public Optional<HttpResponse<byte[]>> previousResponse() { return Optional.empty(); }
            @Override public HttpHeaders headers() { return headers; }
            @Override public byte[] body() { return new byte[0]; }
            @Override public Optional<SSLSession> sslSession() { return Optional.empty(); }
            @Override public URI uri() { return request().uri(); }
            @Override public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
        };
    }
}
