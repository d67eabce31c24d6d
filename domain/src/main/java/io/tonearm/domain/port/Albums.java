package io.tonearm.domain.port;

import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import java.util.Optional;

/** The catalog's albums, which exist as long as one of their tracks does. */
public interface Albums {

    /** @return the album with this id, or empty */
    Optional<Album> findById(AlbumId id);

    /** @return all albums by title */
    Page<Album> findAll(PageRequest page);

    /** @return the albums whose title or album artist matches every word of the query, by title */
    Page<Album> search(SearchQuery query, PageRequest page);

    /** @return the albums whose album artist is this artist, by year then title */
    Page<Album> findByArtist(ArtistId artist, PageRequest page);
}
