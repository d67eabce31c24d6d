package io.tonearm.bootstrap;

import java.time.Duration;

/**
 * The {@code cache.monitor} section: when the cache's health is a warning or critical.
 *
 * @param tier1MaxBytes   over this, the in-process tier is a warning
 * @param tier2MaxBytes   over this, the Redis tier is a warning
 * @param totalMaxBytes   over this, both together are critical
 * @param hitRateWarning  below this hit rate (0-1), a warning
 * @param hitRateCritical below this hit rate, critical
 * @param minimumRequests the hit rate is judged only after this many reads
 * @param alertLifetime   how long an alert lasts after the last check that found its problem
 * @param checkInterval   how often the server checks the cache's health by itself (keeping a snapshot, raising
 *                        alerts); zero turns the periodic check off
 */
record MonitorConfig(long tier1MaxBytes, long tier2MaxBytes, long totalMaxBytes, double hitRateWarning,
                     double hitRateCritical, int minimumRequests, Duration alertLifetime, Duration checkInterval) {
    /** Shorter intervals would fill the 100 snapshots kept within a few seconds: no trend left to read. */
    static final Duration SHORTEST_CHECK_INTERVAL = Duration.ofSeconds(1);

    /** @throws InvalidConfigurationException naming every invalid field */
    MonitorConfig {
        new ConfigProblems()
                .require(tier1MaxBytes >= 0, () -> "cache.monitor.tier1-max-bytes must be >= 0 but was " + tier1MaxBytes)
                .require(tier2MaxBytes >= 0, () -> "cache.monitor.tier2-max-bytes must be >= 0 but was " + tier2MaxBytes)
                .require(totalMaxBytes >= 0, () -> "cache.monitor.total-max-bytes must be >= 0 but was " + totalMaxBytes)
                .require(hitRateWarning >= 0 && hitRateWarning <= 1,
                        () -> "cache.monitor.hit-rate-warning must be 0-1 but was " + hitRateWarning)
                .require(hitRateCritical >= 0 && hitRateCritical <= hitRateWarning,
                        () -> "cache.monitor.hit-rate-critical must be 0-1 and at most cache.monitor.hit-rate-warning ("
                                + hitRateWarning + ") but was " + hitRateCritical)
                .require(minimumRequests >= 0,
                        () -> "cache.monitor.minimum-requests must be >= 0 but was " + minimumRequests)
                .require(alertLifetime != null && !alertLifetime.isNegative() && !alertLifetime.isZero(),
                        () -> "cache.monitor.alert-lifetime must be a positive duration but was "
                                + ConfigProblems.show(alertLifetime))
                .require(checkInterval != null && (checkInterval.isZero()
                                || checkInterval.compareTo(SHORTEST_CHECK_INTERVAL) >= 0),
                        () -> "cache.monitor.check-interval must be 0 (off) or at least 1s but was "
                                + ConfigProblems.show(checkInterval))
                .throwIfAny();
    }

    /** @return whether the server checks the cache's health by itself */
    boolean checksPeriodically() {
        return !checkInterval.isZero();
    }
}
