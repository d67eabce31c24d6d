package io.tonearm.application.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.application.fakes.TestClock;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.enrichment.AlbumMatch;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.enrichment.ReleaseCandidate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Enrichment runs in the background: one at a time, followed by id, their end and their failure. */
class EnrichmentJobsTest {
    private static final EnrichmentSummary SUMMARY = new EnrichmentSummary(3, 1, 1, 0, 1, 0, List.of());
    private final TestClock clock = new TestClock(Instant.parse("2026-12-07T10:00:00Z"));

    /** An enrichment whose runs do what the test says. */
    private static AlbumEnrichment running(Function<EnrichmentProgress, EnrichmentSummary> run) {
        return new AlbumEnrichment() {
            @Override
            public EnrichmentSummary enrichAlbums(EnrichmentRequest request, EnrichmentProgress progress) {
                return run.apply(progress);
            }

            @Override
            public Optional<AlbumMatch> match(AlbumId album) {
                return Optional.empty();
            }

            @Override
            public List<ReleaseCandidate> candidates(AlbumId album) {
                return List.of();
            }

            @Override
            public PersonMatch matchByPerson(AlbumId album, MusicBrainzId release) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static EnrichmentStatus untilFinished(EnrichmentJobs jobs, String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            EnrichmentStatus status = jobs.get(id).orElseThrow();
            if (status.state() != EnrichmentStatus.State.RUNNING) {
                return status;
            }
            assertThat(System.nanoTime()).as("the run ends within 10 s").isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    @Test
    void aRun_isFollowedById_whileRunning_andWhenDone() throws InterruptedException {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        EnrichmentJobs jobs = EnrichmentJobs.create(running(progress -> {
            progress.albumDone(1, 3);
            halfway.countDown();
            await(goOn);
            progress.albumDone(3, 3);
            return SUMMARY;
        }), ArtistEnrichment.NONE, clock);

        EnrichmentStatus started = jobs.start(new EnrichmentRequest(true));
        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();

        EnrichmentStatus midway = jobs.get(started.id()).orElseThrow();
        assertThat(midway.state()).isEqualTo(EnrichmentStatus.State.RUNNING);
        assertThat(midway.done()).isEqualTo(1);
        assertThat(midway.total()).isEqualTo(3);
        assertThat(midway.request().dryRun()).isTrue();
        assertThatThrownBy(() -> jobs.start(new EnrichmentRequest(false)))
                .isInstanceOfSatisfying(EnrichmentAlreadyRunningException.class,
                        e -> assertThat(e.runningId()).isEqualTo(started.id()));

        goOn.countDown();
        EnrichmentStatus done = untilFinished(jobs, started.id());

        assertThat(done.state()).isEqualTo(EnrichmentStatus.State.DONE);
        assertThat(done.summary()).isEqualTo(SUMMARY);
        assertThat(done.done()).isEqualTo(3);
        assertThat(done.startedAt()).isEqualTo(clock.instant());
        assertThat(done.finishedAt()).isNotNull();
        assertThat(done.error()).isNull();
        assertThat(jobs.start(new EnrichmentRequest(false)).id()).as("the next may start").isNotEqualTo(started.id());
    }

    @Test
    void aRunThatFails_saysWhy_andFreesTheWayForTheNext() {
        EnrichmentJobs jobs = EnrichmentJobs.create(running(progress -> {
            throw new IllegalStateException("the database went away");
        }), ArtistEnrichment.NONE, clock);

        EnrichmentStatus failed = untilFinished(jobs, jobs.start(new EnrichmentRequest(false)).id());

        assertThat(failed.state()).isEqualTo(EnrichmentStatus.State.FAILED);
        assertThat(failed.error()).isEqualTo("the database went away");
        assertThat(failed.summary()).isNull();
        assertThat(jobs.get("no-such-run")).isEmpty();
    }

    @Test
    void onlyTheLatestRuns_areRemembered() {
        EnrichmentJobs jobs = EnrichmentJobs.create(running(progress -> SUMMARY), ArtistEnrichment.NONE, clock);
        String first = jobs.start(new EnrichmentRequest(false)).id();
        untilFinished(jobs, first);
        String last = first;
        for (int i = 0; i <= BackgroundEnrichments.HISTORY; i++) { // the running one is kept besides HISTORY finished
            last = jobs.start(new EnrichmentRequest(false)).id();
            untilFinished(jobs, last);
        }

        assertThat(jobs.get(first)).isEmpty();
        assertThat(jobs.get(last)).isPresent();
    }

    /** An artist enrichment that tells its progress and answers the given summary. */
    private static ArtistEnrichment artists(ArtistEnrichmentSummary summary, List<String> calls) {
        return new ArtistEnrichment() {
            @Override
            public ArtistEnrichmentSummary enrichArtists(EnrichmentRequest request, EnrichmentProgress progress) {
                calls.add("artists");
                progress.artistDone(2, 2);
                return summary;
            }

            @Override
            public Optional<io.tonearm.domain.enrichment.ArtistMatch> match(io.tonearm.domain.ArtistId artist) {
                return Optional.empty();
            }
        };
    }

    @Test
    void aRunOfBothKinds_doesAlbumsThenArtists_andReportsBoth() {
        List<String> calls = new java.util.ArrayList<>();
        ArtistEnrichmentSummary artistSummary = new ArtistEnrichmentSummary(2, 0, 1, 0, 1, 0, List.of());
        EnrichmentJobs jobs = EnrichmentJobs.create(running(progress -> {
            calls.add("albums");
            progress.albumDone(3, 3);
            return SUMMARY;
        }), artists(artistSummary, calls), clock);

        EnrichmentStatus done = untilFinished(jobs, jobs.start(new EnrichmentRequest(false)).id());

        assertThat(calls).containsExactly("albums", "artists");
        assertThat(done.summary()).isEqualTo(SUMMARY);
        assertThat(done.artistSummary()).isEqualTo(artistSummary);
        assertThat(done.done()).isEqualTo(3);
        assertThat(done.artistsDone()).isEqualTo(2);
        assertThat(done.artistsTotal()).isEqualTo(2);
    }

    @Test
    void aRunOfOneKind_leavesTheOtherAlone() {
        List<String> calls = new java.util.ArrayList<>();
        ArtistEnrichmentSummary artistSummary = new ArtistEnrichmentSummary(2, 0, 1, 0, 1, 0, List.of());
        EnrichmentJobs jobs = EnrichmentJobs.create(running(progress -> {
            calls.add("albums");
            return SUMMARY;
        }), artists(artistSummary, calls), clock);

        EnrichmentStatus artistsOnly = untilFinished(jobs, jobs.start(new EnrichmentRequest(
                java.util.Set.of(EnrichmentRequest.Kind.ARTISTS), false)).id());
        assertThat(calls).containsExactly("artists");
        assertThat(artistsOnly.summary()).isNull();
        assertThat(artistsOnly.artistSummary()).isEqualTo(artistSummary);

        calls.clear();
        EnrichmentStatus albumsOnly = untilFinished(jobs, jobs.start(new EnrichmentRequest(
                java.util.Set.of(EnrichmentRequest.Kind.ALBUMS), false)).id());
        assertThat(calls).containsExactly("albums");
        assertThat(albumsOnly.summary()).isEqualTo(SUMMARY);
        assertThat(albumsOnly.artistSummary()).isNull();
        assertThat(albumsOnly.artistsDone()).isZero();
    }

    @Test
    void disabledJobs_refuseToStart_sayingWhatToSet() {
        EnrichmentJobs jobs = EnrichmentJobs.disabled("set enrichment.contact");

        assertThatThrownBy(() -> jobs.start(new EnrichmentRequest(false)))
                .isInstanceOf(EnrichmentDisabledException.class).hasMessage("set enrichment.contact");
        assertThat(jobs.get("x")).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
