package io.tonearm.domain.enrichment;

import java.util.Objects;

/**
 * One artist credited on a release, under the name MusicBrainz gives as canonical.
 *
 * @param id   the artist's MusicBrainz id
 * @param name the artist's canonical name
 */
public record ArtistCredit(MusicBrainzId id, String name) {
    public ArtistCredit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
