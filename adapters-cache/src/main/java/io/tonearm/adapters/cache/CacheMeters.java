package io.tonearm.adapters.cache;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.tonearm.domain.port.TierStatistics;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * The cache's meters in the process's registry, when one is bound; nothing is counted for them on the read path.
 * Each tier's counters and sizes ({@value #TIER}{@code .*}, tag {@code tier}) are read from the tiers' statistics at
 * most once a second, however many meters a scrape reads (the shared tier's statistics cost a Redis call); each named
 * query's counters ({@value #QUERY}{@code .*}, tag {@code query}) are read straight from the query's own counters.
 * A query's meters appear at the first scrape after the query's first use.
 */
final class CacheMeters {
    static final String TIER = "tonearm.cache.tier";
    static final String QUERY = "tonearm.cache.query";
    /** How long the tiers' statistics are reused across the meters of a scrape. */
    static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final MeterRegistry registry;
    private final LocalTier tier1;
    private final SharedTier tier2;
    private final Set<String> registeredQueries = new HashSet<>();
    private final Set<String> registeredTiers = new HashSet<>();
    // guarded by this
    private List<TierStatistics> tiers = List.of();
    private long readAt;
    private boolean read;

    @Inject
    CacheMeters(Optional<MeterRegistry> registry, LocalTier tier1, SharedTier tier2) {
        this.registry = registry.orElse(null);
        this.tier1 = tier1;
        this.tier2 = tier2;
        if (this.registry != null) {
            tiers();
        }
    }

    /**
     * @return the tiers' statistics, read again when older than {@link #FRESH_NANOS}; registers the meters of tiers
     *     and queries met for the first time (a walk over the few named queries, not over results)
     */
    private synchronized List<TierStatistics> tiers() {
        long now = System.nanoTime();
        if (!read || now - readAt >= FRESH_NANOS) {
            List<TierStatistics> current = new ArrayList<>(2);
            current.add(tier1.statistics());
            TierStatistics shared = tier2.statistics();
            if (shared != null) {
                current.add(shared);
            }
            tiers = List.copyOf(current);
            readAt = now;
            read = true;
            for (int i = 0; i < tiers.size(); i++) {
                if (registeredTiers.add(tiers.get(i).tier())) {
                    registerTier(i, tiers.get(i).tier());
                }
            }
        }
        for (QueryState query : tier1.queries()) {
            if (query.parent() == null && registeredQueries.add(query.name())) {
                registerQuery(query);
            }
        }
        return tiers;
    }

    private double tier(int index, ToDoubleFunction<TierStatistics> value) {
        List<TierStatistics> now = tiers();
        return index < now.size() ? value.applyAsDouble(now.get(index)) : Double.NaN;
    }

    private void registerTier(int index, String name) {
        tierCounter(index, name, "requests", "lookups in the tier", TierStatistics::requests);
        tierCounter(index, name, "hits", "lookups that found a result", TierStatistics::hits);
        tierCounter(index, name, "misses", "lookups that found none", TierStatistics::misses);
        tierCounter(index, name, "evictions", "results dropped for size or age", TierStatistics::evictions);
        tierCounter(index, name, "errors", "lookups or writes that failed", TierStatistics::errors);
        Gauge.builder(TIER + ".entries", this, meters -> meters.tier(index, TierStatistics::entries))
                .description("results held now").tag("tier", name).register(registry);
        Gauge.builder(TIER + ".bytes", this, meters -> meters.tier(index, TierStatistics::bytes))
                .description("serialized size of the results held now").baseUnit("bytes").tag("tier", name)
                .register(registry);
        Gauge.builder(TIER + ".available", this, meters -> meters.tier(index, tier -> tier.available() ? 1 : 0))
                .description("1 while the tier is in use, 0 while reads skip it").tag("tier", name)
                .register(registry);
    }

    private void tierCounter(int index, String tier, String name, String description,
                             ToDoubleFunction<TierStatistics> value) {
        FunctionCounter.builder(TIER + "." + name, this, meters -> meters.tier(index, value))
                .description(description).tag("tier", tier).register(registry);
    }

    private void registerQuery(QueryState query) {
        String name = query.name();
        queryCounter(query, "requests", "reads of the query", state -> state.tier1Hits.sum() + state.tier1Misses.sum());
        FunctionCounter.builder(QUERY + ".hits", query, state -> state.tier1Hits.sum())
                .description("reads answered by a cache tier").tags("query", name, "tier", LocalTier.NAME)
                .register(registry);
        FunctionCounter.builder(QUERY + ".hits", query, state -> state.tier2Hits.sum())
                .description("reads answered by a cache tier").tags("query", name, "tier", RedisTier.NAME)
                .register(registry);
        queryCounter(query, "misses", "reads that had to load (or join a load)",
                state -> Math.max(0, state.tier1Misses.sum() - state.tier2Hits.sum()));
        FunctionTimer.builder(QUERY + ".loads", query, state -> state.loads.sum(), state -> state.loadNanos.sum(),
                        TimeUnit.NANOSECONDS)
                .description("loads from the store, and the time they took").tag("query", name).register(registry);
        queryCounter(query, "evictions", "results dropped from the in-process tier for size or age",
                state -> state.evictions.sum());
        queryCounter(query, "invalidations", "invalidations this process asked for (whole query, partition or entry)",
                state -> state.invalidations.sum());
        queryCounter(query, "tier2.errors", "shared-tier commands for the query that failed",
                state -> state.tier2Errors.sum());
    }

    private void queryCounter(QueryState query, String name, String description, ToDoubleFunction<QueryState> value) {
        FunctionCounter.builder(QUERY + "." + name, query, value).description(description)
                .tag("query", query.name()).register(registry);
    }
}
