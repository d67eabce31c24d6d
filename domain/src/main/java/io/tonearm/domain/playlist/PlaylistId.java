package io.tonearm.domain.playlist;

import io.tonearm.domain.InvalidValueException;

/** The identity of a {@link Playlist}: a positive number assigned when the playlist is created. */
public record PlaylistId(long value) {
    /** @throws InvalidValueException naming {@code playlistId} if the value is not positive */
    public PlaylistId {
        if (value <= 0) {
            throw new InvalidValueException("playlistId", "playlistId must be positive but was " + value);
        }
    }

    /** @return the id for the given number */
    public static PlaylistId of(long value) {
        return new PlaylistId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
