package io.tonearm.adapters.http.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.adapters.http.outbound.FakeService.Answer;
import io.tonearm.adapters.http.outbound.FakeService.Received;
import io.tonearm.domain.enrichment.RemoteServiceException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbound policy against a fake service on loopback: what is sent again, when, how often, and what is not. */
class OutboundServiceTest {
    private static final String AGENT = "Tonearm/1.0 ( ops@example.org )";
    private FakeService fake;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeService();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private static OutboundPolicy quick(int attempts) {
        return new OutboundPolicy(1000, Duration.ofMillis(1), 2, Duration.ofMillis(20), attempts,
                Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(5), 100, Duration.ofSeconds(30));
    }

    private OutboundService service(OutboundPolicy policy) {
        return new OutboundService("fake", fake.uri(), policy, AGENT);
    }

    @Test
    void aServerErrorThenSuccess_isSentAgain_andTheSuccessIsAnswered() {
        fake.then(Answer.of(500), Answer.of(503), Answer.json(200, "{}"));

        HttpResponse<byte[]> response = service(quick(5)).get("/ws/2/thing?fmt=json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(fake.received()).hasSize(3).allSatisfy(r -> {
            assertThat(r.path()).isEqualTo("/ws/2/thing");
            assertThat(r.rawQuery()).isEqualTo("fmt=json");
            assertThat(r.header("User-Agent")).isEqualTo(AGENT);
        });
    }

    @Test
    void clientErrors_areAnsweredAtOnce_andNeverSentAgain() {
        fake.then(Answer.of(400), Answer.of(404), Answer.of(401));
        OutboundService service = service(quick(5));

        assertThat(service.get("/a").statusCode()).isEqualTo(400);
        assertThat(service.get("/b").statusCode()).isEqualTo(404);
        assertThat(service.get("/c").statusCode()).isEqualTo(401);
        assertThat(fake.received()).extracting(Received::path).containsExactly("/a", "/b", "/c");
    }

    @Test
    void whenTheAttemptsRunOut_theFailureSaysSo_withTheServicesRetryAfter() {
        fake.otherwise(Answer.of(503).withHeader("Retry-After", "0"));

        assertThatThrownBy(() -> service(quick(3)).get("/busy"))
                .isInstanceOfSatisfying(RemoteServiceException.class, e -> {
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.service()).isEqualTo("fake");
                    assertThat(e.retryAfter()).contains(Duration.ZERO);
                    assertThat(e).hasMessageContaining("GET /busy answered 503 after 3 attempts");
                });
        assertThat(fake.received()).hasSize(3);
    }

    @Test
    void aRetryAfterInSeconds_isWaitedFor_inPlaceOfTheComputedDelay() {
        OutboundPolicy policy = new OutboundPolicy(1000, Duration.ofMillis(1), 2, Duration.ofSeconds(5), 3,
                Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(5), 100, Duration.ofSeconds(30));
        fake.then(Answer.of(429).withHeader("Retry-After", "1"), Answer.of(200));

        assertThat(service(policy).get("/limited").statusCode()).isEqualTo(200);

        List<Received> received = fake.received();
        assertThat(received).hasSize(2);
        assertThat(Duration.ofNanos(received.get(1).nanoTime() - received.get(0).nanoTime()))
                .as("waited the second the service asked for, not the 1 ms base delay")
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aSlowService_timesOut_andIsAskedAgain_untilTheAttemptsRunOut() {
        OutboundPolicy policy = new OutboundPolicy(1000, Duration.ofMillis(1), 2, Duration.ofMillis(5), 2,
                Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofMillis(200), 100, Duration.ofSeconds(30));
        fake.otherwise(Answer.of(200).after(Duration.ofSeconds(3)));

        assertThatThrownBy(() -> service(policy).get("/slow"))
                .isInstanceOfSatisfying(RemoteServiceException.class, e -> {
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e).hasMessageContaining("could not be sent after 2 attempts")
                            .hasMessageContaining("HttpTimeoutException");
                });
        assertThat(fake.received()).hasSize(2);
    }

    @Test
    void aServiceThatIsNotThere_isAFailureWorthRetryingLater() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        OutboundService service = new OutboundService("gone", URI.create("http://127.0.0.1:" + closedPort),
                quick(2), AGENT);

        assertThatThrownBy(() -> service.get("/x")).isInstanceOfSatisfying(RemoteServiceException.class,
                e -> assertThat(e.isRetryable()).isTrue());
    }

    @Test
    void aServiceThatKeepsFailing_isLeftAlone_thenProbedAgain_andUsedOnceItAnswers() {
        OutboundPolicy policy = new OutboundPolicy(1000, Duration.ofMillis(1), 2, Duration.ofMillis(5), 1,
                Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(5), 2, Duration.ofMillis(300));
        OutboundService service = service(policy);
        fake.then(Answer.of(500), Answer.of(500));

        assertThatThrownBy(() -> service.get("/one")).isInstanceOf(RemoteServiceException.class);
        assertThatThrownBy(() -> service.get("/two")).isInstanceOf(RemoteServiceException.class);
        assertThatThrownBy(() -> service.get("/three")).isInstanceOfSatisfying(RemoteServiceException.class, e -> {
            assertThat(e).hasMessageContaining("not called");
            assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(300)));
        });
        assertThat(fake.received()).as("an open circuit sends nothing").hasSize(2);

        HttpResponse<byte[]> probe = untilTheCircuitLetsOneThrough(service, Duration.ofSeconds(10));

        assertThat(probe.statusCode()).isEqualTo(200);
        assertThat(service.get("/after").statusCode()).as("closed again").isEqualTo(200);
        assertThat(fake.received()).extracting(Received::path).containsExactly("/one", "/two", "/probe", "/after");
    }

    private static HttpResponse<byte[]> untilTheCircuitLetsOneThrough(OutboundService service, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                return service.get("/probe");
            } catch (RemoteServiceException open) {
                assertThat(System.nanoTime()).as("the circuit half-opens within " + limit).isLessThan(deadline);
                LockSupport.parkNanos(Duration.ofMillis(25).toNanos());
            }
        }
    }

    @Test
    void theRateLimit_holdsAcrossThreads_measuredAtTheService() throws Exception {
        double perSecond = 5;
        OutboundPolicy policy = new OutboundPolicy(perSecond, Duration.ofMillis(1), 2, Duration.ofMillis(5), 1,
                Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(5), 100, Duration.ofSeconds(30));
        OutboundService service = service(policy);
        service.get("/warm-up"); // opens the connection, whose set-up would shorten the first measured gap
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<Integer>> calls = new ArrayList<>();
        int requests = 12;
        for (int i = 0; i < requests; i++) {
            calls.add(threads.submit(() -> service.get("/lookup").statusCode()));
        }
        for (Future<Integer> call : calls) {
            assertThat(call.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        }
        threads.shutdown();

        long[] arrivals = fake.received().stream().filter(r -> r.path().equals("/lookup"))
                .mapToLong(Received::nanoTime).sorted().toArray();
        assertThat(arrivals).hasSize(requests);
        Duration span = Duration.ofNanos(arrivals[requests - 1] - arrivals[0]);
        assertThat(span).as("%d requests at %s/s take at least %s", requests, perSecond, "2.2 s")
                .isGreaterThanOrEqualTo(Duration.ofMillis((long) ((requests - 1) / perSecond * 1000) - 100));
        for (int first = 0; first < requests; first++) {
            int inOneSecond = 0;
            for (int later = first; later < requests && arrivals[later] - arrivals[first] < 1_000_000_000L; later++) {
                inOneSecond++;
            }
            assertThat(inOneSecond).as("requests within one second of request %d", first)
                    .isLessThanOrEqualTo((int) perSecond + 1);
        }
    }
}
