package io.tonearm.adapters.cache;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.micrometer.core.instrument.MeterRegistry;
import io.tonearm.domain.port.QueryCache;
import java.util.Objects;
import redis.clients.jedis.JedisPooled;

/**
 * Binds {@link QueryCache} to the layered cache: Caffeine in the process (tier 1) over Redis shared by every
 * process (tier 2), with invalidations broadcast between processes. Creating the injector does not connect:
 * the cache works without Redis and starts using it once it answers.
 *
 * <p>The bound instance is {@link AutoCloseable}: close it at shutdown to stop its background threads (they are
 * daemons, so forgetting does not keep the JVM alive) and close the connections.
 */
public final class RedisCacheModule extends AbstractModule {
    private final CacheSettings cacheSettings;
    private final RedisSettings redisSettings;

    /** A module with the given settings of both tiers. */
    public RedisCacheModule(CacheSettings cacheSettings, RedisSettings redisSettings) {
        this.cacheSettings = Objects.requireNonNull(cacheSettings, "cacheSettings");
        this.redisSettings = Objects.requireNonNull(redisSettings, "redisSettings");
    }

    @Override
    protected void configure() {
        bind(CacheSettings.class).toInstance(cacheSettings);
        bind(RedisSettings.class).toInstance(redisSettings);
        bind(ValueCodec.class).in(Singleton.class);
        bind(CacheClock.class).in(Singleton.class);
        bind(LocalTier.class).in(Singleton.class);
        bind(SharedTier.class).to(RedisTier.class);
        bind(RedisTier.class).in(Singleton.class);
        bind(TieredQueryCache.class).in(Singleton.class);
        bind(QueryCache.class).to(TieredQueryCache.class);
        // the process's metrics registry when bootstrap binds one: the cache's meters are read there at scrape time
        OptionalBinder.newOptionalBinder(binder(), MeterRegistry.class);
        bind(CacheMeters.class).asEagerSingleton();
    }

    /** The connection pool; creating it opens no connection. */
    @Provides
    @Singleton
    JedisPooled jedis(RedisSettings settings) {
        return new RedisConnections(settings).pool();
    }
}
