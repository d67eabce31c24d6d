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
    private final ArtistEnrichment artists;
    private final Clock clock;
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private Job running;

    BackgroundEnrichments(AlbumEnrichment enrichment, ArtistEnrichment artists, Clock clock) {
        this.enrichment = enrichment;
        this.artists = artists;
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
        ArtistEnrichmentSummary artistSummary = null;
        String error = null;
        try {
            if (job.request.albums()) {
                summary = enrichment.enrichAlbums(job.request, job);
            }
            if (job.request.artists()) {
                artistSummary = artists.enrichArtists(job.request, job);
            }
        } catch (RuntimeException | Error e) {
            error = e.getMessage() == null ? e.toString() : e.getMessage();
        } finally {
            synchronized (this) {
                job.finish(summary, artistSummary, error, clock.instant());
                running = null;
            }
        }
    }

    /** One run's live state. */
    private static final class Job implements EnrichmentProgress {
        private final String id;
        private final EnrichmentRequest request;
        private final Instant startedAt;
        private int done;
        private int total;
        private int artistsDone;
        private int artistsTotal;
        private Instant finishedAt;
        private EnrichmentSummary summary;
        private ArtistEnrichmentSummary artistSummary;
        private String error;

        Job(String id, EnrichmentRequest request, Instant startedAt) {
            this.id = id;
            this.request = request;
            this.startedAt = startedAt;
        }

        @Override
        public synchronized void albumDone(int albumsDone, int albums) {
            done = albumsDone;
            total = albums;
        }

        @Override
        public synchronized void artistDone(int done, int total) {
            artistsDone = done;
            artistsTotal = total;
        }

        synchronized void finish(EnrichmentSummary result, ArtistEnrichmentSummary artistResult, String failure,
                                 Instant at) {
            summary = result;
            artistSummary = artistResult;
            error = failure;
            finishedAt = at;
        }

        synchronized EnrichmentStatus status() {
            EnrichmentStatus.State state = finishedAt == null ? EnrichmentStatus.State.RUNNING
                    : error == null ? EnrichmentStatus.State.DONE : EnrichmentStatus.State.FAILED;
            return new EnrichmentStatus(id, request, state, done, total, startedAt, finishedAt, summary, error,
                    artistsDone, artistsTotal, artistSummary);
        }
    }
}
