package io.tonearm.domain.playback;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.TrackId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A listener's saved play queue: the tracks in play order (a track may appear more than once), which of them
 * plays and how far into it.
 *
 * @param tracks       the queue in play order, at most {@value #MAX_TRACKS}
 * @param currentIndex the index in {@code tracks} of the track playing, or {@value #NONE} when none is
 * @param positionMs   how far into the current track, in milliseconds (0 without a current track)
 * @param changedAt    when it was saved
 * @param changedBy    the client that saved it (for example a Subsonic app's name), at most
 *                     {@value #MAX_CLIENT_LENGTH} characters; empty when unknown
 */
public record PlayQueue(List<TrackId> tracks, int currentIndex, long positionMs, Instant changedAt,
                        String changedBy) {
    /** The {@link #currentIndex()} of a queue with no current track. */
    public static final int NONE = -1;
    public static final int MAX_TRACKS = 5_000;
    public static final int MAX_CLIENT_LENGTH = 200;

    /** @throws InvalidValueException naming the field that is out of bounds */
    public PlayQueue {
        tracks = List.copyOf(Objects.requireNonNull(tracks, "tracks"));
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(changedBy, "changedBy");
        if (tracks.size() > MAX_TRACKS) {
            throw new InvalidValueException("id", "a play queue holds at most " + MAX_TRACKS + " tracks, not "
                    + tracks.size());
        }
        if (currentIndex < NONE || currentIndex >= tracks.size()) {
            throw new InvalidValueException("current", "the current track must be one of the queue's "
                    + tracks.size() + " tracks (index " + currentIndex + ")");
        }
        if (positionMs < 0) {
            throw new InvalidValueException("position", "must be 0 or more milliseconds, not " + positionMs);
        }
        if (changedBy.length() > MAX_CLIENT_LENGTH) {
            throw new InvalidValueException("c", "the client name must be at most " + MAX_CLIENT_LENGTH
                    + " characters");
        }
    }
}
