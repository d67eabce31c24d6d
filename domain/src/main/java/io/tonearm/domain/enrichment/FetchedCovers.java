package io.tonearm.domain.enrichment;

import io.tonearm.domain.AlbumId;
import java.time.Instant;
import java.util.Optional;

/**
 * Front covers fetched from outside (the Cover Art Archive) for albums whose own files have none, kept where every
 * process sharing the catalog finds them. Removing an album removes its cover.
 */
public interface FetchedCovers {
    /** Keeps no cover: for a process that fetches none. */
    FetchedCovers NONE = new FetchedCovers() {
        @Override
        public Optional<Instant> fetchedAt(AlbumId album) {
            return Optional.empty();
        }

        @Override
        public Optional<Artwork> find(AlbumId album) {
            return Optional.empty();
        }

        @Override
        public boolean save(AlbumId album, Artwork image, Instant at) {
            return false;
        }
    };

    /** @return when the album's cover was fetched (which also tells its version), or empty if it has none */
    Optional<Instant> fetchedAt(AlbumId album);

    /** @return the album's fetched cover, or empty if it has none */
    Optional<Artwork> find(AlbumId album);

    /**
     * Keeps the image as the album's cover, replacing an earlier one.
     *
     * @return true if the album exists (nothing is kept otherwise)
     */
    boolean save(AlbumId album, Artwork image, Instant at);
}
