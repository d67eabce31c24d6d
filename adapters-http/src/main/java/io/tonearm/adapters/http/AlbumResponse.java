package io.tonearm.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tonearm.domain.Album;

/**
 * An album as the API shows it; {@code year} is left out when unknown, {@code coverUrl} is always there: where the
 * album's cover is, or null when it has none.
 */
record AlbumResponse(long id, String title, long artistId, String artist, Integer year, int trackCount,
                     @JsonInclude(JsonInclude.Include.ALWAYS) String coverUrl) {

    static AlbumResponse of(Album album) {
        return new AlbumResponse(album.id().value(), album.title(), album.artistId().value(), album.artist(),
                album.year(), album.trackCount(),
                album.hasCover() ? "/api/albums/" + album.id().value() + "/cover" : null);
    }
}
