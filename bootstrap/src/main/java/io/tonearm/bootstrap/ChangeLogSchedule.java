package io.tonearm.bootstrap;

import io.tonearm.application.changelog.ChangeFollower;
import io.tonearm.application.changelog.FollowerStatus;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the change log on a daemon thread of its own: every {@code poll} after the previous poll ended, and after
 * a failed read (the database out of reach) with a pause doubling up to {@link #MAX_PAUSE}, so that an outage
 * costs a few attempts, not a storm of them; the next read that works catches up. Prunes the log at start and
 * then every {@link #PRUNE_EVERY}.
 */
final class ChangeLogSchedule implements AutoCloseable {
    static final String THREAD_NAME = "tonearm-change-log";
    static final Duration MAX_PAUSE = Duration.ofSeconds(5);
    static final Duration PRUNE_EVERY = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(ChangeLogSchedule.class);

    private final ChangeFollower follower;
    private final long pollNanos;
    private final ScheduledExecutorService executor;
    // touched by the schedule's one thread only (and the starting thread before it)
    private long nextPrune = System.nanoTime();
    private long gapsLogged;

    private ChangeLogSchedule(ChangeFollower follower, Duration poll, ScheduledExecutorService executor) {
        this.follower = follower;
        this.pollNanos = poll.toNanos();
        this.executor = executor;
    }

    /**
     * Polls once on the calling thread, so that a server starts serving only after it applied what the others
     * changed last (the first poll reads the end of the log again), then every {@code poll} on its own thread.
     *
     * @return the running schedule; {@link #close()} stops it
     */
    static ChangeLogSchedule start(ChangeFollower follower, Duration poll) {
        Objects.requireNonNull(follower, "follower");
        Objects.requireNonNull(poll, "poll");
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, THREAD_NAME);
            thread.setDaemon(true); // never what keeps the JVM alive
            return thread;
        });
        ChangeLogSchedule schedule = new ChangeLogSchedule(follower, poll, executor);
        schedule.run();
        return schedule;
    }

    private void run() {
        long pause = pollNanos;
        // an exception escaping a scheduled task would stop the polls, silently
        try {
            FollowerStatus status = follower.poll();
            log(status);
            if (status.consecutiveFailures() > 0) {
                pause = Math.min(MAX_PAUSE.toNanos(),
                        pollNanos << Math.min(20, status.consecutiveFailures()));
            } else if (System.nanoTime() - nextPrune >= 0) {
                nextPrune = System.nanoTime() + PRUNE_EVERY.toNanos();
                int pruned = follower.prune();
                LOG.debug("change log: {} row(s) past the retention pruned", pruned);
            }
        } catch (RuntimeException e) {
            LOG.warn("change log: a poll failed; polling goes on", e);
        }
        if (!executor.isShutdown()) {
            try {
                executor.schedule(this::run, pause, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closed meanwhile
            }
        }
    }

    private int failuresLogged;

    private void log(FollowerStatus status) {
        if (status.gaps() > gapsLogged) {
            gapsLogged = status.gaps();
            // a position of the log it could not account for, or a gap the cache found by itself
            LOG.warn("cache gap: {}", status.lastGap());
        }
        if (status.consecutiveFailures() == 1) {
            LOG.warn("change log: cannot be read, trying again with a growing pause: {}", status.lastFailure());
        } else if (status.consecutiveFailures() == 0 && failuresLogged > 0) {
            LOG.info("change log: read again after {} failed attempt(s), caught up at position {}", failuresLogged,
                    status.position());
        }
        failuresLogged = status.consecutiveFailures();
    }

    /** Stops polling and waits for a poll under way to end. Safe to call more than once. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("A poll of the change log did not end within 10 s of the shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
