package io.tonearm.application.monitoring;

import java.time.Duration;
import java.util.Objects;

/**
 * The thresholds of the cache monitor and what it keeps. Sizes are in bytes (1 MB = 1 MiB = 2^20 bytes, as in
 * the cache's own settings).
 *
 * @param tier1MaxBytes        over this, the nearest tier is a WARNING
 * @param tier2MaxBytes        over this, the second tier is a WARNING
 * @param totalMaxBytes        over this, all tiers together are CRITICAL
 * @param hitRateWarning       below this hit rate (0 to 1), a WARNING
 * @param hitRateCritical      below this hit rate, CRITICAL; at most {@code hitRateWarning}
 * @param minimumRequests      the hit rate is judged only after this many reads
 * @param alertLifetime        how long an alert stays after the check that last found its problem
 * @param snapshotsKept        how many snapshots are kept, the oldest dropped first
 * @param endpointSamples      how many recent requests per endpoint the times and sources are computed over
 * @param mostEndpoints        how many distinct endpoints are tracked; later ones are counted under "other"
 */
public record MonitorSettings(long tier1MaxBytes, long tier2MaxBytes, long totalMaxBytes, double hitRateWarning,
                              double hitRateCritical, long minimumRequests, Duration alertLifetime,
                              int snapshotsKept, int endpointSamples, int mostEndpoints) {
    private static final long MB = 1024 * 1024;

    /** @throws IllegalArgumentException naming the setting that is out of range */
    public MonitorSettings {
        requireNonNegative("tier1MaxBytes", tier1MaxBytes);
        requireNonNegative("tier2MaxBytes", tier2MaxBytes);
        requireNonNegative("totalMaxBytes", totalMaxBytes);
        if (!(hitRateWarning >= 0 && hitRateWarning <= 1)) {
            throw new IllegalArgumentException("hitRateWarning must be between 0 and 1 but was " + hitRateWarning);
        }
        if (!(hitRateCritical >= 0 && hitRateCritical <= hitRateWarning)) {
            throw new IllegalArgumentException("hitRateCritical must be between 0 and hitRateWarning ("
                    + hitRateWarning + ") but was " + hitRateCritical);
        }
        requireNonNegative("minimumRequests", minimumRequests);
        Objects.requireNonNull(alertLifetime, "alertLifetime");
        if (alertLifetime.isNegative() || alertLifetime.isZero()) {
            throw new IllegalArgumentException("alertLifetime must be positive but was " + alertLifetime);
        }
        requirePositive("snapshotsKept", snapshotsKept);
        requirePositive("endpointSamples", endpointSamples);
        requirePositive("mostEndpoints", mostEndpoints);
    }

    /**
     * @return tier 1 over 15 MB and tier 2 over 250 MB are warnings, all tiers over 260 MB is critical, a hit rate
     *     below 70 % a warning and below 50 % critical (judged after 10 reads); alerts live 5 minutes; 100
     *     snapshots, 1,000 samples per endpoint and 200 endpoints are kept
     */
    public static MonitorSettings defaults() {
        return new MonitorSettings(15 * MB, 250 * MB, 260 * MB, 0.70, 0.50, 10, Duration.ofMinutes(5), 100, 1000, 200);
    }

    private static void requireNonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0 but was " + value);
        }
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1 but was " + value);
        }
    }
}
