package io.tonearm.application.enrichment;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Enrichment runs in the background, one at a time; the latest ones can be followed by id. */
public interface EnrichmentJobs {
    /**
     * Starts a run on a thread of its own.
     *
     * @return the run's status right after it started
     * @throws EnrichmentAlreadyRunningException if a run is running
     * @throws EnrichmentDisabledException       if enrichment is not configured
     */
    EnrichmentStatus start(EnrichmentRequest request);

    /** @return the run with this id, if it is one of the latest */
    Optional<EnrichmentStatus> get(String id);

    /** @return runs of {@code enrichment} (albums) and {@code artists} in the background */
    static EnrichmentJobs create(AlbumEnrichment enrichment, ArtistEnrichment artists, Clock clock) {
        return new BackgroundEnrichments(Objects.requireNonNull(enrichment, "enrichment"),
                Objects.requireNonNull(artists, "artists"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * @param reason what is missing to enrich, and how to set it
     * @return jobs that refuse to start, saying why
     */
    static EnrichmentJobs disabled(String reason) {
        Objects.requireNonNull(reason, "reason");
        return new EnrichmentJobs() {
            @Override
            public EnrichmentStatus start(EnrichmentRequest request) {
                throw new EnrichmentDisabledException(reason);
            }

            @Override
            public Optional<EnrichmentStatus> get(String id) {
                return Optional.empty();
            }
        };
    }
}
