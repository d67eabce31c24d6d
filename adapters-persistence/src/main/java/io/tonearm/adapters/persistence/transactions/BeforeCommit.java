package io.tonearm.adapters.persistence.transactions;

import org.apache.ibatis.session.SqlSession;

/**
 * Adds the last statements of each attempt of a write, in its transaction, just before it commits (the change
 * log's row): they share the attempt's fate.
 */
@FunctionalInterface
public interface BeforeCommit {
    /** Adds nothing. */
    BeforeCommit NOTHING = session -> { };

    /** Adds this attempt's last statements to the transaction of {@code session}. */
    void beforeCommit(SqlSession session);
}
