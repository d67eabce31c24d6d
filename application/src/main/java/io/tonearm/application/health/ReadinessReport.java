package io.tonearm.application.health;

import java.util.List;
import java.util.Objects;

/**
 * The answer of a readiness check.
 *
 * @param ready      whether every required component is up
 * @param components every component checked, the store first, then the cache's tiers, nearest first
 */
public record ReadinessReport(boolean ready, List<ComponentState> components) {
    public ReadinessReport {
        components = List.copyOf(Objects.requireNonNull(components, "components"));
    }
}
