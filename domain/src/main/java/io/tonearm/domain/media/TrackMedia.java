package io.tonearm.domain.media;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.TrackId;
import java.time.Instant;
import java.util.Objects;

/**
 * A track's audio file as checked on disk just now: the catalog's path, and the size and modification time that
 * are both the catalog's and the file's.
 *
 * @param track      the track
 * @param path       the file's path, from the catalog
 * @param size       its size in bytes
 * @param modifiedAt its modification time (milliseconds)
 */
public record TrackMedia(TrackId track, String path, long size, Instant modifiedAt) {

    /** @throws InvalidValueException naming a missing or negative part */
    public TrackMedia {
        if (track == null) {
            throw new InvalidValueException("track", "track is required");
        }
        if (path == null || path.isBlank()) {
            throw new InvalidValueException("path", "path is required");
        }
        if (size < 0) {
            throw new InvalidValueException("size", "size must be >= 0 but was " + size);
        }
        Objects.requireNonNull(modifiedAt, "modifiedAt");
    }

    /**
     * @return a strong entity tag, quoted, made of the track, the size and the modification time: it changes
     *     whenever the bytes may have changed, and equal tags mean equal bytes
     */
    public String etag() {
        return "\"" + Long.toHexString(track.value()) + "-" + Long.toHexString(size) + "-"
                + Long.toHexString(modifiedAt.toEpochMilli()) + "\"";
    }

    /** @return the file's name: the path after its last {@code /} or {@code \} */
    public String fileName() {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    /** @return the media type of the file, from its name's extension ({@link AudioMediaTypes}) */
    public String mediaType() {
        return AudioMediaTypes.of(fileName());
    }
}
