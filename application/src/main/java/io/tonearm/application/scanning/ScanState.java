package io.tonearm.application.scanning;

/** Where a background scan is in its life. */
public enum ScanState {
    /** Walking, reading and writing. */
    RUNNING,
    /** Finished; every readable file is in the catalog (unreadable ones are listed with the scan). */
    SUCCEEDED,
    /** Stopped early, for example because the catalog could not be written; see the scan's error. */
    FAILED
}
