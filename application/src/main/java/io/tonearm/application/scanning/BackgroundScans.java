package io.tonearm.application.scanning;

import io.tonearm.domain.FileFailure;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.ScanCounts;
import io.tonearm.domain.ScanProgress;
import io.tonearm.domain.ScanSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs one scan at a time on a thread of its own and remembers the latest ones. */
final class BackgroundScans implements LibraryScans {
    private final LibraryScanner scanner;
    private final List<Path> libraryRoots;
    private final Clock clock;
    private final StaleTracks stale;
    private final Map<ScanId, Job> jobs = new LinkedHashMap<>();
    private Job running;
    private ScanTotals totals = ScanTotals.NONE;

    BackgroundScans(LibraryScanner scanner, List<Path> libraryRoots, Clock clock, StaleTracks stale) {
        this.scanner = scanner;
        this.libraryRoots = libraryRoots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        this.clock = clock;
        this.stale = stale;
    }

    @Override
    public synchronized ScanStatus startScan(ScanRequest request) {
        if (running != null) {
            throw new ScanAlreadyRunningException(running.id);
        }
        checkInsideLibrary(request.root());
        Job job = new Job(ScanId.random(), request, clock.instant());
        jobs.put(job.id, job);
        forgetOldJobs();
        running = job;
        totals = new ScanTotals(totals.started() + 1, totals.succeeded(), totals.failed(), true, totals.files());
        Thread thread = new Thread(() -> run(job), "tonearm-scan-" + job.id);
        thread.setDaemon(true);
        thread.start();
        return job.status();
    }

    @Override
    public synchronized Optional<ScanStatus> getScan(ScanId id) {
        Job job = jobs.get(id);
        return job == null ? Optional.empty() : Optional.of(job.status());
    }

    @Override
    public List<Path> libraryRoots() {
        return libraryRoots;
    }

    @Override
    public synchronized Optional<ScanStatus> getRunningScan() {
        return running == null ? Optional.empty() : Optional.of(running.status());
    }

    private void run(Job job) {
        ScanSummary summary = null;
        String error = null;
        try {
            summary = scanner.scan(job.request, job);
            stale.scanned(job.request.root()); // before the scan shows as ended: its end means they are counted off
        } catch (RuntimeException | Error e) {
            error = e.getMessage() == null ? e.toString() : e.getMessage();
        } finally {
            // Finished and no longer running in one step: whoever sees the end may start the next scan.
            synchronized (this) {
                job.finish(summary, error, clock.instant());
                running = null;
                boolean succeeded = summary != null;
                totals = new ScanTotals(totals.started(), totals.succeeded() + (succeeded ? 1 : 0),
                        totals.failed() + (succeeded ? 0 : 1), false,
                        plus(totals.files(), job.status().progress().counts()));
            }
        }
    }

    @Override
    public synchronized ScanTotals totals() {
        return totals;
    }

    @Override
    public int staleTracks() {
        return stale.countStaleTracks();
    }

    private static ScanCounts plus(ScanCounts a, ScanCounts b) {
        return new ScanCounts(a.found() + b.found(), a.unchanged() + b.unchanged(), a.added() + b.added(),
                a.updated() + b.updated(), a.moved() + b.moved(), a.removed() + b.removed(), a.failed() + b.failed());
    }

    private void checkInsideLibrary(Path root) {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            throw new InvalidValueException("root", "root must be an existing directory but " + root + " is not");
        }
        if (!Files.isDirectory(real)) {
            throw new InvalidValueException("root", "root must be a directory but " + root + " is not");
        }
        for (Path libraryRoot : libraryRoots) {
            try {
                if (real.startsWith(libraryRoot.toRealPath())) {
                    return;
                }
            } catch (IOException e) {
                // a configured root that does not exist (yet) contains nothing
            }
        }
        throw new InvalidValueException("root", "root " + root + " is outside the library's directories "
                + libraryRoots + ": refused");
    }

    private void forgetOldJobs() {
        var iterator = jobs.entrySet().iterator();
        while (jobs.size() > HISTORY + 1 && iterator.hasNext()) {
            if (iterator.next().getValue() != running) {
                iterator.remove();
            }
        }
    }

    /** One scan's live state, fed by the scan's listener calls (one at a time). */
    private static final class Job implements ScanListener {
        private final ScanId id;
        private final ScanRequest request;
        private final Instant startedAt;
        private final List<FileFailure> failures = new ArrayList<>();
        private long failuresOmitted;
        private ScanProgress progress = new ScanProgress(ScanCounts.ZERO, false, Duration.ZERO);
        private ScanState state = ScanState.RUNNING;
        private Instant finishedAt;
        private String error;

        Job(ScanId id, ScanRequest request, Instant startedAt) {
            this.id = id;
            this.request = request;
            this.startedAt = startedAt;
        }

        @Override
        public synchronized void progress(ScanProgress newProgress) {
            progress = newProgress;
        }

        @Override
        public synchronized void failure(FileFailure failure) {
            if (failures.size() < ScanSummary.MAX_FAILURES_KEPT) {
                failures.add(failure);
            } else {
                failuresOmitted++;
            }
        }

        synchronized void finish(ScanSummary summary, String failure, Instant at) {
            finishedAt = at;
            if (summary != null) {
                state = ScanState.SUCCEEDED;
                progress = new ScanProgress(summary.counts(), true, summary.elapsed());
            } else {
                state = ScanState.FAILED;
                error = failure;
            }
        }

        synchronized ScanStatus status() {
            return new ScanStatus(id, request.root().toString(), request.full(), state, startedAt, finishedAt,
                    progress, failures, failuresOmitted, error);
        }
    }
}
