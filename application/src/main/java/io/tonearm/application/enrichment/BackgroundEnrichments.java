package io.tonearm.application.enrichment;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Runs one enrichment at a time on a thread of its own and remembers the latest ones. */
final class BackgroundEnrichments implements EnrichmentJobs {
    /** Finished runs remembered besides the running one. */
    static final int HISTORY = 10;

    private final AlbumEnrichment enrichment;
    private final Clock clock;
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private Job running;

    BackgroundEnrichments(AlbumEnrichment enrichment, Clock clock) {
        this.enrichment = enrichment;
        this.clock = clock;
    }

    @Override
    public synchronized EnrichmentStatus start(EnrichmentRequest request) {
        if (running != null) {
            throw new EnrichmentAlreadyRunningException(running.id);
        }
        Job job = new Job(UUID.randomUUID().toString(), request, clock.instant());
        jobs.put(job.id, job);
        var oldest = jobs.keySet().iterator();
        while (jobs.size() > HISTORY + 1) {
            oldest.next();
            oldest.remove();
        }
        running = job;
        Thread thread = new Thread(() -> run(job), "tonearm-enrichment-" + job.id);
        thread.setDaemon(true);
        thread.start();
        return job.status();
    }

    @Override
    public synchronized Optional<EnrichmentStatus> get(String id) {
        Job job = jobs.get(id);
        return job == null ? Optional.empty() : Optional.of(job.status());
    }

    private void run(Job job) {
        EnrichmentSummary summary = null;
        String error = null;
        try {
            summary = enrichment.enrichAlbums(job.request, job::progress);
        } catch (RuntimeException | Error e) {
            error = e.getMessage() == null ? e.toString() : e.getMessage();
        } finally {
            synchronized (this) {
                job.finish(summary, error, clock.instant());
                running = null;
            }
        }
    }

    /** One run's live state. */
    private static final class Job {
        private final String id;
        private final EnrichmentRequest request;
        private final Instant startedAt;
        private int done;
        private int total;
        private Instant finishedAt;
        private EnrichmentSummary summary;
        private String error;

        Job(String id, EnrichmentRequest request, Instant startedAt) {
            this.id = id;
            this.request = request;
            this.startedAt = startedAt;
        }

        synchronized void progress(int albumsDone, int albums) {
            done = albumsDone;
            total = albums;
        }

        synchronized void finish(EnrichmentSummary result, String failure, Instant at) {
            summary = result;
            error = failure;
            finishedAt = at;
        }

        synchronized EnrichmentStatus status() {
            EnrichmentStatus.State state = finishedAt == null ? EnrichmentStatus.State.RUNNING
                    : error == null ? EnrichmentStatus.State.DONE : EnrichmentStatus.State.FAILED;
            return new EnrichmentStatus(id, request, state, done, total, startedAt, finishedAt, summary, error);
        }
    }
}
