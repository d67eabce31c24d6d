package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Tonearm servers sharing one database and no Redis: a sign-in remembered (and its credential state cached) on
 * node B ends within the change log's poll interval once node A has changed the password, revoked the token or
 * removed the user: the change log is the only way node B can hear of it.
 */
class SignInAcrossNodesWithoutRedisTest {
    /** Poll interval plus a request, with room for a busy machine; the entry TTL it replaces is minutes. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    static TwoNodes nodes;

    @BeforeAll
    static void startTwoNodes(@TempDir Path dataDir) {
        nodes = TwoNodes.withoutRedis(dataDir, "100ms");
    }

    @AfterAll
    static void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void aTokenRevokedOnOneNode_isRefusedOnTheOtherWithinThePollInterval() {
        Api ownerOnA = nodes.a.newUser("tokenowner", "tokenowner-password", false);
        String secret = ownerOnA.post("/api/tokens", "{\"name\": \"phone\"}").body().get("token").asText();
        long id = ownerOnA.get("/api/tokens").body().get("items").get(0).get("id").asLong();
        Api phoneOnB = nodes.b.withToken(secret);
        assertThat(phoneOnB.get("/api/tracks").status()).isEqualTo(200);
        assertThat(phoneOnB.get("/api/tracks").status()).as("remembered on B").isEqualTo(200);

        assertThat(ownerOnA.delete("/api/tokens/" + id).status()).isEqualTo(204);

        assertRefusedWithinBound(phoneOnB);
    }

    @Test
    void aPasswordChangedOrAUserRemovedOnOneNode_endsTheSignInOnTheOtherWithinThePollInterval() {
        Api userOnA = nodes.a.newUser("roamer", "roamer-password", false);
        Api userOnB = nodes.b.as("roamer", "roamer-password");
        assertThat(userOnB.get("/api/tracks").status()).isEqualTo(200);
        long id = userOnA.get("/api/users/me").body().get("id").asLong();

        assertThat(nodes.a.put("/api/users/" + id + "/password", "{\"password\": \"roamer-new-password\"}").status())
                .isEqualTo(204);
        assertRefusedWithinBound(userOnB);
        Api renewedOnB = nodes.b.as("roamer", "roamer-new-password");
        assertThat(renewedOnB.get("/api/tracks").status()).isEqualTo(200);

        assertThat(nodes.a.delete("/api/users/" + id).status()).isEqualTo(204);
        assertRefusedWithinBound(renewedOnB);
    }

    private static void assertRefusedWithinBound(Api client) {
        long start = System.nanoTime();
        Await.until("node B refuses the ended sign-in", () -> client.get("/api/tracks").status() == 401);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
    }
}
