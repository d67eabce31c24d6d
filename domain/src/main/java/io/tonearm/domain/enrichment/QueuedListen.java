package io.tonearm.domain.enrichment;

import io.tonearm.domain.user.UserId;
import java.util.Objects;

/**
 * A listen waiting in the {@link ScrobbleQueue}, with what sending it needs.
 *
 * @param id       the queue's id of the listen
 * @param user     whose listen it is
 * @param token    the user's token at the service, when the listen was claimed
 * @param attempts how many times sending it failed so far
 * @param listen   the listen itself, as the track was tagged when it was played
 */
public record QueuedListen(long id, UserId user, String token, int attempts, Listen listen) {
    public QueuedListen {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(listen, "listen");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must be >= 0 but was " + attempts);
        }
    }
}
