package io.tonearm.domain.enrichment;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown by a port in front of a remote service when the service did not give a usable answer: it could not be
 * reached, kept failing until the attempts ran out, is being left alone after failing repeatedly, or refused the
 * request. Nothing was changed by the call on Tonearm's side.
 */
public final class RemoteServiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String service;
    private final boolean retryable;
    private final Duration retryAfter;

    /**
     * @param service    the service's name, for example {@code "musicbrainz"}
     * @param message    what failed, for people
     * @param retryable  true if trying again later may succeed (an outage, a rate limit), false if the same request
     *                   will be refused again (a 4xx answer)
     * @param retryAfter how long to wait before trying again, or null if unknown
     * @param cause      the underlying failure, or null
     */
    public RemoteServiceException(String service, String message, boolean retryable, Duration retryAfter,
                                  Throwable cause) {
        super(Objects.requireNonNull(service, "service") + ": " + message, cause);
        this.service = service;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
        if (retryAfter != null && retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative but was " + retryAfter);
        }
    }

    /** @return the name of the service that failed */
    public String service() {
        return service;
    }

    /** @return true if the same request may succeed later, false if it will be refused again */
    public boolean isRetryable() {
        return retryable;
    }

    /** @return how long to wait before asking the service again, when known */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
