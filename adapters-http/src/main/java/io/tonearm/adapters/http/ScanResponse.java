package io.tonearm.adapters.http;

import io.tonearm.application.scanning.ScanStatus;
import io.tonearm.domain.FileFailure;
import io.tonearm.domain.ScanCounts;
import io.tonearm.domain.ScanProgress;
import java.time.Instant;
import java.util.List;

/** A scan as the API shows it: state, counts, rate, time left and the files that failed. */
record ScanResponse(String id, String root, boolean full, String state, Instant startedAt, Instant finishedAt,
                    Progress progress, List<Failure> failures, long failuresOmitted, String error) {

    /** The counts; {@code remainingMs} is null until the walk has found every file. */
    record Progress(long found, long processed, long unchanged, long added, long updated, long moved, long removed,
                    long failed, boolean walkFinished, long elapsedMs, double filesPerSecond, Long remainingMs) {
        static Progress of(ScanProgress progress) {
            ScanCounts counts = progress.counts();
            return new Progress(counts.found(), counts.processed(), counts.unchanged(), counts.added(),
                    counts.updated(), counts.moved(), counts.removed(), counts.failed(), progress.walkFinished(),
                    progress.elapsed().toMillis(), Math.round(progress.filesPerSecond() * 10) / 10.0,
                    progress.remaining().map(java.time.Duration::toMillis).orElse(null));
        }
    }

    /** A file that could not be taken into the catalog, and why. */
    record Failure(String path, String reason) {
        static Failure of(FileFailure failure) {
            return new Failure(failure.path(), failure.reason());
        }
    }

    static ScanResponse of(ScanStatus status) {
        return new ScanResponse(status.id().toString(), status.root(), status.full(), status.state().name(),
                status.startedAt(), status.finishedAt(), Progress.of(status.progress()),
                status.failures().stream().map(Failure::of).toList(), status.failuresOmitted(), status.error());
    }
}
