package io.tonearm.domain.playback;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.user.UserId;
import java.util.Optional;

/** Each user's saved play queue. */
public interface PlayQueues {

    /** @return the user's saved queue, or empty if they have none */
    Optional<PlayQueue> find(UserId user);

    /**
     * Replaces the user's queue with this one, in one transaction.
     *
     * @return false if there is no such user (nothing is written)
     * @throws InvalidValueException naming ({@code id}) the tracks of the queue that are not in the catalog;
     *     nothing is written then
     */
    boolean save(UserId user, PlayQueue queue);

    /** @return true if the user had a saved queue, which is gone now */
    boolean delete(UserId user);
}
