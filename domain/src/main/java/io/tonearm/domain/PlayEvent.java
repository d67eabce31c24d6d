package io.tonearm.domain;

import java.time.Instant;

/**
 * One listening of a track.
 *
 * @param trackId  the track that was played
 * @param playedAt when the listening happened
 */
public record PlayEvent(TrackId trackId, Instant playedAt) {
    /** @throws InvalidValueException if either part is missing */
    public PlayEvent {
        Check.notNull("trackId", trackId);
        Check.notNull("playedAt", playedAt);
    }
}
