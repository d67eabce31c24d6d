package io.tonearm.adapters.cache;

import static io.tonearm.adapters.cache.TestValues.TRACKS_ALL;
import static io.tonearm.adapters.cache.TestValues.TRACK_BY_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.QueryCache;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With a registry bound, the cache's tiers and named queries are meters whose values follow the reads. */
class CacheMetersTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Injector injector = Guice.createInjector(new LocalCacheModule(),
            binder -> binder.bind(MeterRegistry.class).toInstance(registry));
    private final QueryCache cache = injector.getInstance(QueryCache.class);

    @Test
    void aQuerysHitsMissesLoadsAndInvalidations_areCounted_perQuery_andItsMetersAppearAfterItsFirstUse() {
        cache.get(TRACK_BY_ID, CacheKey.of(1), () -> TestValues.track(1));
        cache.get(TRACK_BY_ID, CacheKey.of(1), () -> TestValues.track(1));
        cache.get(TRACK_BY_ID, CacheKey.of(1), () -> TestValues.track(1));
        cache.get(TRACK_BY_ID, CacheKey.of(2), () -> TestValues.track(2));
        cache.invalidate(TRACK_BY_ID, CacheKey.of(1));
        cache.invalidateQueries(List.of(TRACK_BY_ID.name()));
        readTiers(); // a scrape reads the tiers first, and finds the new query there

        assertThat(queryCounter("requests", TRACK_BY_ID.name())).isEqualTo(4);
        assertThat(registry.get(CacheMeters.QUERY + ".hits").tags("query", TRACK_BY_ID.name(), "tier", "tier1")
                .functionCounter().count()).isEqualTo(2);
        assertThat(registry.get(CacheMeters.QUERY + ".hits").tags("query", TRACK_BY_ID.name(), "tier", "tier2")
                .functionCounter().count()).isZero();
        assertThat(queryCounter("misses", TRACK_BY_ID.name())).isEqualTo(2);
        FunctionTimer loads = registry.get(CacheMeters.QUERY + ".loads").tag("query", TRACK_BY_ID.name())
                .functionTimer();
        assertThat(loads.count()).isEqualTo(2);
        assertThat(queryCounter("invalidations", TRACK_BY_ID.name())).isEqualTo(2);
        assertThat(registry.find(CacheMeters.QUERY + ".requests").tag("query", TRACKS_ALL.name()).functionCounter())
                .as("a query never used").isNull();

        cache.get(TRACK_BY_ID, CacheKey.of(2), () -> TestValues.track(2));

        assertThat(queryCounter("requests", TRACK_BY_ID.name())).as("read live, not from a snapshot").isEqualTo(5);
        assertThat(queryCounter("misses", TRACK_BY_ID.name())).isEqualTo(3);
    }

    @Test
    void theTiersCounters_andSizes_areMeters_taggedByTier() {
        cache.get(TRACK_BY_ID, CacheKey.of(1), () -> TestValues.track(1));
        cache.get(TRACK_BY_ID, CacheKey.of(1), () -> TestValues.track(1));
        cache.invalidateAll();

        assertThat(tierCounter("requests")).isEqualTo(2);
        assertThat(tierCounter("hits")).isEqualTo(1);
        assertThat(tierCounter("misses")).isEqualTo(1);
        assertThat(registry.get(CacheMeters.TIER + ".available").tag("tier", "tier1").gauge().value()).isEqualTo(1);
        assertThat(registry.get(CacheMeters.TIER + ".bytes").tag("tier", "tier1").gauge().value()).isPositive();
        assertThat(registry.find(CacheMeters.TIER + ".requests").tag("tier", "tier2").functionCounter())
                .as("no shared tier without Redis").isNull();
        assertThat(queryCounter("invalidations", TRACK_BY_ID.name())).as("invalidateAll drops every query")
                .isEqualTo(1);
    }

    @Test
    void withoutARegistry_theCacheWorksAndRegistersNothing() {
        QueryCache alone = Guice.createInjector(new LocalCacheModule()).getInstance(QueryCache.class);

        assertThat(alone.get(TRACK_BY_ID, CacheKey.of(1), () -> TestValues.track(1))).isEqualTo(TestValues.track(1));
    }

    private void readTiers() {
        registry.get(CacheMeters.TIER + ".requests").tag("tier", "tier1").functionCounter().count();
    }

    private double tierCounter(String name) {
        try {
            Thread.sleep(CacheMeters.FRESH_NANOS / 1_000_000 + 10); // past the reuse of the last statistics read
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return registry.get(CacheMeters.TIER + "." + name).tag("tier", "tier1").functionCounter().count();
    }

    private double queryCounter(String name, String query) {
        FunctionCounter counter = registry.get(CacheMeters.QUERY + "." + name).tag("query", query).functionCounter();
        return counter.count();
    }
}
