package io.tonearm.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * Thrown by a port when the store behind it cannot take the call now but may later: it is unreachable (an
 * outage, a restart) or too contended to finish a write (every attempt ended in a deadlock or lock timeout).
 * Nothing of the call was applied. Callers may try again after {@link #retryAfter()}.
 */
public final class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the store could not take the call. */
    public enum Reason {
        /** The store could not be reached or did not answer in time. */
        UNREACHABLE,
        /**
         * The store answered, but the call kept colliding with others until its attempts ran out, or too many
         * calls like it were running to start it in time.
         */
        CONTENDED
    }

    private final Reason reason;
    private final Duration retryAfter;

    /**
     * @param reason     why the call failed
     * @param message    what failed, for people (no secrets: it may be shown to clients)
     * @param retryAfter how long a caller should wait before trying again; positive
     * @param cause      the underlying failure, or null
     */
    public StoreUnavailableException(Reason reason, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
        if (retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("retryAfter must be positive but was " + retryAfter);
        }
    }

    /** @return why the store could not take the call */
    public Reason reason() {
        return reason;
    }

    /** @return how long a caller should wait before trying again */
    public Duration retryAfter() {
        return retryAfter;
    }
}
