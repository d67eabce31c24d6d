package io.tonearm.application.listening;

import io.tonearm.application.Library;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.enrichment.FetchedCovers;
import io.tonearm.domain.media.Artwork;
import io.tonearm.domain.media.CoverFile;
import io.tonearm.domain.media.MediaFiles;
import io.tonearm.domain.media.UnusableCoverException;
import java.nio.channels.FileChannel;
import java.util.Objects;
import java.util.Optional;

/** The cover art of tracks and albums, by catalog id, at the size asked for. */
public interface CoverArt {
    /** The smallest longest side that can be asked for, in pixels. */
    int MIN_SIZE = 16;
    /** The largest longest side that can be asked for, in pixels. */
    int MAX_SIZE = 2048;
    /** The size that asks for the original image. */
    int ORIGINAL = 0;

    /**
     * @param size the longest side wanted ({@value #MIN_SIZE} to {@value #MAX_SIZE}; a smaller image is not scaled
     *             up), or {@value #ORIGINAL} for the original
     * @return the track's cover (its file's picture, else its directory's cover image, else the cover fetched for
     *     its album), or empty if the catalog has no such track or it has no cover
     * @throws InvalidValueException naming {@code size} if it is out of range
     * @throws UnusableCoverException if the cover found cannot be used
     */
    Optional<CoverFile> findTrackCover(TrackId id, int size);

    /**
     * @return the album's cover: that of its first track's file or directory (the album's own files always win),
     *     else the cover fetched for it, or empty if the catalog has no such album or there is no cover
     * @throws InvalidValueException naming {@code size} if it is out of range
     * @throws UnusableCoverException if the cover found cannot be used
     */
    Optional<CoverFile> findAlbumCover(AlbumId id, int size);

    /**
     * Opens a cover found by {@link #findTrackCover} or {@link #findAlbumCover}, for reading; the caller closes it.
     *
     * @throws UnusableCoverException if the cached image is gone (the cache was cleared meanwhile); asking again
     *     makes it anew
     */
    FileChannel openCover(CoverFile cover);

    /**
     * Creates the use case.
     *
     * @param library the catalog (through the query cache)
     * @param artwork finds, scales and keeps the images
     * @param files   reads the kept images
     * @return the use case
     */
    static CoverArt create(Library library, Artwork artwork, MediaFiles files) {
        return create(library, artwork, files, FetchedCovers.NONE);
    }

    /**
     * Creates the use case, falling back on the covers fetched for albums whose own files have none.
     *
     * @param library the catalog (through the query cache)
     * @param artwork finds, scales and keeps the images
     * @param files   reads the kept images
     * @param fetched the covers fetched from outside
     * @return the use case
     */
    static CoverArt create(Library library, Artwork artwork, MediaFiles files, FetchedCovers fetched) {
        return new CoverArtService(Objects.requireNonNull(library, "library"), Objects.requireNonNull(artwork, "artwork"),
                Objects.requireNonNull(files, "files"), Objects.requireNonNull(fetched, "fetched"));
    }

    /**
     * @return the cover of the album's own files (its first track's picture or directory image) at its original
     *     size, ignoring any fetched cover; empty if they have none
     * @throws UnusableCoverException if the cover found cannot be used
     */
    Optional<CoverFile> findOwnAlbumCover(AlbumId id);
}
