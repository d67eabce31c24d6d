package io.tonearm.application.monitoring;

import java.util.List;
import java.util.Objects;

/**
 * The answer of a health check.
 *
 * @param health   the worst of the current findings, or HEALTHY
 * @param snapshot what the check saw
 * @param alerts   the alerts not yet expired, this check's and earlier ones', most severe first
 */
public record HealthReport(Health health, CacheSnapshot snapshot, List<Alert> alerts) {
    public HealthReport {
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(snapshot, "snapshot");
        alerts = List.copyOf(alerts);
    }
}
