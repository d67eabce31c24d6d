package io.tonearm.application.monitoring;

import java.util.Objects;

/**
 * How one endpoint was answered.
 *
 * @param endpoint    the endpoint, such as {@code "GET /api/tracks/{id}"}
 * @param requests    requests since the monitor started
 * @param tier1       of the recent requests, those answered from tier 1 alone
 * @param tier2       of the recent requests, those that needed tier 2 but no load
 * @param misses      of the recent requests, those that loaded something
 * @param uncached    of the recent requests, those that read nothing cached
 * @param samples     the number of recent requests the other figures are about (at most the configured number)
 * @param meanMillis  their mean time in milliseconds
 * @param p95Millis   their 95th percentile time in milliseconds (nearest rank)
 */
public record EndpointMetrics(String endpoint, long requests, long tier1, long tier2, long misses, long uncached,
                              int samples, double meanMillis, double p95Millis) {
    public EndpointMetrics {
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** @return the share of recent requests answered without loading, or 0 before the first */
    public double hitRate() {
        return samples == 0 ? 0 : (double) (tier1 + tier2) / samples;
    }
}
