package io.tonearm.domain.media;

import io.tonearm.domain.TrackId;
import java.util.Objects;

/**
 * A catalog track whose file has vanished or changed on disk since the last scan: its bytes are not the ones the
 * catalog describes, so none are sent.
 */
public final class MediaGoneException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Whether the file is gone or is another file now. */
    public enum Reason {
        /** No regular file at the track's path, or it cannot be read. */
        VANISHED,
        /** A file is there, but its size or modification time is not the scanned one. */
        CHANGED
    }

    private final transient TrackId track;
    private final Reason reason;

    /**
     * @param track  the track whose file it is
     * @param reason what became of the file
     */
    public MediaGoneException(TrackId track, Reason reason) {
        super(message(Objects.requireNonNull(track, "track"), Objects.requireNonNull(reason, "reason")));
        this.track = track;
        this.reason = reason;
    }

    private static String message(TrackId track, Reason reason) {
        return "the file of track " + track.value() + (reason == Reason.VANISHED ? " has vanished" : " has changed")
                + " since the last scan; a rescan brings the catalog up to date";
    }

    /** @return the track whose file it is */
    public TrackId track() {
        return track;
    }

    /** @return what became of the file */
    public Reason reason() {
        return reason;
    }
}
