package io.tonearm.application;

import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import java.util.Optional;

/** Reading artists. */
public interface ArtistQueries {

    /** @return the artist, or empty if there is none with this id */
    Optional<Artist> getArtist(ArtistId id);

    /** @return all artists by name */
    Page<Artist> getAllArtists(PageRequest page);

    /** @return the artists whose name matches every word of the query */
    Page<Artist> searchArtists(SearchQuery query, PageRequest page);
}
