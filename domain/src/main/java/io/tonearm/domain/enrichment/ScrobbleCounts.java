package io.tonearm.domain.enrichment;

/**
 * How many of a user's listens are in each state of the {@link ScrobbleQueue}.
 *
 * @param pending waiting to be sent (or to be sent again)
 * @param sent    accepted by the service (and not yet pruned)
 * @param failed  refused by the service for good
 */
public record ScrobbleCounts(long pending, long sent, long failed) {
    public ScrobbleCounts {
        if (pending < 0 || sent < 0 || failed < 0) {
            throw new IllegalArgumentException("counts must be >= 0 but were " + pending + "/" + sent + "/" + failed);
        }
    }
}
