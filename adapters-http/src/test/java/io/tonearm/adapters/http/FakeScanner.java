package io.tonearm.adapters.http;

import io.tonearm.application.scanning.LibraryScanner;
import io.tonearm.application.scanning.LibraryScans;
import io.tonearm.application.scanning.ScanListener;
import io.tonearm.application.scanning.ScanRequest;
import io.tonearm.domain.FileFailure;
import io.tonearm.domain.ScanCounts;
import io.tonearm.domain.ScanProgress;
import io.tonearm.domain.ScanSummary;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A scanner that reports one failed file and some progress, then waits until the test releases it. The API
 * tests run the real background scans ({@link LibraryScans#create}) over it; scanning itself is tested against
 * real files and the real database in bootstrap.
 */
final class FakeScanner implements LibraryScanner {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    /** @return background scans of the system's temporary directory over a scanner that finishes at once */
    static LibraryScans scansOfTempDir() {
        FakeScanner scanner = new FakeScanner();
        scanner.release.countDown();
        return LibraryScans.create(scanner, List.of(Path.of(System.getProperty("java.io.tmpdir"))),
                Clock.systemUTC());
    }

    @Override
    public ScanSummary scan(ScanRequest request, ScanListener listener) {
        FileFailure failure = new FileFailure(request.root().resolve("broken.mp3").toString(), "empty file (0 bytes)");
        listener.failure(failure);
        listener.progress(new ScanProgress(new ScanCounts(3, 0, 1, 0, 0, 0, 1), false, Duration.ofMillis(1500)));
        started.countDown();
        try {
            if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test did not release the scan");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new ScanSummary(new ScanCounts(3, 0, 2, 0, 0, 0, 1), Duration.ofSeconds(2), List.of(failure), 0);
    }
}
