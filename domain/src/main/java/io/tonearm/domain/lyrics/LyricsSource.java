package io.tonearm.domain.lyrics;

import io.tonearm.domain.Track;
import java.util.Optional;

/** Finds a track's lyrics where its files keep them. */
public interface LyricsSource {
    /** Finds no lyrics anywhere. */
    LyricsSource NONE = track -> Optional.empty();

    /**
     * @param track the track, whose path names its audio file
     * @return its lyrics, or empty when it has none or they cannot be read (the file gone, unreadable)
     */
    Optional<Lyrics> find(Track track);
}
