package io.tonearm.domain.media;

import io.tonearm.domain.InvalidValueException;
import java.time.Instant;
import java.util.Objects;

/**
 * A cover image ready to send: a file of the artwork cache, written once and never changed (a new source or
 * size makes a new file).
 *
 * @param path       the image file's path
 * @param mediaType  its media type, such as {@code image/jpeg}
 * @param size       its size in bytes
 * @param modifiedAt when it was written
 */
public record CoverFile(String path, String mediaType, long size, Instant modifiedAt) {

    /** @throws InvalidValueException naming a missing or negative part */
    public CoverFile {
        if (path == null || path.isBlank()) {
            throw new InvalidValueException("path", "path is required");
        }
        if (mediaType == null || mediaType.isBlank()) {
            throw new InvalidValueException("mediaType", "mediaType is required");
        }
        if (size < 0) {
            throw new InvalidValueException("size", "size must be >= 0 but was " + size);
        }
        Objects.requireNonNull(modifiedAt, "modifiedAt");
    }

    /** @return a strong entity tag, quoted: the cache file's name (which names its source and size) and size */
    public String etag() {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        int dot = path.lastIndexOf('.');
        String name = path.substring(slash + 1, dot > slash ? dot : path.length());
        return "\"" + name + "-" + Long.toHexString(size) + "\"";
    }
}
