package io.tonearm.domain.enrichment;

import java.util.Objects;

/**
 * An artist found by a search on a name, with how well MusicBrainz says it matches.
 *
 * @param artist the artist
 * @param score  MusicBrainz's search score, 0 to 100
 */
public record ArtistCandidate(MusicBrainzArtist artist, int score) {
    /** @throws IllegalArgumentException if the score is outside 0–100 */
    public ArtistCandidate {
        Objects.requireNonNull(artist, "artist");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0 to 100 but was " + score);
        }
    }
}
