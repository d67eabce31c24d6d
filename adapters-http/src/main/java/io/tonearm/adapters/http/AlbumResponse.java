package io.tonearm.adapters.http;

import io.tonearm.domain.Album;

/** An album as the API shows it; {@code year} is left out when unknown. */
record AlbumResponse(long id, String title, long artistId, String artist, Integer year, int trackCount) {

    static AlbumResponse of(Album album) {
        return new AlbumResponse(album.id().value(), album.title(), album.artistId().value(), album.artist(),
                album.year(), album.trackCount());
    }
}
