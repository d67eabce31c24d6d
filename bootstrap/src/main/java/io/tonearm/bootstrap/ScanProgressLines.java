package io.tonearm.bootstrap;

import io.tonearm.domain.ScanCounts;
import io.tonearm.domain.ScanProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** Progress as plain lines, readable in a log: at most one per {@link #INTERVAL}. */
final class ScanProgressLines implements ScanProgressDisplay {
    /** How often a line is written at most. */
    static final Duration INTERVAL = Duration.ofSeconds(2);

    private final PrintWriter out;
    private long lastLine = System.nanoTime();

    ScanProgressLines(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void progress(ScanProgress progress) {
        long now = System.nanoTime();
        if (now - lastLine < INTERVAL.toNanos()) {
            return;
        }
        lastLine = now;
        ScanCounts counts = progress.counts();
        String total = progress.walkFinished() ? String.valueOf(counts.found()) : counts.found() + "+";
        String eta = progress.remaining().map(left -> ", about " + ScanProgressDisplay.seconds(left) + " left")
                .orElse("");
        out.printf(Locale.ROOT, "scanning: %d of %s files, %.0f files/s%s (%s)%n", counts.processed(), total,
                progress.filesPerSecond(), eta, ScanProgressDisplay.counts(counts));
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }
}
