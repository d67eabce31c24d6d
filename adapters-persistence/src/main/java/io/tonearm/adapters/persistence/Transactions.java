package io.tonearm.adapters.persistence;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tonearm.domain.StoreUnavailableException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Runs work in one transaction on one connection, committing at the end or rolling back on any failure: the
 * one way this adapter reads and writes.
 *
 * <p>A write is run again, whole, on a fresh session when the database asks for it (a deadlock, a lock wait
 * timeout, a serialization failure: see {@link WriteRetries}). So the work must be a function of its session
 * alone: it reads what it needs inside, and whatever it computes outside the database (ids to remember,
 * events, cache invalidations) goes into its result, which the caller applies once {@link #write} returned —
 * that is, for the attempt that committed. Nothing done by an attempt that failed survives it.
 *
 * <p>Each attempt of a write made while a change is being recorded ({@link ChangeRecorder#recording}) ends with
 * that change's row of the change log, in the same transaction.
 */
final class Transactions {
    private final SqlSessionFactory factory;
    private final WriteRetries retries;
    private final RetryPolicy<Object> policy;
    private final ChangeRecorder changes;

    @Inject
    Transactions(SqlSessionFactory factory, WriteRetries retries, ChangeRecorder changes) {
        this.factory = factory;
        this.retries = retries;
        this.policy = retries.policy();
        this.changes = changes;
    }

    /** With a change recorder of its own: for tests and tools. */
    Transactions(SqlSessionFactory factory, WriteRetries retries) {
        this(factory, retries, new ChangeRecorder());
    }

    /** Retries as in production, counted in a registry of their own: for tests and tools. */
    Transactions(SqlSessionFactory factory) {
        this(factory, new WriteRetries(Optional.of(new SimpleMeterRegistry())));
    }

    /** With a change recorder shared with a {@link MyBatisChangeLog}: for tests. */
    Transactions(SqlSessionFactory factory, ChangeRecorder changes) {
        this(factory, new WriteRetries(Optional.of(new SimpleMeterRegistry())), changes);
    }

    /** Reads in one transaction, so a page and its total come from the same snapshot. */
    <T> T read(Function<SqlSession, T> work) {
        try (SqlSession session = factory.openSession(ExecutorType.SIMPLE, false)) {
            T result = work.apply(session);
            session.rollback(true);
            return result;
        } catch (RuntimeException e) {
            throw ConnectionFailures.translate(e);
        }
    }

    /**
     * Writes in one transaction with a BATCH executor: statements are sent to the driver in batches and
     * flushed before every read (MyBatis does that) or by {@link #flush}. Nothing is committed on failure.
     * The work is run again, whole and on a new session, when the database asks to restart the transaction.
     *
     * @return the result of the attempt that committed
     * @throws StoreUnavailableException ({@link StoreUnavailableException.Reason#CONTENDED}) if every attempt
     *     collided with other writes; nothing was written; ({@code UNREACHABLE}) if the database cannot be
     *     reached (see {@link ConnectionFailures})
     */
    <T> T write(Function<SqlSession, T> work) {
        int[] attempts = {0};
        try {
            return Failsafe.with(policy).get(context -> {
                attempts[0] = context.getAttemptCount() + 1;
                return attempt(work);
            });
        } catch (FailsafeException e) {
            // only checked exceptions are wrapped, and the work throws none: keep the original
            throw new IllegalStateException(e.getCause());
        } catch (RuntimeException e) {
            if (WriteRetries.causeOf(e).isPresent()) {
                retries.exhausted(e, attempts[0]);
                throw new StoreUnavailableException(StoreUnavailableException.Reason.CONTENDED,
                        "the database is busy: the write kept colliding with other writes; try again",
                        WriteRetries.RETRY_AFTER, e);
            }
            throw ConnectionFailures.translate(e);
        }
    }

    private <T> T attempt(Function<SqlSession, T> work) {
        try (SqlSession session = factory.openSession(ExecutorType.BATCH, false)) {
            T result;
            try {
                result = work.apply(session);
                // the change log row last: it shares the attempt's fate, and its position is taken just before
                // the commit
                changes.beforeCommit(session);
                session.commit(true);
            } catch (RuntimeException | Error e) {
                try {
                    session.rollback(true);
                } catch (RuntimeException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
            return result;
        }
    }

    /** Sends the pending batched statements. */
    static void flush(SqlSession session) {
        session.flushStatements();
    }

    /**
     * @return the rows changed by the statements batched since the last flush (sending them now); queue one
     *     statement per flush when its count matters: the driver's bulk protocol reports no count for a batch
     *     of several executions of one INSERT
     */
    static int flushCount(SqlSession session) {
        List<BatchResult> results = session.flushStatements();
        long rows = 0;
        for (BatchResult result : results) {
            for (int count : result.getUpdateCounts()) {
                if (count < 0) {
                    throw new IllegalStateException("the driver reported no row count for " + result.getSql());
                }
                rows += count;
            }
        }
        return Math.toIntExact(rows);
    }
}
