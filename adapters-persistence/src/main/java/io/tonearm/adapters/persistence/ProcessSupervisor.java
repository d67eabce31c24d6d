package io.tonearm.adapters.persistence;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a child process running: when it dies without being asked to, starts it again, after a delay that
 * doubles with every failed try, up to a number of tries; then gives up and says so. A process that ran for a
 * while before it died gets the whole number of tries again; one that keeps dying soon after a start does not.
 */
final class ProcessSupervisor {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessSupervisor.class);

    /** Starts the process and returns it once it is ready for use. */
    @FunctionalInterface
    interface Starter {
        Process start() throws Exception;
    }

    /**
     * How hard to try.
     *
     * @param attempts   the starts tried after a death before giving up, at least 1
     * @param firstDelay the wait before the first try; each next one waits twice as long
     * @param stableAfter a process that ran this long counts as healthy again: its death starts a new series
     */
    record Policy(int attempts, Duration firstDelay, Duration stableAfter) {
        /** 5 tries, 1 s then 2, 4, 8, 16 s apart: about half a minute before giving up. */
        static final Policy DEFAULT = new Policy(5, Duration.ofSeconds(1), Duration.ofMinutes(1));

        Policy {
            if (attempts < 1 || firstDelay.isNegative() || stableAfter.isNegative()) {
                throw new IllegalArgumentException("attempts must be at least 1 and the durations not negative");
            }
        }
    }

    private final String name;
    private final Starter starter;
    private final Policy policy;
    private final Consumer<Process> onRestart;
    private final Runnable onGiveUp;
    private final ExecutorService restarts;
    private Process current;
    private long currentStarted;
    /** Tries used since the last process that ran long enough to count as healthy. */
    private int tries;
    private boolean closed;
    private boolean gaveUp;

    /**
     * @param name      what the process is, for the log
     * @param first     the process, already started
     * @param onRestart told of each process started in place of a dead one
     * @param onGiveUp  told once when no try succeeded
     */
    ProcessSupervisor(String name, Process first, Starter starter, Policy policy, Consumer<Process> onRestart,
                      Runnable onGiveUp) {
        this.name = name;
        this.starter = starter;
        this.policy = policy;
        this.onRestart = onRestart;
        this.onGiveUp = onGiveUp;
        this.restarts = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "supervisor-" + name.replace(' ', '-'));
            thread.setDaemon(true);
            return thread;
        });
        watch(first);
    }

    /** @return the process now running (or the last one, dead, while it is being restarted) */
    synchronized Process current() {
        return current;
    }

    /** @return whether the process is running, as far as this supervisor knows */
    synchronized boolean isRunning() {
        return !gaveUp && current.isAlive();
    }

    /** @return whether every try to restart the process failed */
    synchronized boolean gaveUp() {
        return gaveUp;
    }

    /**
     * Stops watching: a death from now on is expected (the caller is stopping the process).
     *
     * @return the process now running, for the caller to stop
     */
    Process stopWatching() {
        synchronized (this) {
            closed = true;
        }
        restarts.shutdownNow();
        return current();
    }

    private synchronized void watch(Process process) {
        current = process;
        currentStarted = System.nanoTime();
        process.onExit().thenAccept(this::exited);
    }

    private void exited(Process process) {
        synchronized (this) {
            if (closed || process != current) {
                return;
            }
            if (System.nanoTime() - currentStarted >= policy.stableAfter().toNanos()) {
                tries = 0;
            }
        }
        LOG.error("{} (pid {}) died (exit code {}): restarting it", name, process.pid(), process.exitValue());
        try {
            restarts.execute(this::restart);
        } catch (RejectedExecutionException e) {
            // closed in the meantime
        }
    }

    private void restart() {
        while (true) {
            int attempt;
            synchronized (this) {
                if (closed) {
                    return;
                }
                attempt = ++tries;
            }
            if (attempt > policy.attempts()) {
                synchronized (this) {
                    gaveUp = true;
                }
                LOG.error("{} could not be restarted after {} tries: giving up", name, policy.attempts());
                onGiveUp.run();
                return;
            }
            try {
                Thread.sleep(policy.firstDelay().multipliedBy(1L << Math.min(attempt - 1, 20)).toMillis());
                LOG.info("restarting {}: try {} of {}", name, attempt, policy.attempts());
                Process restarted = starter.start();
                synchronized (this) {
                    if (closed) {
                        restarted.destroy();
                        return;
                    }
                }
                watch(restarted);
                LOG.info("{} restarted (pid {}) on try {}", name, restarted.pid(), attempt);
                onRestart.accept(restarted);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warn("restarting {} failed on try {} of {}: {}", name, attempt, policy.attempts(),
                        e.getMessage());
            }
        }
    }
}
