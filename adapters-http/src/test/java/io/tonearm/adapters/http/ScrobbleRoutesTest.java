package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.application.users.testing.TestUsers;
import io.tonearm.domain.enrichment.Listen;
import io.tonearm.domain.user.UserName;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The caller's ListenBrainz token and scrobble counts: their own only, the token never shown. */
class ScrobbleRoutesTest {
    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aStoredToken_queuesTheCallersPlays_andTheStatusCountsThem_withoutShowingTheToken() {
        RunningApi user = api.asUser();
        JsonNode before = user.get("/api/users/me/scrobbles").json();
        assertThat(before.path("enabled").asBoolean()).isTrue();
        assertThat(before.path("connected").asBoolean()).isFalse();

        assertThat(user.send("PUT", "/api/users/me/listenbrainz", "{\"token\": \"secret-token-1\"}").status())
                .isEqualTo(204);
        var listener = api.users.accounts.findUserByName(UserName.of(TestUsers.USER)).orElseThrow().id();
        assertThat(api.scrobbles.play(listener, new Listen(Instant.now(), "Artist", "Title", null, 0))).isTrue();

        RunningApi.Response status = user.get("/api/users/me/scrobbles");
        assertThat(status.json().path("connected").asBoolean()).isTrue();
        assertThat(status.json().path("rejected").asBoolean()).isFalse();
        assertThat(status.json().path("pending").asLong()).isEqualTo(1);
        assertThat(status.body()).doesNotContain("secret-token-1");
        assertThat(status.header("Cache-Control")).isEqualTo("no-store");
        assertThat(api.get("/api/users/me/scrobbles").json().path("connected").asBoolean())
                .as("the admin's own, not the user's").isFalse();

        assertThat(user.send("DELETE", "/api/users/me/listenbrainz").status()).isEqualTo(204);
        assertThat(user.send("DELETE", "/api/users/me/listenbrainz").status()).isEqualTo(404);
    }

    @Test
    void aMalformedToken_isA400NamingTheToken() {
        RunningApi.Response bad = api.send("PUT", "/api/users/me/listenbrainz", "{\"token\": \"has spaces\"}");
        RunningApi.Response missing = api.send("PUT", "/api/users/me/listenbrainz", "{}");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.invalidParamNames()).containsExactly("token");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.invalidParamNames()).containsExactly("token");
    }
}
