package io.tonearm.application.scanning;

import io.tonearm.domain.FileFailure;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.ScanProgress;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A background scan as it stands.
 *
 * @param id              the scan's id
 * @param root            the scanned directory
 * @param full            whether every file is read again
 * @param state           running, succeeded or failed
 * @param startedAt       when it started
 * @param finishedAt      when it ended, or null while running
 * @param progress        the files found and what became of them so far
 * @param failures        the files that could not be taken in, with the reason (the first
 *                        {@link io.tonearm.domain.ScanSummary#MAX_FAILURES_KEPT})
 * @param failuresOmitted further failures counted but not listed
 * @param error           why the scan failed, or null
 */
public record ScanStatus(ScanId id, String root, boolean full, ScanState state, Instant startedAt,
                         Instant finishedAt, ScanProgress progress, List<FileFailure> failures,
                         long failuresOmitted, String error) {
    /** @throws InvalidValueException if a required part is missing */
    public ScanStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(progress, "progress");
        failures = List.copyOf(failures);
        if (failuresOmitted < 0) {
            throw new InvalidValueException("failuresOmitted", "failuresOmitted must be >= 0");
        }
    }
}
