package io.tonearm.application.enrichment;

import java.util.List;

/**
 * What the artists' part of an enrichment run did.
 *
 * @param artists        artists looked at
 * @param alreadyMatched artists skipped because they had a match
 * @param matched        artists matched by this run (or that would be, in a dry run)
 * @param candidates     artists for which a search found only close results (not stored: a person decides)
 * @param unmatched      artists for which MusicBrainz had nothing close enough
 * @param failed         artists not looked up because MusicBrainz could not answer
 * @param failures       what went wrong, one line per failed artist (at most {@link EnrichmentSummary#MAX_FAILURES})
 */
public record ArtistEnrichmentSummary(int artists, int alreadyMatched, int matched, int candidates, int unmatched,
                                      int failed, List<String> failures) {
    public ArtistEnrichmentSummary {
        failures = List.copyOf(failures);
    }
}
