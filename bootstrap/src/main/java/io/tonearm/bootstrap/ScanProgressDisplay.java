package io.tonearm.bootstrap;

import io.tonearm.application.scanning.ScanListener;
import io.tonearm.domain.ScanCounts;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How {@code tonearm scan} shows a scan going on: a progress bar (files/s, ETA) on a terminal
 * ({@link ScanProgressBar}), plain progress lines otherwise ({@link ScanProgressLines}: a pipe, a log file, CI).
 */
interface ScanProgressDisplay extends ScanListener, AutoCloseable {

    /** @return a progress bar on {@code terminal} if there is one, else progress lines on {@code lines} */
    static ScanProgressDisplay of(Optional<PrintStream> terminal, PrintWriter lines) {
        return terminal.<ScanProgressDisplay>map(ScanProgressBar::new).orElseGet(() -> new ScanProgressLines(lines));
    }

    @Override
    void close();

    /** @return the counts in words, as the progress lines and the summary show them */
    static String counts(ScanCounts counts) {
        return String.format(Locale.ROOT, "%d added, %d updated, %d moved, %d removed, %d failed, %d unchanged",
                counts.added(), counts.updated(), counts.moved(), counts.removed(), counts.failed(),
                counts.unchanged());
    }

    /** @return the duration in seconds with one decimal, such as {@code 2.5 s} */
    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
