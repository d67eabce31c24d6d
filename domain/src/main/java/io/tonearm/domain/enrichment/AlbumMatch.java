package io.tonearm.domain.enrichment;

import io.tonearm.domain.AlbumId;
import java.time.Instant;
import java.util.Objects;

/**
 * An album of the catalog matched with a MusicBrainz release.
 *
 * @param album     the album
 * @param release   the release it is, as MusicBrainz described it when matched
 * @param source    how the match was made
 * @param matchedAt when
 */
public record AlbumMatch(AlbumId album, Release release, MatchSource source, Instant matchedAt) {
    public AlbumMatch {
        Objects.requireNonNull(album, "album");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(matchedAt, "matchedAt");
    }
}
