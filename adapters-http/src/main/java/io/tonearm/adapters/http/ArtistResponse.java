package io.tonearm.adapters.http;

import io.tonearm.domain.Artist;

/** An artist as the API shows it. */
record ArtistResponse(long id, String name) {

    static ArtistResponse of(Artist artist) {
        return new ArtistResponse(artist.id().value(), artist.name());
    }
}
