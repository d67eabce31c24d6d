package io.tonearm.application.scanning;

import io.tonearm.domain.FileFailure;
import io.tonearm.domain.ScanProgress;

/**
 * Hears how a scan goes. Calls come from the scan's threads, one at a time; a listener must return quickly.
 */
public interface ScanListener {
    /** A listener that ignores everything. */
    ScanListener NONE = new ScanListener() { };

    /** Called after every batch of files, and once when the walk has found every file. */
    default void progress(ScanProgress progress) {
    }

    /** Called for every file (or directory) that could not be taken into the catalog. */
    default void failure(FileFailure failure) {
    }
}
