package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.adapters.cache.RedisTestSupport;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.domain.port.QueryCache;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two whole Tonearm processes (in one JVM) sharing one database and one Redis, configured through
 * {@code TONEARM_REDIS_URL} as in production: the layered cache as an API client sees it.
 */
class LayeredCacheApiTest {
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
        // a busy test machine must not make Redis look down (the failure behaviour is tested in adapters-cache)
        environment.put("TONEARM_REDIS_TIMEOUT", "2s");
        // nor a starved maintenance thread make a node skip tier 2 (it uses it only while confirmed within the bound)
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

    @BeforeEach
    void emptyCatalogAndCaches() {
        database.truncate();
        nodeA.injector().getInstance(QueryCache.class).invalidateAll(); // reaches node B too
    }

    @Test
    void everyGet_saysWhichTierAnswered_missThenTier1_andTier2OnTheOtherNode() {
        long id = a.add(TrackJson.track("Money").by("Pink Floyd").json());

        Api.Response loaded = a.get("/api/tracks/" + id);
        Api.Response again = a.get("/api/tracks/" + id);
        Api.Response otherNode = b.get("/api/tracks/" + id);
        Api.Response otherNodeAgain = b.get("/api/tracks/" + id);

        assertThat(loaded.header("X-Cache-Source")).isEqualTo("miss");
        assertThat(loaded.header("X-Cache-Hit")).isEqualTo("false");
        assertThat(again.header("X-Cache-Source")).isEqualTo("tier1");
        assertThat(again.header("X-Cache-Hit")).isEqualTo("true");
        assertThat(otherNode.header("X-Cache-Source")).isEqualTo("tier2");
        assertThat(otherNode.header("X-Cache-Hit")).isEqualTo("true");
        assertThat(otherNodeAgain.header("X-Cache-Source")).isEqualTo("tier1");
        assertThat(again.header("X-Processing-Time-Ms")).matches("\\d+\\.\\d{3}");
        assertThat(otherNode.body()).isEqualTo(loaded.body());
    }

    @Test
    void aFavoriteSetOnOneNode_isServedByTheOtherAsSoonAsTheCallReturned() {
        long id = a.add(TrackJson.track("Time").by("Pink Floyd").json());
        b.get("/api/tracks/" + id);
        b.get("/api/tracks/favorites");
        assertThat(b.get("/api/tracks/" + id).header("X-Cache-Source")).isEqualTo("tier1");

        assertThat(a.put("/api/tracks/" + id + "/favorite").status()).isEqualTo(204);

        Api.Response track = b.get("/api/tracks/" + id);
        assertThat(track.body().get("favorite").asBoolean()).isTrue();
        assertThat(track.header("X-Cache-Source")).isNotEqualTo("tier1");
        assertThat(b.get("/api/tracks/favorites").ids()).containsExactly(id);
    }

    @Test
    void invalidatingByHandOnOneNode_dropsTheOtherNodesTier1() {
        long id = a.add(TrackJson.track("Echoes").by("Pink Floyd").json());
        b.get("/api/tracks/" + id);

        assertThat(a.post("/api/cache/invalidate", "{\"queries\": [\"track.byId\"]}").status()).isEqualTo(204);

        assertThat(b.get("/api/tracks/" + id).header("X-Cache-Source")).isEqualTo("miss");
    }

    @Test
    void statsAndHealth_reportBothTiersAndTheEndpoints() {
        long id = a.add(TrackJson.track("Breathe").by("Pink Floyd").json());
        a.get("/api/tracks/" + id);
        a.get("/api/tracks/" + id);

        Api.Response stats = a.get("/api/cache/stats");
        Api.Response health = a.get("/api/cache/health");

        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.body().get("tiers").findValuesAsText("tier")).containsExactly("tier1", "tier2");
        assertThat(stats.body().get("tiers").get(1).get("status").asText()).isEqualTo("up");
        assertThat(stats.body().get("tiers").get(1).get("bytes").asLong()).isPositive();
        assertThat(stats.body().get("queries").findValuesAsText("query")).contains("track.byId");
        assertThat(stats.body().get("endpoints").findValuesAsText("endpoint")).contains("GET /api/tracks/{id}");
        assertThat(health.status()).as(health.text()).isIn(200, 503);
        assertThat(health.body().get("health").asText()).isIn("healthy", "warning", "critical");
        assertThat(health.status() == 503).isEqualTo(health.body().get("health").asText().equals("critical"));
    }
}
