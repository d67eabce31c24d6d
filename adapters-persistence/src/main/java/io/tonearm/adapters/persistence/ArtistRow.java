package io.tonearm.adapters.persistence;

import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;

/** A row of {@code artists}. */
final class ArtistRow {
    long id;
    String name;

    Artist toArtist() {
        return new Artist(ArtistId.of(id), name);
    }
}
