package io.tonearm.application.changelog;

import java.time.Duration;
import java.util.Objects;

/**
 * How a process follows the change log.
 *
 * @param poll      how often the log is read (a change by another process is seen within this plus one request)
 * @param retention how long rows are kept before they are pruned
 * @param holeGrace how long a position missing between two rows is waited for (a transaction that took it may
 *                  not have committed yet) before it counts as a gap, which drops this process's own tier
 * @param trustFor  how long this process's own tier is trusted after the last read of the log that worked: the
 *                  longest time a cached result lives (a result older than that has expired anyway)
 */
public record CoherenceSettings(Duration poll, Duration retention, Duration holeGrace, Duration trustFor) {
    /** Poll every 500 ms, keep 24 hours, wait 5 s for a missing position, trust for 10 minutes (the cache's TTL). */
    public static final CoherenceSettings DEFAULTS = new CoherenceSettings(Duration.ofMillis(500),
            Duration.ofHours(24), Duration.ofSeconds(5), Duration.ofMinutes(10));

    /** @throws IllegalArgumentException naming the setting that is not positive */
    public CoherenceSettings {
        positive("poll", poll);
        positive("retention", retention);
        positive("holeGrace", holeGrace);
        positive("trustFor", trustFor);
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive but was " + value);
        }
    }
}
