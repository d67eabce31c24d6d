package io.tonearm.application.enrichment;

/** Told of a run's progress, album by album and artist by artist (from the run's thread). */
@FunctionalInterface
public interface EnrichmentProgress {
    /** Progress that nobody follows. */
    EnrichmentProgress NONE = (done, total) -> { };

    /**
     * @param done  albums looked at so far
     * @param total albums in the catalog when the run started
     */
    void albumDone(int done, int total);

    /**
     * @param done  artists looked at so far
     * @param total artists in the catalog when the artists' part of the run started
     */
    default void artistDone(int done, int total) {
        // followed only by those who show artists apart
    }
}
