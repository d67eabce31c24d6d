package io.tonearm.adapters.http;

import io.tonearm.domain.TitleAndArtist;

/** One wanted track of a bulk lookup. */
record TitleAndArtistRequest(String title, String artist) {

    TitleAndArtist toDomain() {
        return new TitleAndArtist(title, artist);
    }
}
