package io.tonearm.adapters.cache;

import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.QueryCache;
import java.time.Duration;
import redis.clients.jedis.JedisPooled;

/**
 * What the benchmarks (in the {@code bench} sub-package) need from the package-private cache: caches built like
 * the Guice modules build them, and the raw Caffeine and Jedis calls they are compared with.
 */
public final class BenchNodes implements AutoCloseable {
    private final LocalTier tier1;
    private final RedisTier tier2;
    private final JedisPooled jedis;
    private final TieredQueryCache cache;
    private final String prefix;
    private final java.net.URI server;

    private BenchNodes(LocalTier tier1, RedisTier tier2, JedisPooled jedis, TieredQueryCache cache, java.net.URI server,
                       String prefix) {
        this.tier1 = tier1;
        this.tier2 = tier2;
        this.jedis = jedis;
        this.cache = cache;
        this.server = server;
        this.prefix = prefix;
    }

    /** @return a cache with tier 1 only, as {@link LocalCacheModule} binds it */
    public static BenchNodes local() {
        CacheSettings settings = CacheSettings.defaults();
        LocalTier tier1 = new LocalTier(settings, new ValueCodec(), new CacheClock());
        return new BenchNodes(tier1, null, null, new TieredQueryCache(tier1, new NoSharedTier(), settings), null, null);
    }

    /**
     * @param tier1Bytes the bound of tier 1; 0 turns it off so that every read goes to tier 2
     * @param acknowledgementTimeout how long an invalidation waits for the other nodes
     * @return a node of the layered cache on the shared test Redis, in step
     */
    public static BenchNodes layered(String prefix, long tier1Bytes, Duration acknowledgementTimeout) {
        java.net.URI server = RedisTestSupport.sharedServer();
        CacheSettings settings = CacheSettings.defaults().withTier1MaxBytes(tier1Bytes);
        RedisSettings redisSettings = RedisSettings.defaults(server).withKeyPrefix(prefix)
                .withAcknowledgementTimeout(acknowledgementTimeout);
        LocalTier tier1 = new LocalTier(settings, new ValueCodec(), new CacheClock());
        JedisPooled jedis = new RedisConnections(redisSettings).pool();
        RedisTier tier2 = new RedisTier(tier1, jedis, redisSettings, settings);
        BenchNodes node = new BenchNodes(tier1, tier2, jedis, new TieredQueryCache(tier1, tier2, settings), server, prefix);
        RedisTestSupport.awaitTrue("the node is in step", Duration.ofSeconds(20), tier2::inStep);
        return node;
    }

    public QueryCache cache() {
        return cache;
    }

    /** @return the raw Caffeine lookup of the tier-1 key under which {@code cache()} holds this result */
    public RawTier1 rawTier1(NamedQuery<?> query, CacheKey key) {
        QueryState state = tier1.query(query.name());
        Tier1Key tier1Key = new Tier1Key(state, state.generation().local(), key.value());
        if (tier1.lookup(tier1Key) == null) {
            throw new IllegalStateException("read " + query + " " + key + " through the cache first");
        }
        return () -> tier1.lookup(tier1Key);
    }

    /** @return the raw Jedis GET of the Redis key under which {@code cache()} holds this result */
    public RawTier2 rawTier2(NamedQuery<?> query, CacheKey key) {
        String entry;
        try (redis.clients.jedis.Jedis connection = RedisTestSupport.connect(server)) {
            entry = RedisTestSupport.keys(connection, prefix).stream()
                    .filter(name -> name.endsWith(":" + query.name() + ":" + key.value()) && name.contains(":e:"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("read " + query + " " + key + " first"));
        }
        byte[] redisKey = RedisKeys.bytes(entry);
        return () -> jedis.get(redisKey);
    }

    /** @return whether this node's tier 1 still holds the current result of the key */
    public boolean holds(NamedQuery<?> query, CacheKey key) {
        QueryState state = tier1.query(query.name());
        return tier1.lookup(new Tier1Key(state, state.generation().local(), key.value())) != null;
    }

    @Override
    public void close() {
        cache.close();
        if (prefix != null) {
            RedisTestSupport.deleteKeys(server, prefix);
        }
    }

    /** A raw Caffeine lookup. */
    @FunctionalInterface
    public interface RawTier1 {
        Object getIfPresent();
    }

    /** A raw Jedis GET. */
    @FunctionalInterface
    public interface RawTier2 {
        byte[] get();
    }
}
