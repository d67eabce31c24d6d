package io.tonearm.domain.port.violations;

import io.tonearm.domain.Album;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.Track;

/** Lookups by something other than an id that return null when nothing matches. */
public interface LookupsReturningEntities {
    Track findByTitle(String title);

    Album loadAlbum(String title, ArtistId artist);

    Artist getCurrent();
}
