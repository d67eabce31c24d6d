package io.tonearm.application.enrichment;

import java.time.Instant;
import java.util.Objects;

/**
 * An enrichment run as seen from outside: running, done or failed, and how far it got.
 *
 * @param id            the run's id
 * @param request       what was asked
 * @param state         where it is
 * @param done          albums looked at so far
 * @param total         albums in the catalog when it started (0 until known, or when albums were not asked)
 * @param startedAt     when it started
 * @param finishedAt    when it ended, or null while running
 * @param summary       what it did to albums, once done; null otherwise or when albums were not asked
 * @param error         why it failed, once failed; null otherwise
 * @param artistsDone   artists looked at so far
 * @param artistsTotal  artists in the catalog when their part started (0 until known)
 * @param artistSummary what it did to artists, once done; null otherwise or when artists were not asked
 */
public record EnrichmentStatus(String id, EnrichmentRequest request, State state, int done, int total,
                               Instant startedAt, Instant finishedAt, EnrichmentSummary summary, String error,
                               int artistsDone, int artistsTotal, ArtistEnrichmentSummary artistSummary) {
    /** Where a run is. */
    public enum State { RUNNING, DONE, FAILED }

    public EnrichmentStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** The status of a run that looked at no artist. */
    public EnrichmentStatus(String id, EnrichmentRequest request, State state, int done, int total,
                            Instant startedAt, Instant finishedAt, EnrichmentSummary summary, String error) {
        this(id, request, state, done, total, startedAt, finishedAt, summary, error, 0, 0, null);
    }
}
