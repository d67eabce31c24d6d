package io.tonearm.domain.port;

import java.util.Objects;

/**
 * The counters of one storage tier of a cache, and whether it works.
 *
 * @param tier      the tier's name, such as {@code "tier1"}
 * @param requests  lookups in this tier
 * @param hits      lookups that found a result
 * @param misses    lookups that did not
 * @param evictions results dropped for size or age (not by invalidation)
 * @param entries   results held now (an estimate where the tier cannot count exactly)
 * @param bytes     serialized size of the results held now (an estimate where the tier cannot count exactly)
 * @param errors    lookups or writes that failed (for example a remote tier being unreachable)
 * @param available whether the tier is in use now; a remote tier that cannot be reached is skipped (reads fall
 *                  through to the next tier or the store) and reported here as unavailable
 * @param status    {@code "up"} while available, otherwise what is wrong, for example since when the tier has
 *                  been unreachable and why
 */
public record TierStatistics(String tier, long requests, long hits, long misses, long evictions, long entries,
                             long bytes, long errors, boolean available, String status) {
    public TierStatistics {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(status, "status");
    }

    /** The counters of a tier that is available. */
    public TierStatistics(String tier, long requests, long hits, long misses, long evictions, long entries,
                          long bytes, long errors) {
        this(tier, requests, hits, misses, evictions, entries, bytes, errors, true, "up");
    }

    /** @return hits divided by requests, or 0 before the first request */
    public double hitRate() {
        return requests == 0 ? 0 : (double) hits / requests;
    }
}
