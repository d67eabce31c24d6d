package io.tonearm.domain.media;

import java.util.Optional;
import java.util.function.Supplier;

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

    /**
     * Scales an image that comes from elsewhere (a cover fetched for an album) as {@link #findCover} does, and keeps
     * the result in the same cache: asking again for the same {@code source} and size is a file lookup, and
     * {@code image} is read only when the cache has no such file.
     *
     * @param source names the image and its version, so that a new version is a new cache entry
     * @param image  reads the encoded image, or empty if it is gone meanwhile
     * @return the scaled image, or empty if {@code image} gave none
     * @throws UnusableCoverException if the image is corrupt or too large to decode
     */
    Optional<CoverFile> findCover(String source, Supplier<Optional<byte[]>> image, int maxSize);
}
