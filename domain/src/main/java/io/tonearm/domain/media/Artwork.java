package io.tonearm.domain.media;

import java.util.Optional;

/** Cover art of audio files: the picture embedded in the file, else an image file in its directory. */
public interface Artwork {

    /**
     * Finds the cover of an audio file and scales it down so that its longest side is at most {@code maxSize}
     * pixels (never up); the result is kept in a cache, so asking again is a file lookup.
     *
     * @param audioPath the audio file, as the catalog stores it
     * @param maxSize   the longest side wanted, or 0 for the original image
     * @return the cover, or empty if the file has no picture and its directory no cover image
     * @throws UnusableCoverException if the cover found is corrupt, unreadable or too large to decode
     */
    Optional<CoverFile> findCover(String audioPath, int maxSize);
}
