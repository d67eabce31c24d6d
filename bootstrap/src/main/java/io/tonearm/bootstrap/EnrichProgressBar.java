package io.tonearm.bootstrap;

import io.tonearm.application.enrichment.EnrichmentProgress;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The terminal's progress bar of one kind of enrichment (albums or artists): how many of how many, the rate and the
 * time left, which at MusicBrainz's one request per second is worth seeing.
 */
final class EnrichProgressBar implements EnrichmentProgress, AutoCloseable {
    private final ProgressBar bar;

    /** @param what {@code albums} or {@code artists} */
    EnrichProgressBar(PrintStream terminal, String what) {
        this.bar = new ProgressBarBuilder()
                .setTaskName("Enriching " + what)
                .setInitialMax(-1)
                .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                .setUnit(" " + what, 1)
                .showSpeed()
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(terminal))
                .build();
    }

    @Override
    public void albumDone(int done, int total) {
        step(done, total);
    }

    @Override
    public void artistDone(int done, int total) {
        step(done, total);
    }

    private void step(int done, int total) {
        bar.maxHint(total);
        bar.stepTo(done);
    }

    /** @return how far the bar is (for tests) */
    long current() {
        return bar.getCurrent();
    }

    /** @return the bar's total (for tests) */
    long max() {
        return bar.getMax();
    }

    @Override
    public void close() {
        bar.close();
    }
}
