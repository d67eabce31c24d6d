package io.tonearm.bootstrap;

import io.tonearm.application.scrobbling.ScrobbleSettings;
import java.time.Duration;

/**
 * The {@code scrobbling} section: how often the queue of plays is sent to ListenBrainz, and how long a listen
 * waits after a failed attempt (doubling from {@code first-retry} up to {@code max-retry}). Scrobbling itself is on
 * when {@code enrichment.contact} is set.
 *
 * @param interval   how often the queue is looked at
 * @param firstRetry the wait after a listen's first failed attempt
 * @param maxRetry   the longest wait between attempts
 * @param keepSent   how long accepted listens are counted before they are pruned
 */
record ScrobblingConfig(Duration interval, Duration firstRetry, Duration maxRetry, Duration keepSent) {

    /** @throws InvalidConfigurationException naming every invalid field */
    ScrobblingConfig {
        Duration first = firstRetry;
        new ConfigProblems()
                .require(interval.compareTo(Duration.ofMillis(10)) >= 0,
                        () -> "scrobbling.interval must be at least 10ms but was " + interval)
                .require(!firstRetry.isNegative() && !firstRetry.isZero(), () -> "scrobbling.first-retry must be positive but was " + first)
                .require(maxRetry.compareTo(firstRetry) >= 0,
                        () -> "scrobbling.max-retry must be >= scrobbling.first-retry (" + first + ") but was " + maxRetry)
                .require(!keepSent.isNegative() && !keepSent.isZero(), () -> "scrobbling.keep-sent must be positive but was " + keepSent)
                .throwIfAny();
    }

    /** @return the settings of the queue's sender */
    ScrobbleSettings settings() {
        ScrobbleSettings defaults = ScrobbleSettings.DEFAULT;
        return new ScrobbleSettings(interval, defaults.batch(), firstRetry, maxRetry, defaults.lease(), keepSent);
    }
}
