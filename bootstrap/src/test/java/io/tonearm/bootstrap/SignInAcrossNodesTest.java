package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.adapters.cache.RedisTestSupport;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Tonearm processes sharing one database and one Redis: a sign-in remembered on node B ends on its next
 * request once node A has changed the password, revoked the token or removed the user.
 */
class SignInAcrossNodesTest {
    static TestDatabase database;
    static URI redis;
    static String prefix;
    static Tonearm nodeA;
    static Tonearm nodeB;
    static Api a;
    static Api b;

    @BeforeAll
    static void startTwoNodes(@TempDir Path dataDir) {
        database = TestDatabase.create();
        redis = RedisTestSupport.sharedServer();
        prefix = RedisTestSupport.uniquePrefix();
        Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(), dataDir));
        environment.put("TONEARM_REDIS_URL", redis.toString());
        environment.put("TONEARM_REDIS_KEY_PREFIX", prefix);
        environment.put("TONEARM_REDIS_TIMEOUT", "2s");
        environment.put("TONEARM_REDIS_STALENESS_BOUND", "5s");
        nodeA = Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC());
        nodeB = Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC());
        a = new Api(nodeA.uri());
        b = new Api(nodeB.uri());
        for (Api node : new Api[] {a, b}) {
            Await.until("the node uses Redis",
                    () -> node.get("/api/cache/stats").body().get("tiers").get(1).get("available").asBoolean());
        }
    }

    @AfterAll
    static void stopNodes() {
        for (Tonearm node : new Tonearm[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (database != null) {
            database.close();
        }
        RedisTestSupport.deleteKeys(redis, prefix);
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
