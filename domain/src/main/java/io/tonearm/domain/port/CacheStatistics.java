package io.tonearm.domain.port;

import java.util.List;

/**
 * What a {@link QueryCache} has done since it started.
 *
 * @param tiers   the counters of each storage tier, the nearest first (for example "tier1", then "tier2")
 * @param queries the counters of each named query, as seen from the caller (a hit in any tier is a hit)
 */
public record CacheStatistics(List<TierStatistics> tiers, List<QueryStatistics> queries) {
    public CacheStatistics {
        tiers = List.copyOf(tiers);
        queries = List.copyOf(queries);
    }
}
