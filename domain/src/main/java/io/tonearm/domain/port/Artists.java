package io.tonearm.domain.port;

import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import java.util.Optional;

/** The catalog's artists, which exist as long as a track or album names them. */
public interface Artists {

    /** @return the artist with this id, or empty */
    Optional<Artist> findById(ArtistId id);

    /** @return all artists by name */
    Page<Artist> findAll(PageRequest page);

    /** @return the artists whose name matches every word of the query, by name */
    Page<Artist> search(SearchQuery query, PageRequest page);
}
