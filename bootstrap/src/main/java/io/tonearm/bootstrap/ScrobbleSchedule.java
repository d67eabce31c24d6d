package io.tonearm.bootstrap;

import io.tonearm.application.scrobbling.ScrobbleSender;
import io.tonearm.application.scrobbling.SendReport;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the scrobble queue on one daemon thread of {@code serve}: a round every interval, at once again while rounds
 * find listens (a backlog after an outage drains at the service's pace, not one batch per interval), and prunes the
 * accepted listens past their keeping every {@link #PRUNE_EVERY}. A round that fails (the database out of reach) is
 * logged and the schedule goes on.
 */
final class ScrobbleSchedule implements AutoCloseable {
    static final String THREAD_NAME = "tonearm-scrobbling";
    static final Duration PRUNE_EVERY = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(ScrobbleSchedule.class);

    private final ScrobbleSender sender;
    private final long intervalNanos;
    private final ScheduledExecutorService executor;
    private long nextPrune = System.nanoTime();

    private ScrobbleSchedule(ScrobbleSender sender, Duration interval, ScheduledExecutorService executor) {
        this.sender = sender;
        this.intervalNanos = interval.toNanos();
        this.executor = executor;
    }

    /** @return the running schedule, whose first round runs after one interval; {@link #close()} stops it */
    static ScrobbleSchedule start(ScrobbleSender sender, Duration interval) {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(interval, "interval");
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, THREAD_NAME);
            thread.setDaemon(true);
            return thread;
        });
        ScrobbleSchedule schedule = new ScrobbleSchedule(sender, interval, executor);
        executor.schedule(schedule::run, interval.toNanos(), TimeUnit.NANOSECONDS);
        return schedule;
    }

    private void run() {
        long pause = intervalNanos;
        try {
            SendReport report = sender.sendDue();
            if (!report.idle()) {
                LOG.info("scrobbling: {} listen(s) sent, {} postponed, {} failed, {} token(s) refused", report.sent(),
                        report.postponed(), report.failed(), report.rejectedUsers());
                if (report.sent() > 0) {
                    pause = 0; // more may be due
                }
            }
            if (System.nanoTime() - nextPrune >= 0) {
                nextPrune = System.nanoTime() + PRUNE_EVERY.toNanos();
                int pruned = sender.prune();
                LOG.debug("scrobbling: {} accepted listen(s) past their keeping pruned", pruned);
            }
        } catch (RuntimeException e) {
            LOG.warn("scrobbling: a round failed; the listens stay queued and the schedule goes on: {}", e.toString());
        }
        if (!executor.isShutdown()) {
            try {
                executor.schedule(this::run, pause, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                // closed meanwhile
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
