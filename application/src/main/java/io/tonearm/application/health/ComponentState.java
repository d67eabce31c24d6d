package io.tonearm.application.health;

import java.util.Objects;

/**
 * How one component of the process is doing.
 *
 * @param name     the component, such as {@code "database"} or {@code "cache.tier2"}
 * @param up       whether it works now
 * @param required whether the process is ready only while it is up
 * @param detail   what was found, for people: {@code "up"}, or what is wrong (no secrets)
 */
public record ComponentState(String name, boolean up, boolean required, String detail) {
    public ComponentState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
    }
}
