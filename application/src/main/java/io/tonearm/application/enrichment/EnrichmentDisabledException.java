package io.tonearm.application.enrichment;

/** Thrown when enrichment is asked for on a server where it is not configured; the message says what to set. */
public final class EnrichmentDisabledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param reason what is missing, and how to set it */
    public EnrichmentDisabledException(String reason) {
        super(reason);
    }
}
