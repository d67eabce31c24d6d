package io.tonearm.domain.enrichment;

import io.tonearm.domain.ArtistId;
import java.util.Optional;

/** The catalog's artists matched with MusicBrainz artists, and the artist ids their files are tagged with. */
public interface ArtistMatches {
    /** @return the artist's match (its MusicBrainz id, canonical name, genres), or empty if it has none */
    Optional<ArtistMatch> findByArtist(ArtistId artist);

    /**
     * Stores a match, replacing the artist's earlier one unless that was made by a person and this one was not.
     *
     * @return true if stored; false if a person's match was kept or the artist no longer exists
     */
    boolean save(ArtistMatch match);

    /**
     * @return the MusicBrainz artist id that most of the tracks naming this artist first are tagged with
     *     ({@code MUSICBRAINZ_ARTISTID}), as tagged (it may not be a valid id); empty if none is
     */
    Optional<String> mostTaggedId(ArtistId artist);
}
