package io.tonearm.application.enrichment;

import java.time.Instant;
import java.util.Objects;

/**
 * An enrichment run as seen from outside: running, done or failed, and how far it got.
 *
 * @param id         the run's id
 * @param request    what was asked
 * @param state      where it is
 * @param done       albums looked at so far
 * @param total      albums in the catalog when it started (0 until known)
 * @param startedAt  when it started
 * @param finishedAt when it ended, or null while running
 * @param summary    what it did, once done; null otherwise
 * @param error      why it failed, once failed; null otherwise
 */
public record EnrichmentStatus(String id, EnrichmentRequest request, State state, int done, int total,
                               Instant startedAt, Instant finishedAt, EnrichmentSummary summary, String error) {
    /** Where a run is. */
    public enum State { RUNNING, DONE, FAILED }

    public EnrichmentStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
