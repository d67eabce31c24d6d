package io.tonearm.domain.port;

import java.util.Objects;

/**
 * The counters of one named query.
 *
 * @param query         the query's name
 * @param requests      reads of the query
 * @param hits          reads answered from a cache tier
 * @param misses        reads that had to load
 * @param loads         loads that completed
 * @param loadTimeNanos time spent loading, in total
 * @param tier2Hits     of the hits, those answered by the shared tier (the others by the in-process tier)
 * @param tier2Errors   the shared tier's commands for this query that failed (reads, writes, generation reads)
 * @param tier1         what the in-process tier holds of the query's results
 * @param tier2         what the shared tier holds of them ({@link StoredResults#NONE} without one)
 */
public record QueryStatistics(String query, long requests, long hits, long misses, long loads,
                              long loadTimeNanos, long tier2Hits, long tier2Errors, StoredResults tier1,
                              StoredResults tier2) {
    public QueryStatistics {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(tier1, "tier1");
        Objects.requireNonNull(tier2, "tier2");
    }

    /** The counters of a query of a cache with a single tier and no size accounting. */
    public QueryStatistics(String query, long requests, long hits, long misses, long loads, long loadTimeNanos) {
        this(query, requests, hits, misses, loads, loadTimeNanos, 0, 0, StoredResults.NONE, StoredResults.NONE);
    }

    /** @return the hits answered by the in-process tier */
    public long tier1Hits() {
        return hits - tier2Hits;
    }

    /** @return hits divided by requests, or 0 before the first request */
    public double hitRate() {
        return requests == 0 ? 0 : (double) hits / requests;
    }

    /** @return the mean load time in nanoseconds, or 0 before the first load */
    public double averageLoadNanos() {
        return loads == 0 ? 0 : (double) loadTimeNanos / loads;
    }
}
