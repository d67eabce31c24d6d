package io.tonearm.adapters.persistence;

import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.ArtistId;

/** A row of {@code albums} joined with its artist's name. */
final class AlbumRow {
    long id;
    String title;
    long artistId;
    String artistName;
    Integer year;
    int trackCount;
    /** The album's first track has a cover of its own, or one was fetched for the album (AlbumMapper.xml). */
    boolean hasCover;

    Album toAlbum() {
        return new Album(AlbumId.of(id), title, ArtistId.of(artistId), artistName, year, trackCount, hasCover);
    }
}
