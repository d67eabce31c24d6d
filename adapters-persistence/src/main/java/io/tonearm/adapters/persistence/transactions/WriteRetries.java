package io.tonearm.adapters.persistence.transactions;

import dev.failsafe.RetryPolicy;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a write transaction is worth running again, how often and after how long, and the count of such
 * retries in the process's metrics ({@value #RETRIES} by {@code cause}, {@value #EXHAUSTED} when the attempts
 * ran out).
 *
 * <p>InnoDB breaks a deadlock by rolling back one of the transactions and asks its client to restart it;
 * a lock wait that timed out, a serialization failure (SQLSTATE 40001) and MariaDB 11.6+'s "record has
 * changed since last read" (snapshot isolation) ask the same. Nothing else is retried: a duplicate key, a bad
 * value or a lost connection would fail again the same way, or are the outage handling's business.
 */
public final class WriteRetries {
    public static final String RETRIES = "tonearm.database.write.retries";
    public static final String EXHAUSTED = "tonearm.database.write.exhausted";
    /** Told to clients whose write ran out of attempts: by then the burst that caused it has usually passed. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    /** No attempt of a write starts later than this after its first. */
    public static final Duration MAX_DURATION = Duration.ofSeconds(20);

    private static final Logger LOG = LoggerFactory.getLogger(WriteRetries.class);

    /** Why the database asked for the transaction to be run again. */
    enum Cause {
        DEADLOCK("deadlock"),
        LOCK_WAIT_TIMEOUT("lock_wait_timeout"),
        SERIALIZATION_FAILURE("serialization_failure");

        final String tag;

        Cause(String tag) {
            this.tag = tag;
        }
    }

    private static final int ER_LOCK_DEADLOCK = 1213;
    /**
     * ER_AUTOINC_READ_FAILED: what InnoDB answers when a statement is chosen as deadlock victim while waiting
     * for a table's AUTO-INC lock (an INSERT ... SELECT holds it to the end of the statement).
     */
    private static final int ER_AUTOINC_READ_FAILED = 1467;
    private static final int ER_LOCK_WAIT_TIMEOUT = 1205;
    /** ER_CHECKREAD: with innodb_snapshot_isolation (default ON from MariaDB 11.8). */
    private static final int ER_CHECKREAD = 1020;

    private final int maxAttempts;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration maxDuration;
    private final Map<Cause, Counter> retries = new EnumMap<>(Cause.class);
    private final Counter exhausted;

    /**
     * @param registry where the retries are counted; without one (a module used alone, in tests) they are
     *                 counted in a registry of their own
     */
    @Inject
    WriteRetries(Optional<MeterRegistry> registry) {
        this(registry.orElseGet(SimpleMeterRegistry::new), 10, Duration.ofMillis(10), Duration.ofSeconds(1),
                MAX_DURATION);
    }

    /**
     * @param maxAttempts how many times a transaction runs at most, the first included
     * @param firstDelay  the wait before the first retry, doubled for each next one (with ±50 % jitter)
     * @param maxDelay    the longest wait between two attempts
     * @param maxDuration no attempt starts after this long since the first (lock waits can each take long)
     */
    public WriteRetries(MeterRegistry registry, int maxAttempts, Duration firstDelay, Duration maxDelay,
                 Duration maxDuration) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1 but was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.maxDuration = maxDuration;
        for (Cause cause : Cause.values()) {
            retries.put(cause, Counter.builder(RETRIES).tag("cause", cause.tag)
                    .description("write transactions run again because the database asked to restart them")
                    .register(registry));
        }
        exhausted = Counter.builder(EXHAUSTED)
                .description("write transactions given up after their last attempt collided again")
                .register(registry);
    }

    /** @return a policy retrying what {@link #causeOf} recognises, counting and logging each retry */
    <T> RetryPolicy<T> policy() {
        var builder = RetryPolicy.<T>builder()
                .handleIf(failure -> causeOf(failure).isPresent())
                .withMaxAttempts(maxAttempts)
                .withMaxDuration(maxDuration)
                .onRetry(event -> {
                    Cause cause = causeOf(event.getLastException()).orElseThrow();
                    retries.get(cause).increment();
                    LOG.debug("write transaction run again after a {} (attempt {} failed): {}", cause.tag,
                            event.getAttemptCount(), rootMessage(event.getLastException()));
                });
        if (maxDelay.compareTo(firstDelay) > 0) {
            builder.withBackoff(firstDelay, maxDelay).withJitter(0.5);
        } else if (!firstDelay.isZero()) {
            builder.withDelay(firstDelay);
        }
        return builder.build();
    }

    /** Counts and logs a transaction given up. */
    void exhausted(Throwable last, int attempts) {
        exhausted.increment();
        LOG.warn("write transaction given up after {} attempts, each colliding with other writes: {}", attempts,
                rootMessage(last));
    }

    /** @return why the database asked to run the transaction again, if that is what the failure says */
    static Optional<Cause> causeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    Optional<Cause> cause = causeOf(e);
                    if (cause.isPresent()) {
                        return cause;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Cause> causeOf(SQLException e) {
        int code = e.getErrorCode();
        if (code == ER_LOCK_DEADLOCK || code == ER_AUTOINC_READ_FAILED) {
            return Optional.of(Cause.DEADLOCK);
        }
        if (code == ER_LOCK_WAIT_TIMEOUT) {
            return Optional.of(Cause.LOCK_WAIT_TIMEOUT);
        }
        if (code == ER_CHECKREAD || "40001".equals(e.getSQLState())) {
            return Optional.of(Cause.SERIALIZATION_FAILURE);
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
