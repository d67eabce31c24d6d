package io.tonearm.adapters.persistence;

import java.util.List;
import java.util.function.Function;
import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** Runs work in one transaction on one connection, committing at the end or rolling back on any failure. */
final class Transactions {
    private final SqlSessionFactory factory;

    Transactions(SqlSessionFactory factory) {
        this.factory = factory;
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
     *
     * @throws io.tonearm.domain.StoreUnavailableException if the database cannot be reached (see
     *     {@link ConnectionFailures})
     */
    <T> T write(Function<SqlSession, T> work) {
        try {
            return writeOnce(work);
        } catch (RuntimeException e) {
            throw ConnectionFailures.translate(e);
        }
    }

    private <T> T writeOnce(Function<SqlSession, T> work) {
        try (SqlSession session = factory.openSession(ExecutorType.BATCH, false)) {
            T result;
            try {
                result = work.apply(session);
                session.commit(true);
            } catch (RuntimeException | Error e) {
                session.rollback(true);
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
