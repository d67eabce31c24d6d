package io.tonearm.domain.enrichment;

/** How a listening service took a batch of listens. */
public enum SubmissionResult {
    /** Every listen of the batch was accepted. */
    ACCEPTED,
    /** The user's token was refused: nothing was accepted, and sending again with the same token is pointless. */
    TOKEN_REJECTED
}
