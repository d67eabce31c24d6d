package io.tonearm.application.monitoring;

import java.util.Objects;

/**
 * One threshold a check found exceeded.
 *
 * @param rule     what was checked, such as {@code "tier1.bytes"}
 * @param severity {@link Health#WARNING} or {@link Health#CRITICAL}
 * @param message  what was found, with the value and the threshold
 */
public record Finding(String rule, Health severity, String message) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }
}
