package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.adapters.cache.RedisTestSupport;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server whose Redis goes away and comes back may have missed other processes' invalidations meanwhile: its cache
 * drops its own tier once it is back in step, and the server counts that as a gap, with the change log's gaps, in
 * {@code GET /api/cache/stats}.
 */
class RedisSubscriptionGapTest {

    @Test
    void aRedisKilledAndStartedAgain_isOneGapInTheCacheStatistics_sayingWhy(@TempDir Path dataDir) {
        try (TestDatabase database = TestDatabase.create();
             RedisTestSupport.PrivateRedis redis = RedisTestSupport.startPrivate()) {
            Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(), dataDir));
            environment.put("TONEARM_REDIS_URL", redis.uri().toString());
            // a busy test machine must not make Redis look down, or a silent subscription be dropped: one gap only
            environment.put("TONEARM_REDIS_TIMEOUT", "2s");
            environment.put("TONEARM_REDIS_STALENESS_BOUND", "5s");
            try (Tonearm tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC())) {
                Api api = new Api(tonearm.uri());
                Await.until("the server uses Redis", () -> redisInUse(api));
                assertThat(changeLog(api).path("gaps").asLong()).as("the first subscription is no gap").isZero();

                redis.kill();
                Await.until("the server stops using Redis", () -> !redisInUse(api));
                redis.start();
                Await.until("the server uses Redis again", () -> redisInUse(api));
                Await.until(() -> "the gap is counted: " + changeLog(api),
                        () -> changeLog(api).path("gaps").asLong() > 0);

                JsonNode changeLog = changeLog(api);
                assertThat(changeLog.path("gaps").asLong()).as("%s", changeLog).isEqualTo(1);
                assertThat(changeLog.path("lastGap").asText()).startsWith("the subscription to Redis was lost at ")
                        .contains("own cache tier (tier 1) was dropped once");
            }
        }
    }

    private static boolean redisInUse(Api api) {
        return api.get("/api/cache/stats").body().path("tiers").path(1).path("available").asBoolean();
    }

    private static JsonNode changeLog(Api api) {
        return api.get("/api/cache/stats").body().path("changeLog");
    }
}
