package io.tonearm.domain;

import java.util.Objects;

/**
 * An audio file whose tags were read: the track to put in the catalog, with the file's path, size and
 * modification time.
 *
 * @param track the track as the file describes it
 */
public record ScannedTrack(NewTrack track) implements TagReading {
    public ScannedTrack {
        Objects.requireNonNull(track, "track");
    }

    @Override
    public String path() {
        return track.path();
    }
}
