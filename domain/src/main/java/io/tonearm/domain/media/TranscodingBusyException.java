package io.tonearm.domain.media;

import java.time.Duration;
import java.util.Objects;

/** Every transcoding slot stayed taken while this request waited: it may try again later. */
public final class TranscodingBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * @param running    how many transcodes run (the limit)
     * @param retryAfter when to try again
     */
    public TranscodingBusyException(int running, Duration retryAfter) {
        super("all " + running + " transcoding slots are taken; try again later");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** @return when to try again */
    public Duration retryAfter() {
        return retryAfter;
    }
}
