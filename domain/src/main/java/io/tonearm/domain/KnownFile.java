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
 * @param coverRead  whether the catalog knows if the file holds a picture (false for tracks stored before the
 *                   catalog kept it: the next scan reads them again)
 * @param folderImage whether the file's directory held a cover image at the last scan
 */
public record KnownFile(TrackId id, String path, long size, Instant modifiedAt, boolean coverRead,
                        boolean folderImage) {
    /** @throws InvalidValueException naming the missing or out-of-range field */
    public KnownFile {
        Objects.requireNonNull(id, "id");
        path = Check.notBlank("path", path, NewTrack.MAX_PATH_LENGTH);
        Check.atLeast("size", size, 0);
        Check.notNull("modifiedAt", modifiedAt);
    }

    /** A file whose picture was read, in a directory without cover image. */
    public KnownFile(TrackId id, String path, long size, Instant modifiedAt) {
        this(id, path, size, modifiedAt, true, false);
    }

    /** @return true if the file on disk has the size and modification time the catalog knows */
    public boolean isCurrent(AudioFile onDisk) {
        return onDisk.sameAs(size, modifiedAt);
    }
}
