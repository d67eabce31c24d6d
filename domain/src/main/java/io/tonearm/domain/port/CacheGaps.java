package io.tonearm.domain.port;

import java.util.Objects;

/**
 * The times a {@link QueryCache} dropped the whole tier it keeps for its own process by itself, because it may have
 * missed another process's invalidation (for example its subscription to the others' invalidations was lost and
 * came back), and why it did so the last time.
 *
 * @param count how many times since the cache started
 * @param last  what the last one was and what was done, or "" if there was none
 */
public record CacheGaps(long count, String last) {
    /** No gap so far. */
    public static final CacheGaps NONE = new CacheGaps(0, "");

    /** @throws IllegalArgumentException if {@code count} is negative */
    public CacheGaps {
        Objects.requireNonNull(last, "last");
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0 but was " + count);
        }
    }

    /** @return these gaps and one more, for {@code reason} */
    public CacheGaps plus(String reason) {
        return new CacheGaps(count + 1, Objects.requireNonNull(reason, "reason"));
    }
}
