package io.tonearm.adapters.cache;

import io.tonearm.domain.port.TierStatistics;
import java.net.URI;
import java.time.Duration;

/** One process's layered cache, built the way {@link RedisCacheModule} builds it, with handles for assertions. */
final class CacheNode implements AutoCloseable {
    final LocalTier tier1;
    final RedisTier tier2;
    final TieredQueryCache cache;

    private CacheNode(RedisSettings settings, CacheSettings cacheSettings, CacheClock clock) {
        this.tier1 = new LocalTier(cacheSettings, new ValueCodec(), clock);
        this.tier2 = new RedisTier(tier1, new RedisConnections(settings).pool(), settings, cacheSettings);
        this.cache = new TieredQueryCache(tier1, tier2, cacheSettings);
    }

    /**
     * Settings for tests that are not about failures: generous timeouts, so a busy machine causes no flakiness. The
     * staleness bound is one too: a node uses tier 2 only while its last confirmation (a pong, every quarter of the
     * bound) is younger than the bound, which a starved maintenance thread could miss by a second. The
     * acknowledgement wait stays as long as the bound, which keeps the consistency promise whole.
     */
    static RedisSettings patientSettings(URI server, String prefix) {
        return RedisSettings.defaults(server).withKeyPrefix(prefix).withTimeout(Duration.ofSeconds(2))
                .withStalenessBound(Duration.ofSeconds(5)).withAcknowledgementTimeout(Duration.ofSeconds(5));
    }

    static CacheNode start(RedisSettings settings) {
        return new CacheNode(settings, CacheSettings.defaults(), new CacheClock());
    }

    /** @param clock the time in nanoseconds of both tiers (expiry, freshness, staleness) */
    static CacheNode start(RedisSettings settings, CacheSettings cacheSettings, java.util.function.LongSupplier clock) {
        return new CacheNode(settings, cacheSettings, new CacheClock(clock));
    }

    /** Waits until the node subscribed, resynchronized and has nothing left to broadcast. */
    CacheNode awaitInStep() {
        RedisTestSupport.awaitTrue("the cache node is in step with Redis", Duration.ofSeconds(20), tier2::inStep);
        return this;
    }

    TierStatistics tier(String name) {
        return cache.statistics().tiers().stream().filter(tier -> tier.tier().equals(name)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        cache.close();
    }
}
