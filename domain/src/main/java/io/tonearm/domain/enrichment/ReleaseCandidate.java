package io.tonearm.domain.enrichment;

import java.util.Objects;

/**
 * A release found by a search, with how well MusicBrainz says it matches.
 *
 * @param release the release
 * @param score   MusicBrainz's search score, 0 to 100
 */
public record ReleaseCandidate(Release release, int score) {
    public ReleaseCandidate {
        Objects.requireNonNull(release, "release");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0 to 100 but was " + score);
        }
    }
}
