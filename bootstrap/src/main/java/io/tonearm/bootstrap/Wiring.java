package io.tonearm.bootstrap;

import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.tonearm.adapters.persistence.users.SubsonicKey;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tonearm.adapters.cache.CacheSettings;
import io.tonearm.adapters.cache.LocalCacheModule;
import io.tonearm.adapters.cache.RedisCacheModule;
import io.tonearm.adapters.cache.RedisSettings;
import io.tonearm.adapters.http.HttpModule;
import io.tonearm.adapters.http.HttpSettings;
import io.tonearm.adapters.http.OperationsSettings;
import io.tonearm.adapters.http.auth.AuthSettings;
import io.tonearm.adapters.http.outbound.OutboundModule;
import io.tonearm.adapters.persistence.DatabaseSettings;
import io.tonearm.adapters.persistence.EmbeddedDatabase;
import io.tonearm.adapters.persistence.PersistenceModule;
import io.tonearm.adapters.persistence.media.ArtworkSettings;
import io.tonearm.adapters.persistence.media.MediaModule;
import io.tonearm.adapters.persistence.media.TranscodingSettings;
import io.tonearm.application.monitoring.MonitorSettings;
import io.tonearm.domain.ArtistSeparators;
import io.tonearm.domain.port.QueryCache;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the modules of the process from the configuration and translates the configuration into each
 * adapter's own settings. The one place that knows every adapter.
 */
final class Wiring {
    private Wiring() {
    }

    /** @return the modules for this configuration, with the catalog in {@code database} */
    static List<Module> modules(TonearmConfig config, DatabaseSettings database, Clock clock) {
        List<Module> modules = new ArrayList<>(List.of(
                new PersistenceModule(database, new ArtistSeparators(config.library().artistSeparators())),
                subsonicKeyModule(config),
                new MediaModule(artworkSettings(config), transcodingSettings(config)),
                cacheModule(config),
                new HttpModule(httpSettings(config.http()), AuthSettings.defaults(), operationsSettings(config.http())),
                new MetricsModule(),
                new ScanningModule(config.library()),
                new ApplicationModule(clock, config.library().writeTags(), monitorSettings(config.monitor()),
                        config.cache().coherenceSettings(), config.enrichment().settings(),
                        config.redis().required())));
        // the remote services only when the operator said who is calling them
        config.enrichment().outbound(VersionProvider.version()).ifPresent(
                settings -> modules.add(new OutboundModule(settings)));
        return List.copyOf(modules);
    }

    /**
     * The key of the users' Subsonic passwords: the configured one, else {@code <data-dir>/subsonic.key} (read, or
     * made, when first needed: no I/O while the injector is built).
     */
    static Module subsonicKeyModule(TonearmConfig config) {
        return binder -> OptionalBinder.newOptionalBinder(binder, SubsonicKey.class).setBinding()
                .toProvider(() -> config.auth().subsonicKey(config.dataDir())).in(Singleton.class);
    }

    /** The layered cache (Caffeine over Redis) when a Redis is configured, the in-process one alone otherwise. */
    static Module cacheModule(TonearmConfig config) {
        CacheSettings cache = cacheSettings(config.cache());
        return config.redis().uri()
                .<Module>map(uri -> new RedisCacheModule(cache, redisSettings(config.redis())))
                .orElseGet(() -> new LocalCacheModule(cache));
    }

    /**
     * @return the Redis tier's settings; the configured URL must be set. Invalidations wait for the other
     *     processes as long as the staleness bound, which keeps the cache's consistency promise whole
     */
    static RedisSettings redisSettings(RedisConfig redis) {
        return RedisSettings.defaults(redis.uri().orElseThrow()).withKeyPrefix(redis.keyPrefix())
                .withTimeout(redis.timeout()).withStalenessBound(redis.stalenessBound())
                .withAcknowledgementTimeout(redis.stalenessBound());
    }

    static MonitorSettings monitorSettings(MonitorConfig monitor) {
        MonitorSettings defaults = MonitorSettings.defaults();
        return new MonitorSettings(monitor.tier1MaxBytes(), monitor.tier2MaxBytes(), monitor.totalMaxBytes(),
                monitor.hitRateWarning(), monitor.hitRateCritical(), monitor.minimumRequests(),
                monitor.alertLifetime(), defaults.snapshotsKept(), defaults.endpointSamples(), defaults.mostEndpoints());
    }

    /** @return how to reach the configured server's database at {@code url} */
    static DatabaseSettings serverDatabase(DatabaseConfig db, String url) {
        return new DatabaseSettings(url, db.user(), db.password(), db.poolSize());
    }

    /** @return how to reach the embedded server's {@code name} database, creating it if missing */
    static DatabaseSettings embeddedDatabase(DatabaseConfig db, EmbeddedDatabase server, String name) {
        DatabaseSettings embedded = server.settings(name);
        return new DatabaseSettings(embedded.jdbcUrl(), embedded.user(), embedded.password(), db.poolSize());
    }

    static ArtworkSettings artworkSettings(TonearmConfig config) {
        return new ArtworkSettings(config.artworkCacheDir(), config.artwork().files(), config.artwork().maxPixels());
    }

    static TranscodingSettings transcodingSettings(TonearmConfig config) {
        TranscodingConfig transcoding = config.transcoding();
        return new TranscodingSettings(transcoding.ffmpeg(), config.transcodeCacheDir(), transcoding.cacheSize(),
                transcoding.effectiveMaxConcurrent(), transcoding.slotWait());
    }

    static HttpSettings httpSettings(HttpConfig http) {
        return new HttpSettings(http.host(), http.port(), http.shutdownGrace(), http.maxRequestBytes());
    }

    /** @return the access log, and the management port ({@value OperationsSettings#NO_MANAGEMENT_PORT} for none) */
    static OperationsSettings operationsSettings(HttpConfig http) {
        return new OperationsSettings(http.accessLog(), http.managementPort() == null
                ? OperationsSettings.NO_MANAGEMENT_PORT : http.managementPort());
    }

    /**
     * Binds the JVM's and the connection pool's meters to the process's registry.
     *
     * @return what to close at shutdown
     */
    static AutoCloseable instrument(Injector injector) {
        return MetricsModule.instrument(injector.getInstance(PrometheusMeterRegistry.class),
                injector.getInstance(HikariDataSource.class));
    }

    static CacheSettings cacheSettings(CacheConfig cache) {
        return new CacheSettings(cache.localMaxBytes(), cache.ttl(), cache.ttls(), cache.ttlJitter());
    }

    /** Closes the query cache, if its implementation holds anything to close (the Redis tier does). */
    static void closeCache(Injector injector) {
        if (injector.getInstance(QueryCache.class) instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not close the query cache: " + e.getMessage(), e);
            }
        }
    }

    /** Closes the connection pool that {@link PersistenceModule} opened. */
    static void closePool(Injector injector) {
        injector.getInstance(HikariDataSource.class).close();
    }
}
