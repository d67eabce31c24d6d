package io.tonearm.domain.enrichment;

import io.tonearm.domain.AlbumId;
import java.util.List;
import java.util.Optional;

/** The albums matched with MusicBrainz releases, and the candidates kept for a person to choose from. */
public interface AlbumMatches {
    /** @return the album's match, or empty if it has none */
    Optional<AlbumMatch> findByAlbum(AlbumId album);

    /**
     * Stores a match, replacing the album's earlier one and its candidates, unless the earlier one was made by a
     * person and this one was not.
     *
     * @return true if stored, false if a person's match was kept
     */
    boolean save(AlbumMatch match);

    /** Replaces the album's candidates (an empty list removes them); a matched album keeps its match. */
    void saveCandidates(AlbumId album, List<ReleaseCandidate> candidates);

    /** @return the album's candidates, best first; empty if none were kept */
    List<ReleaseCandidate> candidates(AlbumId album);
}
