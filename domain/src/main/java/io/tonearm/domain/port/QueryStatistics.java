package io.tonearm.domain.port;

/**
 * The counters of one named query.
 *
 * @param query         the query's name
 * @param requests      reads of the query
 * @param hits          reads answered from a cache tier
 * @param misses        reads that had to load
 * @param loads         loads that completed
 * @param loadTimeNanos time spent loading, in total
 */
public record QueryStatistics(String query, long requests, long hits, long misses, long loads,
                              long loadTimeNanos) {
    /** @return hits divided by requests, or 0 before the first request */
    public double hitRate() {
        return requests == 0 ? 0 : (double) hits / requests;
    }

    /** @return the mean load time in nanoseconds, or 0 before the first load */
    public double averageLoadNanos() {
        return loads == 0 ? 0 : (double) loadTimeNanos / loads;
    }
}
