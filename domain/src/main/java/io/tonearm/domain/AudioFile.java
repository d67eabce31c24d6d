package io.tonearm.domain;

import java.time.Instant;

/**
 * An audio file found in the library, before its tags are read: enough to tell whether the catalog's entry
 * for it is still current.
 *
 * @param path       the file's absolute path, as the catalog stores it
 * @param size       the file's size in bytes
 * @param modifiedAt the file's last modification time
 */
public record AudioFile(String path, long size, Instant modifiedAt) {
    /** @throws InvalidValueException naming the missing or out-of-range field */
    public AudioFile {
        path = Check.notBlank("path", path, NewTrack.MAX_PATH_LENGTH);
        Check.atLeast("size", size, 0);
        Check.notNull("modifiedAt", modifiedAt);
    }

    /** @return true if the catalog's facts (size and modification time) say this file is unchanged */
    public boolean sameAs(long knownSize, Instant knownModifiedAt) {
        return size == knownSize && modifiedAt.equals(knownModifiedAt);
    }
}
