package io.tonearm.bootstrap;

import static io.tonearm.bootstrap.TrackJson.track;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plays reach a fake ListenBrainz on loopback (TONEARM_LISTENBRAINZ_URL) through the durable queue: while the service
 * is down they wait, across a restart of Tonearm, and once it is back every play arrives exactly once; a token the
 * service refuses stops that user's submissions and says so.
 */
class ScrobblingApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Long> received = new CopyOnWriteArrayList<>();
    private final List<String> tokensSeen = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private HttpServer listenBrainz;
    private TestDatabase database;
    private Map<String, String> environment;
    private Tonearm tonearm;

    @BeforeEach
    void start(@TempDir Path dataDir) throws IOException {
        listenBrainz = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        listenBrainz.createContext("/1/submit-listens", this::submit);
        listenBrainz.start();
        database = TestDatabase.create();
        // quick retries and a short breaker, so that the outage and the recovery take seconds, not minutes
        Path config = dataDir.resolve("tonearm.conf");
        Files.writeString(config, "enrichment.retry { base-delay = 20ms, max-delay = 50ms, max-attempts = 2 }\n"
                + "enrichment.breaker-delay = 300ms\n");
        environment = new HashMap<>(FullStackTest.environment(database.settings(), dataDir));
        environment.put("TONEARM_CONFIG", config.toString());
        environment.put("TONEARM_ENRICHMENT_CONTACT", "mailto:ops@example.org");
        environment.put("TONEARM_LISTENBRAINZ_URL", "http://127.0.0.1:" + listenBrainz.getAddress().getPort());
        environment.put("TONEARM_SCROBBLING_INTERVAL", "50ms");
        environment.put("TONEARM_SCROBBLING_FIRST_RETRY", "100ms");
        environment.put("TONEARM_SCROBBLING_MAX_RETRY", "300ms");
        tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        if (tonearm != null) {
            tonearm.close();
        }
        database.close();
        listenBrainz.stop(0);
    }

    /** The fake ListenBrainz: 503 while failures are left, 401 for the token "refused", else takes the listens. */
    private void submit(HttpExchange exchange) throws IOException {
        String token = exchange.getRequestHeaders().getFirst("Authorization").substring("Token ".length());
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        tokensSeen.add(token);
        int status;
        if (token.equals("refused")) {
            status = 401;
        } else if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            status = 503;
        } else {
            body.path("payload").forEach(listen -> received.add(listen.path("listened_at").asLong()));
            status = 200;
        }
        byte[] answer = ("{\"status\": \"" + (status == 200 ? "ok" : "error") + "\"}").getBytes();
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Test
    void playsWaitOutAnOutageAndARestart_thenEachArrivesExactlyOnce() {
        Api admin = new Api(tonearm.uri());
        Api ann = admin.newUser("ann", "ann-password", false);
        assertThat(ann.put("/api/users/me/listenbrainz", "{\"token\": \"ann-token\"}").status()).isEqualTo(204);
        long trackId = admin.add(track("Scrobbled").by("Band").on("Album").json());
        Instant start = Instant.parse("2026-12-01T10:00:00Z");
        // one play goes through while the service is up: the restart must not send it again
        assertThat(ann.post("/api/tracks/" + trackId + "/plays",
                "{\"playedAt\": \"" + start.minusSeconds(60) + "\"}").status()).isEqualTo(200);
        Await.until("the first play arrived", () -> received.size() == 1);
        failuresLeft.set(Integer.MAX_VALUE);
        for (int i = 0; i < 3; i++) {
            assertThat(ann.post("/api/tracks/" + trackId + "/plays",
                    "{\"playedAt\": \"" + start.plusSeconds(60L * i) + "\"}").status()).isEqualTo(200);
        }
        Await.until("the fake saw the queue tried while it was down", () -> tokensSeen.size() >= 3);
        assertThat(ann.get("/api/users/me/scrobbles").body().get("pending").asLong()).isEqualTo(3);

        tonearm.close(); // a restart in the middle of the outage
        tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC());
        Api annAgain = new Api(tonearm.uri()).as("ann", "ann-password");
        assertThat(annAgain.post("/api/tracks/" + trackId + "/plays",
                "{\"playedAt\": \"" + start.plusSeconds(180) + "\"}").status()).isEqualTo(200);
        failuresLeft.set(0); // the service is back

        Await.until(() -> "all five plays arrived, got " + received, () -> received.size() >= 5);
        Await.until("the queue knows", () -> annAgain.get("/api/users/me/scrobbles").body().get("sent").asLong() == 5);
        Map<Long, Long> timesEach = received.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        assertThat(timesEach).hasSize(5).allSatisfy((at, times) -> assertThat(times).as("sent once").isEqualTo(1));
        assertThat(timesEach.keySet()).contains(start.minusSeconds(60).getEpochSecond(), start.getEpochSecond(),
                start.plusSeconds(180).getEpochSecond());
        JsonNode status = annAgain.get("/api/users/me/scrobbles").body();
        assertThat(status.get("pending").asLong()).isZero();
        assertThat(status.get("failed").asLong()).isZero();
    }

    @Test
    void aRefusedToken_stopsTheUsersSubmissions_andSaysSo_withoutRetrying() {
        Api admin = new Api(tonearm.uri());
        Api bob = admin.newUser("bob", "bob-password", false);
        assertThat(bob.put("/api/users/me/listenbrainz", "{\"token\": \"refused\"}").status()).isEqualTo(204);
        long trackId = admin.add(track("Refused").by("Band").json());

        bob.post("/api/tracks/" + trackId + "/plays");

        Await.until("the token was refused", () -> bob.get("/api/users/me/scrobbles").body().get("rejected")
                .asBoolean());
        long triesWhenRefused = tokensSeen.size();
        JsonNode status = bob.get("/api/users/me/scrobbles").body();
        assertThat(status.get("rejection").asText()).contains("refused the token");
        assertThat(status.get("pending").asLong()).isEqualTo(1);
        bob.post("/api/tracks/" + trackId + "/plays");
        assertThat(bob.get("/api/users/me/scrobbles").body().get("pending").asLong())
                .as("no play is queued while the token stands refused").isEqualTo(1);
        // nothing is to happen: let ten sending rounds (50 ms each) pass, then check that none sent anything
        LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        assertThat(tokensSeen).as("never retried with the refused token").hasSize((int) triesWhenRefused);
    }
}
