package io.tonearm.adapters.http;

import io.tonearm.application.enrichment.EnrichmentStatus;
import io.tonearm.application.enrichment.EnrichmentSummary;
import java.time.Instant;
import java.util.List;

/** An enrichment run as JSON: its state, progress and, once done, its counts. */
record EnrichmentResponse(String id, String state, boolean dryRun, int albumsDone, int albumsTotal,
                          Instant startedAt, Instant finishedAt, Counts counts, List<String> failures, String error) {

    /** What a finished run did. */
    record Counts(int albums, int alreadyMatched, int matched, int candidates, int unmatched, int failed,
                  int coversFetched, int filesWritten, int filesFailed) {
    }

    static EnrichmentResponse of(EnrichmentStatus status) {
        EnrichmentSummary summary = status.summary();
        return new EnrichmentResponse(status.id(), status.state().name().toLowerCase(java.util.Locale.ROOT),
                status.request().dryRun(), status.done(), status.total(), status.startedAt(), status.finishedAt(),
                summary == null ? null : new Counts(summary.albums(), summary.alreadyMatched(), summary.matched(),
                        summary.candidates(), summary.unmatched(), summary.failed(), summary.coversFetched(),
                        summary.filesWritten(), summary.filesFailed()),
                summary == null ? List.of() : summary.failures(), status.error());
    }
}
