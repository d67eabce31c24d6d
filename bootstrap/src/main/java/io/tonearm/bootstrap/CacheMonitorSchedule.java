package io.tonearm.bootstrap;

import io.tonearm.application.monitoring.CacheMonitor;
import io.tonearm.application.monitoring.Finding;
import io.tonearm.application.monitoring.Health;
import io.tonearm.application.monitoring.HealthReport;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the cache's health on a daemon thread, a fixed delay after the previous check ended, so that the
 * monitor keeps snapshots (and with them trends) and raises alerts whether or not anybody polls
 * {@code GET /api/cache/health}. The first check runs one interval after the start: right at start-up Redis is
 * usually not subscribed yet, which would raise an alert about nothing. A change of health is logged (a warning
 * when it worsens, info when it is healthy again); a check that throws is logged and the next one runs as planned.
 */
final class CacheMonitorSchedule implements AutoCloseable {
    static final String THREAD_NAME = "tonearm-cache-monitor";
    private static final Logger LOG = LoggerFactory.getLogger(CacheMonitorSchedule.class);

    private final CacheMonitor monitor;
    private final ScheduledExecutorService executor;
    // touched by the schedule's one thread only
    private Health lastHealth = Health.HEALTHY;

    private CacheMonitorSchedule(CacheMonitor monitor, ScheduledExecutorService executor) {
        this.monitor = monitor;
        this.executor = executor;
    }

    /**
     * @param interval the delay between the end of one check and the start of the next
     * @return the running schedule; {@link #close()} stops it
     * @throws IllegalArgumentException if the interval is not positive
     */
    static CacheMonitorSchedule start(CacheMonitor monitor, Duration interval) {
        Objects.requireNonNull(monitor, "monitor");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive but was " + interval);
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, THREAD_NAME);
            thread.setDaemon(true); // never what keeps the JVM alive
            return thread;
        });
        CacheMonitorSchedule schedule = new CacheMonitorSchedule(monitor, executor);
        long nanos = interval.toNanos();
        executor.scheduleWithFixedDelay(schedule::check, nanos, nanos, TimeUnit.NANOSECONDS);
        return schedule;
    }

    private void check() {
        // an exception escaping a scheduled task would cancel every later run, silently
        try {
            HealthReport report = monitor.check();
            Health health = report.health();
            if (health != lastHealth) {
                if (health == Health.HEALTHY) {
                    LOG.info("The cache is healthy again");
                } else if (health.ordinal() > lastHealth.ordinal()) {
                    LOG.warn("The cache's health is {}: {}", health.name().toLowerCase(Locale.ROOT),
                            report.snapshot().findings().stream().map(Finding::message)
                                    .collect(Collectors.joining("; ")));
                } else {
                    LOG.info("The cache's health is {} again", health.name().toLowerCase(Locale.ROOT));
                }
                lastHealth = health;
            }
        } catch (RuntimeException e) {
            LOG.warn("The periodic check of the cache's health failed; the next one runs as planned", e);
        }
    }

    /** Stops the schedule and waits for a check under way to end. Safe to call more than once. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("A check of the cache's health did not end within 10 s of the shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
