package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Tonearm processes sharing one database and one Redis: a sign-in remembered on node B ends on its next
 * request once node A has changed the password, revoked the token or removed the user.
 */
class SignInAcrossNodesTest {
    static TwoNodes nodes;
    static Api a;
    static Api b;

    @BeforeAll
    static void startTwoNodes(@TempDir Path dataDir) {
        nodes = TwoNodes.withRedis(dataDir);
        a = nodes.a;
        b = nodes.b;
    }

    @AfterAll
    static void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void aTokenRevokedOnOneNode_isRefusedOnTheOtherAtOnce() {
        Api ownerOnA = a.newUser("tokenowner", "tokenowner-password", false);
        String secret = ownerOnA.post("/api/tokens", "{\"name\": \"phone\"}").body().get("token").asText();
        long id = ownerOnA.get("/api/tokens").body().get("items").get(0).get("id").asLong();
        Api phoneOnB = b.withToken(secret);
        assertThat(phoneOnB.get("/api/tracks").status()).isEqualTo(200);
        assertThat(phoneOnB.get("/api/tracks").status()).as("remembered on B").isEqualTo(200);

        assertThat(ownerOnA.delete("/api/tokens/" + id).status()).isEqualTo(204);

        assertThat(phoneOnB.get("/api/tracks").status()).isEqualTo(401);
    }

    @Test
    void aPasswordChangedOrAUserRemovedOnOneNode_endsTheSignInOnTheOther() {
        Api userOnA = a.newUser("roamer", "roamer-password", false);
        Api userOnB = b.as("roamer", "roamer-password");
        assertThat(userOnB.get("/api/tracks").status()).isEqualTo(200);
        long id = userOnA.get("/api/users/me").body().get("id").asLong();

        assertThat(a.put("/api/users/" + id + "/password", "{\"password\": \"roamer-new-password\"}").status())
                .isEqualTo(204);
        assertThat(userOnB.get("/api/tracks").status()).isEqualTo(401);
        Api renewedOnB = b.as("roamer", "roamer-new-password");
        assertThat(renewedOnB.get("/api/tracks").status()).isEqualTo(200);

        assertThat(a.delete("/api/users/" + id).status()).isEqualTo(204);
        assertThat(renewedOnB.get("/api/tracks").status()).isEqualTo(401);
    }
}
