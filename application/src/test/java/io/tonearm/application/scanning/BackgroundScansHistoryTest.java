package io.tonearm.application.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.FileFailure;
import io.tonearm.domain.ScanCounts;
import io.tonearm.domain.ScanSummary;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What background scans remember: the latest finished ones, their failures, and an error without a message. */
class BackgroundScansHistoryTest {
    @TempDir
    Path library;

    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC);

    private LibraryScans scans(BiFunction<ScanRequest, ScanListener, ScanSummary> scan) {
        return LibraryScans.create(scan::apply, List.of(library), clock);
    }

    private static ScanSummary done() {
        return new ScanSummary(ScanCounts.ZERO, Duration.ZERO, List.of(), 0);
    }

    /** Waits for the running scan to end; the scans in these tests return at once. */
    private static ScanStatus finished(LibraryScans scans, ScanId id) {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (scans.getRunningScan().isPresent()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("the scan never finished");
            }
            Thread.onSpinWait();
        }
        return scans.getScan(id).orElseThrow();
    }

    @Test
    void theLibraryRoots_areTheConfiguredOnes_absoluteAndNormal() {
        LibraryScans scans = LibraryScans.create((request, listener) -> done(),
                List.of(library.resolve("a/../b")), clock);

        assertThat(scans.libraryRoots()).containsExactly(library.resolve("b").toAbsolutePath());
    }

    @Test
    void theLatestFinishedScans_areRemembered_theOlderForgotten() {
        LibraryScans scans = scans((request, listener) -> done());
        List<ScanId> ids = new ArrayList<>();
        for (int i = 0; i < LibraryScans.HISTORY + 2; i++) {
            ScanId id = scans.startScan(ScanRequest.of(library)).id();
            ids.add(id);
            assertThat(finished(scans, id).state()).isEqualTo(ScanState.SUCCEEDED);
        }

        assertThat(scans.getScan(ids.get(0))).isEmpty();
        assertThat(scans.getScan(ids.get(1))).isPresent();
        assertThat(scans.getScan(ids.get(ids.size() - 1))).isPresent();
    }

    @Test
    void anErrorWithoutMessage_isReportedByItsName() {
        LibraryScans scans = scans((request, listener) -> {
            throw new IllegalStateException();
        });

        ScanStatus status = finished(scans, scans.startScan(ScanRequest.of(library)).id());

        assertThat(status.state()).isEqualTo(ScanState.FAILED);
        assertThat(status.error()).isEqualTo("java.lang.IllegalStateException");
    }

    @Test
    void failuresBeyondTheKeptNumber_areCountedAsOmitted() {
        LibraryScans scans = scans((request, listener) -> {
            for (int i = 0; i <= ScanSummary.MAX_FAILURES_KEPT + 1; i++) {
                listener.failure(new FileFailure("/f" + i, "bad"));
            }
            throw new IllegalStateException("stopped");
        });

        ScanStatus status = finished(scans, scans.startScan(ScanRequest.of(library)).id());

        assertThat(status.failures()).hasSize(ScanSummary.MAX_FAILURES_KEPT);
        assertThat(status.failuresOmitted()).isEqualTo(2);
    }
}
