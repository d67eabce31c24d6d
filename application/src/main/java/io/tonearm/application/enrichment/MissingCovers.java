package io.tonearm.application.enrichment;

import io.tonearm.application.listening.CoverArt;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.enrichment.CoverArchive;
import io.tonearm.domain.enrichment.CoverSize;
import io.tonearm.domain.enrichment.FetchedCovers;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.enrichment.RemoteServiceException;
import io.tonearm.domain.media.UnusableCoverException;
import java.time.Clock;
import java.util.Objects;

/** Fills in the covers of matched albums whose own files have none, from the Cover Art Archive. */
public interface MissingCovers {
    /** Fetches nothing: for a server that fetches no covers. */
    MissingCovers NONE = (album, release) -> false;

    /**
     * Fetches the release's front cover for the album, unless the album's own files have a cover (they always win)
     * or one was fetched already.
     *
     * @return true if a cover was fetched and kept
     * @throws RemoteServiceException if the archive could not answer
     */
    boolean fetchIfMissing(AlbumId album, MusicBrainzId release);

    /**
     * @param own     the album covers of the catalog's own files
     * @param fetched where fetched covers are kept
     * @param archive the Cover Art Archive
     * @param size    the size fetched
     */
    static MissingCovers create(CoverArt own, FetchedCovers fetched, CoverArchive archive, CoverSize size,
                                Clock clock) {
        Objects.requireNonNull(own, "own");
        Objects.requireNonNull(fetched, "fetched");
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(clock, "clock");
        return (album, release) -> {
            if (fetched.fetchedAt(album).isPresent() || hasOwn(own, album)) {
                return false;
            }
            return archive.frontCover(release, size)
                    .map(image -> fetched.save(album, image, clock.instant()))
                    .orElse(false);
        };
    }

    private static boolean hasOwn(CoverArt own, AlbumId album) {
        try {
            return own.findOwnAlbumCover(album).isPresent();
        } catch (UnusableCoverException e) {
            return true; // a broken cover of the album's own is still the album's: a person fixes the file
        }
    }
}
