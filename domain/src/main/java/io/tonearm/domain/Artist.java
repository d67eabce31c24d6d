package io.tonearm.domain;

import java.util.Objects;

/**
 * An artist named by at least one track (as a track artist) or album (as the album artist).
 *
 * @param id   the catalog's id of the artist
 * @param name the artist's name, unique in the catalog ignoring case and accents
 */
public record Artist(ArtistId id, String name) {
    /** @throws InvalidValueException if the name is blank */
    public Artist {
        Objects.requireNonNull(id, "id");
        Check.notBlank("name", name, NewTrack.MAX_TEXT_LENGTH);
    }
}
