package io.tonearm.adapters.cache;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.micrometer.core.instrument.MeterRegistry;
import io.tonearm.domain.port.QueryCache;
import java.util.Objects;

/**
 * Binds {@link QueryCache} to a cache held in this process only (Caffeine, bounded by the serialized size of its
 * results): for a single process, or when no Redis is configured. The bound instance is {@link AutoCloseable};
 * closing it is harmless and lets the caller treat both cache modules alike.
 */
public final class LocalCacheModule extends AbstractModule {
    private final CacheSettings settings;

    /** A module with {@link CacheSettings#defaults()}. */
    public LocalCacheModule() {
        this(CacheSettings.defaults());
    }

    /** A module with the given settings. */
    public LocalCacheModule(CacheSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    protected void configure() {
        bind(CacheSettings.class).toInstance(settings);
        bind(ValueCodec.class).in(Singleton.class);
        bind(CacheClock.class).in(Singleton.class);
        bind(LocalTier.class).in(Singleton.class);
        bind(SharedTier.class).to(NoSharedTier.class);
        bind(NoSharedTier.class).in(Singleton.class);
        bind(TieredQueryCache.class).in(Singleton.class);
        bind(QueryCache.class).to(TieredQueryCache.class);
        // the process's metrics registry when bootstrap binds one: the cache's meters are read there at scrape time
        OptionalBinder.newOptionalBinder(binder(), MeterRegistry.class);
        bind(CacheMeters.class).asEagerSingleton();
    }
}
