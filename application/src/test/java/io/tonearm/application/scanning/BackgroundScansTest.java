package io.tonearm.application.scanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundScansTest {

    @TempDir
    Path library;

    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC);

    /** A scanner that reports one failure and some progress, then waits until the test lets it finish. */
    private static final class GatedScanner implements LibraryScanner {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        RuntimeException failWith;

        @Override
        public ScanSummary scan(ScanRequest request, ScanListener listener) {
            listener.failure(new FileFailure(request.root() + "/bad.mp3", "not a readable MP3 file"));
            listener.progress(new ScanProgress(new ScanCounts(10, 0, 4, 0, 0, 0, 1), false, Duration.ofSeconds(1)));
            started.countDown();
            try {
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("test never released the scan");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failWith != null) {
                throw failWith;
            }
            return new ScanSummary(new ScanCounts(10, 0, 9, 0, 0, 0, 1), Duration.ofSeconds(2),
                    List.of(new FileFailure(request.root() + "/bad.mp3", "not a readable MP3 file")), 0);
        }
    }

    @Test
    void aSecondScanWhileOneRuns_isRefused_andTheRunningOneReportsProgressAndFailures() throws Exception {
        GatedScanner scanner = new GatedScanner();
        LibraryScans scans = LibraryScans.create(scanner, List.of(library), clock);

        ScanStatus first = scans.startScan(ScanRequest.of(library));
        assertThat(scanner.started.await(30, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> scans.startScan(ScanRequest.of(library)))
                .isInstanceOfSatisfying(ScanAlreadyRunningException.class,
                        e -> assertThat(e.running()).isEqualTo(first.id()));
        ScanStatus running = scans.getScan(first.id()).orElseThrow();
        assertThat(running.state()).isEqualTo(ScanState.RUNNING);
        assertThat(running.progress().counts().added()).isEqualTo(4);
        assertThat(running.failures()).extracting(FileFailure::reason).containsExactly("not a readable MP3 file");
        assertThat(scans.getRunningScan()).map(ScanStatus::id).contains(first.id());

        scanner.release.countDown();
        ScanStatus done = awaitEnd(scans, first.id());
        assertThat(done.state()).isEqualTo(ScanState.SUCCEEDED);
        assertThat(done.progress().counts().added()).isEqualTo(9);
        assertThat(done.progress().walkFinished()).isTrue();
        assertThat(done.finishedAt()).isEqualTo(clock.instant());
        assertThat(scans.getRunningScan()).isEmpty();
    }

    @Test
    void aScanThatFails_isReportedFailedWithItsError_andTheNextScanMayStart() throws Exception {
        GatedScanner scanner = new GatedScanner();
        scanner.failWith = new ScanFailedException("the catalog could not be written", new IllegalStateException());
        scanner.release.countDown();
        LibraryScans scans = LibraryScans.create(scanner, List.of(library), clock);

        ScanStatus failed = awaitEnd(scans, scans.startScan(ScanRequest.of(library)).id());

        assertThat(failed.state()).isEqualTo(ScanState.FAILED);
        assertThat(failed.error()).contains("could not be written");
        assertThat(scans.startScan(ScanRequest.of(library)).state()).isEqualTo(ScanState.RUNNING);
    }

    @Test
    void staleTracks_areCountedForTheNextScan_whichTakesThemOffWhenItSucceeds_aFailedOneDoesNot() throws Exception {
        List<Path> broughtUpToDate = new CopyOnWriteArrayList<>();
        AtomicInteger stale = new AtomicInteger(2);
        GatedScanner scanner = new GatedScanner();
        LibraryScans scans = LibraryScans.create(scanner, List.of(library), clock, new StaleTracks() {
            @Override
            public int countStaleTracks() {
                return stale.get();
            }

            @Override
            public void scanned(Path directory) {
                broughtUpToDate.add(directory);
                stale.set(0);
            }
        });
        assertThat(scans.staleTracks()).isEqualTo(2);

        ScanStatus first = scans.startScan(ScanRequest.of(library));
        scanner.release.countDown();
        awaitEnd(scans, first.id());

        assertThat(broughtUpToDate).containsExactly(library);
        assertThat(scans.staleTracks()).isZero();
        stale.set(1);
        scanner.failWith = new ScanFailedException("the catalog could not be written", new IllegalStateException());
        awaitEnd(scans, scans.startScan(ScanRequest.of(library)).id());
        assertThat(broughtUpToDate).hasSize(1);
        assertThat(scans.staleTracks()).isEqualTo(1);
    }

    @Test
    void theTotals_countStartedSucceededAndFailedScans_andAddUpTheFilesOfThoseThatEnded() throws Exception {
        GatedScanner scanner = new GatedScanner();
        LibraryScans scans = LibraryScans.create(scanner, List.of(library), clock);
        assertThat(scans.totals()).isEqualTo(ScanTotals.NONE);

        ScanStatus first = scans.startScan(ScanRequest.of(library));
        assertThat(scanner.started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(scans.totals()).isEqualTo(new ScanTotals(1, 0, 0, true, ScanCounts.ZERO));
        scanner.release.countDown();
        awaitEnd(scans, first.id());
        assertThat(scans.totals()).isEqualTo(new ScanTotals(1, 1, 0, false, new ScanCounts(10, 0, 9, 0, 0, 0, 1)));

        scanner.failWith = new ScanFailedException("the catalog could not be written", new IllegalStateException());
        awaitEnd(scans, scans.startScan(ScanRequest.of(library)).id());

        // the failed scan's files as far as it came: its last progress (4 added of 10 found)
        assertThat(scans.totals()).isEqualTo(new ScanTotals(2, 1, 1, false, new ScanCounts(20, 0, 13, 0, 0, 0, 2)));
        assertThatThrownBy(() -> new ScanTotals(0, 0, 0, false, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theTotals_addUpEveryKindOfFile() {
        ScanCounts each = new ScanCounts(7, 1, 2, 3, 4, 5, 6);
        LibraryScans scans = LibraryScans.create((request, listener) -> new ScanSummary(each, Duration.ofSeconds(1),
                List.of(), 0), List.of(library), clock);

        awaitEnd(scans, scans.startScan(ScanRequest.of(library)).id());
        awaitEnd(scans, scans.startScan(ScanRequest.of(library)).id());

        assertThat(scans.totals().files()).isEqualTo(new ScanCounts(14, 2, 4, 6, 8, 10, 12));
    }

    @Test
    void aRootOutsideTheLibrary_isRefusedNamingRoot(@TempDir Path elsewhere) throws IOException {
        LibraryScans scans = LibraryScans.create(new GatedScanner(), List.of(library), clock);
        Files.createDirectories(library.resolve("sub"));
        Files.createSymbolicLink(library.resolve("escape"), elsewhere);

        for (Path refused : List.of(elsewhere, library.resolve("sub/../.."), library.resolve("escape"))) {
            assertThatThrownBy(() -> scans.startScan(ScanRequest.of(refused)))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("root"))
                    .hasMessageContaining("outside");
        }
        assertThat(scans.getRunningScan()).isEmpty();
    }

    @Test
    void aRootThatIsNoDirectory_isRefusedNamingRoot() {
        LibraryScans scans = LibraryScans.create(new GatedScanner(), List.of(library), clock);

        assertThatThrownBy(() -> scans.startScan(ScanRequest.of(library.resolve("missing"))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("root"));
    }

    @Test
    void anUnknownScanId_findsNothing() {
        LibraryScans scans = LibraryScans.create(new GatedScanner(), List.of(library), clock);

        assertThat(scans.getScan(ScanId.random())).isEmpty();
        assertThatThrownBy(() -> ScanId.parse("not-a-uuid")).isInstanceOf(InvalidValueException.class);
    }

    private static ScanStatus awaitEnd(LibraryScans scans, ScanId id) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        ScanStatus status = scans.getScan(id).orElseThrow();
        while (status.state() == ScanState.RUNNING && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            status = scans.getScan(id).orElseThrow();
        }
        return status;
    }
}
