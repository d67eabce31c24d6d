package io.tonearm.domain.enrichment;

import io.tonearm.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The durable queue of the listens waiting to reach each user's listening service (ListenBrainz), and each user's
 * token there. A listen enters the queue in the transaction that records the play (see
 * {@link io.tonearm.domain.port.PlayHistory#record(UserId, io.tonearm.domain.PlayEvent)}) when the user has a token
 * that was not refused, and leaves the pending state only when the service accepted it or refused it for good.
 */
public interface ScrobbleQueue {

    /** Stores the user's token, replacing any earlier one and its refusal; later plays are queued. */
    void connect(UserId user, String token, Instant at);

    /**
     * Forgets the user's token; their pending listens stay queued (and are sent if a token is stored again).
     *
     * @return true if the user had a token
     */
    boolean disconnect(UserId user);

    /** @return the user's account at the service, or empty if they stored no token */
    Optional<ScrobbleAccount> account(UserId user);

    /** @return how many of the user's listens are pending, sent and failed */
    ScrobbleCounts counts(UserId user);

    /**
     * Claims pending listens that are due, of users whose token was not refused, for {@code lease}: no other
     * claim returns them until the lease ends (a process that dies while sending leaves them to the next claim).
     *
     * @param limit the most listens to return, at least 1
     * @return the claimed listens, oldest first
     */
    List<QueuedListen> claim(Instant now, Duration lease, int limit);

    /** Marks the listens as accepted by the service at {@code at}: they are never sent again. */
    void acknowledge(Collection<Long> ids, Instant at);

    /** Leaves the listens pending until {@code due}, counting one more attempt and noting why. */
    void postpone(Collection<Long> ids, Instant due, String error);

    /** Gives the listens up: the service refused them for good (not their token). */
    void fail(Collection<Long> ids, String error);

    /**
     * Marks the user's token as refused, if it is still {@code token} (a token stored meanwhile is kept): their
     * listens are no longer claimed, and no new play is queued, until they store a token again.
     */
    void rejectToken(UserId user, String token, Instant at, String reason);

    /**
     * Removes the listens accepted before {@code before}.
     *
     * @return how many were removed
     */
    int pruneSent(Instant before);
}
