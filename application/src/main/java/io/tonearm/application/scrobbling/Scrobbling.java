package io.tonearm.application.scrobbling;

import io.tonearm.application.enrichment.EnrichmentDisabledException;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.enrichment.ListenSubmitter;
import io.tonearm.domain.enrichment.ScrobbleQueue;
import io.tonearm.domain.user.UserId;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** A user's scrobbling to ListenBrainz: storing their token, and what became of their plays. */
public interface Scrobbling {

    /**
     * Stores the user's ListenBrainz token (replacing an earlier one, and its refusal): from now on each of their
     * plays is queued and sent; listens that waited for a new token are sent too.
     *
     * @throws InvalidValueException        naming {@code token} if it is blank, longer than 255 characters or holds
     *                                      anything but letters, digits, dashes and underscores
     * @throws EnrichmentDisabledException if this server forwards no plays (no listening service is configured)
     */
    void connectListenBrainz(UserId user, String token);

    /**
     * Forgets the user's token: later plays are not queued; the ones queued stay until a token is stored again.
     *
     * @return true if the user had stored one
     */
    boolean disconnectListenBrainz(UserId user);

    /** @return the user's scrobbling: their account (never the token) and their listens by state */
    ScrobbleStatus status(UserId user);

    /**
     * Creates the use cases.
     *
     * @param submitter the listening service
     */
    static Scrobbling create(ScrobbleQueue queue, ListenSubmitter submitter, Clock clock) {
        return new ScrobblingService(Objects.requireNonNull(queue, "queue"),
                Optional.of(Objects.requireNonNull(submitter, "submitter")), ScrobbleSettings.DEFAULT,
                Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Creates the use cases of a server that forwards no plays: storing a token is refused, saying what to set; the
     * status of tokens stored earlier is still shown.
     */
    static Scrobbling disabled(ScrobbleQueue queue, Clock clock) {
        return new ScrobblingService(Objects.requireNonNull(queue, "queue"), Optional.empty(),
                ScrobbleSettings.DEFAULT, Objects.requireNonNull(clock, "clock"));
    }
}
