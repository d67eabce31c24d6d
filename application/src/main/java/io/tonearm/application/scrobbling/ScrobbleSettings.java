package io.tonearm.application.scrobbling;

import java.time.Duration;
import java.util.Objects;

/**
 * How the queue is sent.
 *
 * @param interval   how often the queue is looked at for due listens
 * @param batch      the most listens claimed at once, 1 to 100 (also the most in one submission)
 * @param firstRetry how long a listen waits after its first failed attempt; each further failure doubles it
 * @param maxRetry   the longest wait between attempts
 * @param lease      how long a claim holds its listens before another process may take them
 * @param keepSent   how long accepted listens are kept (for the counts) before they are pruned
 */
public record ScrobbleSettings(Duration interval, int batch, Duration firstRetry, Duration maxRetry, Duration lease,
                               Duration keepSent) {
    /** Every 10 s, 100 at once, 30 s doubling to 1 h, claims of 2 min, accepted listens kept 7 days. */
    public static final ScrobbleSettings DEFAULT = new ScrobbleSettings(Duration.ofSeconds(10), 100,
            Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(2), Duration.ofDays(7));

    /** @throws IllegalArgumentException naming the setting that is out of range */
    public ScrobbleSettings {
        positive("interval", interval);
        positive("first retry", firstRetry);
        positive("max retry", maxRetry);
        positive("lease", lease);
        positive("keep sent", keepSent);
        if (batch < 1 || batch > 100) {
            throw new IllegalArgumentException("scrobbling batch must be 1 to 100 but was " + batch);
        }
        if (maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("scrobbling max retry (" + maxRetry + ") must not be below the first"
                    + " retry (" + firstRetry + ")");
        }
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("scrobbling " + name + " must be positive but was " + value);
        }
    }
}
