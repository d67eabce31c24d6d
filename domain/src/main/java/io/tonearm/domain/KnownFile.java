package io.tonearm.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What the catalog knows of a track's file: enough for a rescan to tell an unchanged file from a changed one
 * without reading its tags again.
 *
 * @param id         the track
 * @param path       the file's path
 * @param size       the file's size in bytes when it was last read
 * @param modifiedAt the file's modification time when it was last read
 */
public record KnownFile(TrackId id, String path, long size, Instant modifiedAt) {
    /** @throws InvalidValueException naming the missing or out-of-range field */
    public KnownFile {
        Objects.requireNonNull(id, "id");
        path = Check.notBlank("path", path, NewTrack.MAX_PATH_LENGTH);
        Check.atLeast("size", size, 0);
        Check.notNull("modifiedAt", modifiedAt);
    }

    /** @return true if the file on disk has the size and modification time the catalog knows */
    public boolean isCurrent(AudioFile onDisk) {
        return onDisk.sameAs(size, modifiedAt);
    }
}
