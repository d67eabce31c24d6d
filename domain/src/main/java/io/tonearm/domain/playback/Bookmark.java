package io.tonearm.domain.playback;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.TrackId;
import java.time.Instant;
import java.util.Objects;

/**
 * A listener's place in one track (an audiobook chapter, a long mix), to come back to.
 *
 * @param track      the track
 * @param positionMs where in it, in milliseconds
 * @param comment    the listener's note, at most {@value #MAX_COMMENT_LENGTH} characters; empty when none
 * @param createdAt  when the bookmark was first set
 * @param changedAt  when it was last set
 */
public record Bookmark(TrackId track, long positionMs, String comment, Instant createdAt, Instant changedAt) {
    public static final int MAX_COMMENT_LENGTH = 1_000;

    /** @throws InvalidValueException naming the field that is out of bounds */
    public Bookmark {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(changedAt, "changedAt");
        if (positionMs < 0) {
            throw new InvalidValueException("position", "must be 0 or more milliseconds, not " + positionMs);
        }
        if (comment.length() > MAX_COMMENT_LENGTH) {
            throw new InvalidValueException("comment", "must be at most " + MAX_COMMENT_LENGTH + " characters");
        }
    }
}
