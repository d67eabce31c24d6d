package io.tonearm.application.monitoring;

import io.tonearm.domain.port.CacheStatistics;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The cache as one check saw it.
 *
 * @param at             when
 * @param health         the worst finding, or HEALTHY
 * @param findings       the thresholds found exceeded
 * @param requests       reads of the cache since it started (as callers see them: a hit in any tier is a hit)
 * @param hits           those answered from a tier
 * @param recentRequests reads since the previous snapshot (all of them for the first)
 * @param recentHits     hits since the previous snapshot
 * @param tier1Bytes     bytes held by the nearest tier
 * @param tier2Bytes     bytes held by the second tier, 0 without one
 * @param totalBytes     bytes held by every tier
 * @param statistics     the cache's full counters
 */
public record CacheSnapshot(Instant at, Health health, List<Finding> findings, long requests, long hits,
                            long recentRequests, long recentHits, long tier1Bytes, long tier2Bytes, long totalBytes,
                            CacheStatistics statistics) {
    public CacheSnapshot {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(health, "health");
        findings = List.copyOf(findings);
        Objects.requireNonNull(statistics, "statistics");
    }

    /** @return hits divided by requests since the cache started, or 0 before the first request */
    public double hitRate() {
        return requests == 0 ? 0 : (double) hits / requests;
    }
}
