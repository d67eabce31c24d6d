package io.tonearm.bootstrap;

import io.tonearm.domain.ScanCounts;
import io.tonearm.domain.ScanProgress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The terminal's progress bar; its total is unknown (indefinite) until the walk has found every file. */
final class ScanProgressBar implements ScanProgressDisplay {
    private final ProgressBar bar;
    private volatile Optional<Duration> remaining = Optional.empty();

    ScanProgressBar(PrintStream terminal) {
        this.bar = new ProgressBarBuilder()
                .setTaskName("Scanning")
                .setInitialMax(-1)
                .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                .setUnit(" files", 1)
                .showSpeed()
                .setUpdateIntervalMillis(250)
                // the scan's own estimate: it knows when the walk is complete, the bar does not
                .setEtaFunction(state -> remaining)
                .setConsumer(new ConsoleProgressBarConsumer(terminal))
                .build();
    }

    @Override
    public void progress(ScanProgress progress) {
        remaining = progress.remaining();
        ScanCounts counts = progress.counts();
        if (progress.walkFinished()) {
            bar.maxHint(counts.found());
        }
        bar.stepTo(counts.processed());
        bar.setExtraMessage(String.format(Locale.ROOT, "+%d ~%d >%d -%d !%d", counts.added(), counts.updated(),
                counts.moved(), counts.removed(), counts.failed()));
    }

    @Override
    public void close() {
        bar.close();
    }
}
