package io.tonearm.adapters.http.auth;

import java.time.Duration;
import java.util.Objects;

/** Too many failed sign-ins from one address or for one name: answered 429 with {@code Retry-After}. */
public final class TooManyFailuresException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    /** @param retryAfter how long until the next attempt is allowed */
    public TooManyFailuresException(String message, Duration retryAfter) {
        super(message, null, false, false);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** @return how long until the next attempt is allowed */
    public Duration retryAfter() {
        return retryAfter;
    }
}
