package io.tonearm.application.scrobbling;

import io.tonearm.domain.enrichment.ListenSubmitter;
import io.tonearm.domain.enrichment.ScrobbleQueue;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Sends the due listens of the queue, one round at a time (a scheduler calls {@link #sendDue()} every
 * {@link ScrobbleSettings#interval()}): each user's claimed listens in one submission; accepted ones are marked sent,
 * those of a refused token wait for a new token, those the service refused for good are marked failed, and every
 * other failure leaves them for a later round, waiting longer after each failed attempt (doubling from
 * {@link ScrobbleSettings#firstRetry()} up to {@link ScrobbleSettings#maxRetry()}, with jitter, or as long as the
 * service asked).
 */
public interface ScrobbleSender {

    /** @return what this round did; listens sent by another process at the same time are not claimed here */
    SendReport sendDue();

    /**
     * Removes the accepted listens older than {@link ScrobbleSettings#keepSent()}.
     *
     * @return how many were removed
     */
    int prune();

    /**
     * Creates the sender.
     *
     * @param jitter draws the fraction of the computed wait actually waited, in [0.5, 1]
     */
    static ScrobbleSender create(ScrobbleQueue queue, ListenSubmitter submitter, ScrobbleSettings settings,
                                 Clock clock, DoubleSupplier jitter) {
        return new ScrobblingService(Objects.requireNonNull(queue, "queue"),
                Optional.of(Objects.requireNonNull(submitter, "submitter")),
                Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(jitter, "jitter"));
    }
}
