package io.tonearm.application;

import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import java.util.Optional;

/** Reading albums. */
public interface AlbumQueries {

    /** @return the album, or empty if there is none with this id */
    Optional<Album> getAlbum(AlbumId id);

    /** @return all albums by title */
    Page<Album> getAllAlbums(PageRequest page);

    /** @return the albums whose title or album artist matches every word of the query */
    Page<Album> searchAlbums(SearchQuery query, PageRequest page);

    /** @return the albums whose album artist is this artist (empty if there is no such artist) */
    Page<Album> getArtistAlbums(ArtistId artist, PageRequest page);
}
