package io.tonearm.adapters.http.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tonearm.adapters.http.outbound.FakeService.Answer;
import io.tonearm.domain.enrichment.Listen;
import io.tonearm.domain.enrichment.ListenSubmitter;
import io.tonearm.domain.enrichment.RemoteServiceException;
import io.tonearm.domain.enrichment.SubmissionResult;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListenBrainzClientTest {
    private static final Listen SO_WHAT = new Listen(Instant.parse("2026-12-07T10:00:00Z"), "Miles Davis", "So What",
            "Kind of Blue", 562_000);
    private static final Listen SINNERMAN = new Listen(Instant.parse("2026-12-07T10:10:00Z"), "Nina Simone",
            "Sinnerman", null, 0);

    private FakeService fake;
    private ListenBrainzClient client;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeService();
        OutboundPolicy policy = new OutboundPolicy(1000, Duration.ofMillis(1), 2, Duration.ofMillis(5), 3,
                Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(5), 100, Duration.ofSeconds(30));
        client = new ListenBrainzClient(new OutboundService("listenbrainz", fake.uri(), policy, "Tonearm/1.0"), "1.0");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void listens_areSentWithTheUsersToken_asListenBrainzReadsThem() throws IOException {
        fake.then(Answer.json(200, "{\"status\": \"ok\"}"));

        assertThat(client.submit("user-token", List.of(SO_WHAT, SINNERMAN))).isEqualTo(SubmissionResult.ACCEPTED);

        FakeService.Received request = fake.received().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/1/submit-listens");
        assertThat(request.header("Authorization")).isEqualTo("Token user-token");
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertThat(body.path("listen_type").asText()).isEqualTo("import");
        assertThat(body.path("payload")).hasSize(2);
        JsonNode first = body.path("payload").get(0);
        assertThat(first.path("listened_at").asLong()).isEqualTo(SO_WHAT.listenedAt().getEpochSecond());
        assertThat(first.path("track_metadata").path("artist_name").asText()).isEqualTo("Miles Davis");
        assertThat(first.path("track_metadata").path("track_name").asText()).isEqualTo("So What");
        assertThat(first.path("track_metadata").path("release_name").asText()).isEqualTo("Kind of Blue");
        assertThat(first.path("track_metadata").path("additional_info").path("duration_ms").asLong()).isEqualTo(562_000);
        JsonNode second = body.path("payload").get(1).path("track_metadata");
        assertThat(second.has("release_name")).isFalse();
        assertThat(second.path("additional_info").has("duration_ms")).isFalse();
        assertThat(second.path("additional_info").path("submission_client").asText()).isEqualTo("Tonearm");
    }

    @Test
    void oneListen_isSentAsASingle() throws IOException {
        fake.then(Answer.json(200, "{\"status\": \"ok\"}"));

        client.submit("t", List.of(SO_WHAT));

        assertThat(new ObjectMapper().readTree(fake.received().get(0).body()).path("listen_type").asText())
                .isEqualTo("single");
    }

    @Test
    void aRefusedToken_isSaid_andNotRetried() {
        fake.then(Answer.json(401, "{\"code\": 401, \"error\": \"Invalid authorization token.\"}"));

        assertThat(client.submit("revoked", List.of(SO_WHAT))).isEqualTo(SubmissionResult.TOKEN_REJECTED);
        assertThat(fake.received()).hasSize(1);
    }

    @Test
    void anOutage_isRetried_andARefusalOfTheListensIsNot() {
        fake.then(Answer.of(502), Answer.json(200, "{\"status\": \"ok\"}"), Answer.json(400, "{\"error\": \"bad\"}"));

        assertThat(client.submit("t", List.of(SO_WHAT))).isEqualTo(SubmissionResult.ACCEPTED);
        assertThatThrownBy(() -> client.submit("t", List.of(SO_WHAT)))
                .isInstanceOfSatisfying(RemoteServiceException.class, e -> assertThat(e.isRetryable()).isFalse());
        assertThat(fake.received()).hasSize(3);
    }

    @Test
    void aBatch_carriesOneToAHundredListens() {
        assertThatThrownBy(() -> client.submit("t", List.of())).hasMessageContaining("1 to 100");
        assertThatThrownBy(() -> client.submit("t", Collections.nCopies(ListenSubmitter.MAX_BATCH + 1, SO_WHAT)))
                .hasMessageContaining("101");
        assertThat(fake.received()).isEmpty();
    }
}
