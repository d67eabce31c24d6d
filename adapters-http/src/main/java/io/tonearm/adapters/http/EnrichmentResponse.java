package io.tonearm.adapters.http;

import io.tonearm.application.enrichment.ArtistEnrichmentSummary;
import io.tonearm.application.enrichment.EnrichmentRequest;
import io.tonearm.application.enrichment.EnrichmentStatus;
import io.tonearm.application.enrichment.EnrichmentSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An enrichment run as JSON: what it looks up, its state, progress and, once done, its counts (albums' and artists'
 * apart; each only when that kind was asked).
 */
record EnrichmentResponse(String id, String state, List<String> kinds, boolean dryRun, int albumsDone,
                          int albumsTotal, int artistsDone, int artistsTotal, Instant startedAt, Instant finishedAt,
                          Counts counts, ArtistCounts artistCounts, List<String> failures, String error) {

    /** What a finished run did to albums. */
    record Counts(int albums, int alreadyMatched, int matched, int candidates, int unmatched, int failed,
                  int coversFetched, int filesWritten, int filesFailed) {
    }

    /** What a finished run did to artists. */
    record ArtistCounts(int artists, int alreadyMatched, int matched, int candidates, int unmatched, int failed) {
    }

    static EnrichmentResponse of(EnrichmentStatus status) {
        EnrichmentSummary summary = status.summary();
        ArtistEnrichmentSummary artists = status.artistSummary();
        List<String> failures = new ArrayList<>();
        if (summary != null) {
            failures.addAll(summary.failures());
        }
        if (artists != null) {
            artists.failures().forEach(line -> failures.add("artist " + line));
        }
        return new EnrichmentResponse(status.id(), status.state().name().toLowerCase(Locale.ROOT),
                status.request().kinds().stream().map(EnrichmentRequest.Kind::name)
                        .map(name -> name.toLowerCase(Locale.ROOT)).toList(),
                status.request().dryRun(), status.done(), status.total(), status.artistsDone(), status.artistsTotal(),
                status.startedAt(), status.finishedAt(),
                summary == null ? null : new Counts(summary.albums(), summary.alreadyMatched(), summary.matched(),
                        summary.candidates(), summary.unmatched(), summary.failed(), summary.coversFetched(),
                        summary.filesWritten(), summary.filesFailed()),
                artists == null ? null : new ArtistCounts(artists.artists(), artists.alreadyMatched(),
                        artists.matched(), artists.candidates(), artists.unmatched(), artists.failed()),
                List.copyOf(failures), status.error());
    }
}
