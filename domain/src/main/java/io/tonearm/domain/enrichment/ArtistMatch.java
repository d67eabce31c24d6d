package io.tonearm.domain.enrichment;

import io.tonearm.domain.ArtistId;
import java.time.Instant;
import java.util.Objects;

/**
 * A catalog artist matched with a MusicBrainz artist. The catalog's own name of the artist is never changed by it.
 *
 * @param artist    the catalog's artist
 * @param match     the MusicBrainz artist, as MusicBrainz described it when matched
 * @param source    how the match was made
 * @param matchedAt when
 */
public record ArtistMatch(ArtistId artist, MusicBrainzArtist match, MatchSource source, Instant matchedAt) {
    public ArtistMatch {
        Objects.requireNonNull(artist, "artist");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(matchedAt, "matchedAt");
    }

    /** @return the artist's MusicBrainz id */
    public MusicBrainzId musicBrainzId() {
        return match.id();
    }
}
