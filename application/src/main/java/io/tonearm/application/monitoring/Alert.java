package io.tonearm.application.monitoring;

import java.time.Instant;
import java.util.Objects;

/**
 * A threshold the cache went over. An alert expires a while after the check that last found its problem, so a
 * problem that went away stops being reported without anybody clearing it.
 *
 * @param rule      what was checked, such as {@code "hitRate"} or {@code "tier2.available"}
 * @param severity  {@link Health#WARNING} or {@link Health#CRITICAL}
 * @param message   what was found, with the value and the threshold
 * @param raisedAt  when the problem was first found (since it last expired)
 * @param expiresAt when the alert stops being reported unless the problem is found again
 */
public record Alert(String rule, Health severity, String message, Instant raisedAt, Instant expiresAt) {
    /** @throws IllegalArgumentException if the severity is HEALTHY or the alert expires before it was raised */
    public Alert {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (severity == Health.HEALTHY) {
            throw new IllegalArgumentException("an alert is a WARNING or CRITICAL, not HEALTHY");
        }
        if (expiresAt.isBefore(raisedAt)) {
            throw new IllegalArgumentException("an alert cannot expire (" + expiresAt + ") before it is raised ("
                    + raisedAt + ")");
        }
    }

    /** @return whether the alert is still reported at {@code now} */
    public boolean activeAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
