package io.tonearm.domain.enrichment;

import java.util.List;
import java.util.Objects;

/**
 * An artist as MusicBrainz describes it.
 *
 * @param id       the artist's MusicBrainz id
 * @param name     the artist's canonical name; not blank
 * @param sortName the name to sort by ("Davis, Miles"), or null when MusicBrainz gave none
 * @param genres   the artist's genres (else its most voted tags), most voted first; may be empty
 */
public record MusicBrainzArtist(MusicBrainzId id, String name, String sortName, List<String> genres) {
    /** @throws IllegalArgumentException if the name is blank */
    public MusicBrainzArtist {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an artist's name must not be blank");
        }
        sortName = sortName == null || sortName.isBlank() ? null : sortName;
        genres = List.copyOf(genres);
    }
}
