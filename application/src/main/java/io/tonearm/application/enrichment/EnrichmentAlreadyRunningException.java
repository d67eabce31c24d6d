package io.tonearm.application.enrichment;

/** Thrown when an enrichment run is asked for while another runs. */
public final class EnrichmentAlreadyRunningException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String runningId;

    EnrichmentAlreadyRunningException(String runningId) {
        super("an enrichment run is already running: " + runningId);
        this.runningId = runningId;
    }

    /** @return the id of the run that is running */
    public String runningId() {
        return runningId;
    }
}
