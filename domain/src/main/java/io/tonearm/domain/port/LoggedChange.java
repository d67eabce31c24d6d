package io.tonearm.domain.port;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the {@link ChangeLog}: a committed change of the catalog and what it made stale in the cache.
 *
 * @param position     its place in the log, higher for later rows (not every position is used: see
 *                     {@link ChangeLog})
 * @param at           when it was written
 * @param own          whether this process wrote it (and so has already applied it to its own cache)
 * @param invalidation what the change made stale
 */
public record LoggedChange(long position, Instant at, boolean own, CacheInvalidation invalidation) {
    /** @throws IllegalArgumentException if the position is not positive */
    public LoggedChange {
        if (position < 1) {
            throw new IllegalArgumentException("position must be positive but was " + position);
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(invalidation, "invalidation");
    }
}
