package io.tonearm.bootstrap;

import io.tonearm.adapters.cache.RedisTestSupport;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Two Tonearm servers on one new database, as two nodes of one installation: sharing one Redis (each run its own key
 * prefix), or sharing nothing but the database, where only the change log carries changes from one to the other.
 * Clients of each sign in as the first admin.
 */
final class TwoNodes implements AutoCloseable {
    final TestDatabase database;
    final Tonearm nodeA;
    final Tonearm nodeB;
    final Api a;
    final Api b;
    private final URI redis;
    private final String prefix;

    private TwoNodes(TestDatabase database, URI redis, String prefix, Map<String, String> environment) {
        this.database = database;
        this.redis = redis;
        this.prefix = prefix;
        Tonearm first = null;
        try {
            first = Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC());
            this.nodeA = first;
            this.nodeB = Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC());
        } catch (RuntimeException e) {
            if (first != null) {
                first.close();
            }
            database.close();
            throw e;
        }
        this.a = new Api(nodeA.uri());
        this.b = new Api(nodeB.uri());
    }

    /** @return two nodes sharing a new database and Redis, once both use Redis */
    static TwoNodes withRedis(Path dataDir) {
        TestDatabase database = TestDatabase.create();
        URI redis = RedisTestSupport.sharedServer();
        String prefix = RedisTestSupport.uniquePrefix();
        Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(), dataDir));
        environment.put("TONEARM_REDIS_URL", redis.toString());
        environment.put("TONEARM_REDIS_KEY_PREFIX", prefix);
        environment.put("TONEARM_REDIS_TIMEOUT", "2s");
        environment.put("TONEARM_REDIS_STALENESS_BOUND", "5s");
        TwoNodes nodes = new TwoNodes(database, redis, prefix, environment);
        for (Api node : new Api[] {nodes.a, nodes.b}) {
            Await.until("the node uses Redis",
                    () -> node.get("/api/cache/stats").body().get("tiers").get(1).get("available").asBoolean());
        }
        return nodes;
    }

    /**
     * @param poll how often each node reads the change log, e.g. {@code "100ms"}
     * @return two nodes sharing a new database only: each keeps its own cache and hears of the other's changes
     *     through the change log alone
     */
    static TwoNodes withoutRedis(Path dataDir, String poll) {
        TestDatabase database = TestDatabase.create();
        Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(), dataDir));
        environment.put("TONEARM_CACHE_COHERENCE_POLL", poll);
        return new TwoNodes(database, null, null, environment);
    }

    @Override
    public void close() {
        try {
            nodeA.close();
            nodeB.close();
        } finally {
            database.close();
            if (redis != null) {
                RedisTestSupport.deleteKeys(redis, prefix);
            }
        }
    }
}
