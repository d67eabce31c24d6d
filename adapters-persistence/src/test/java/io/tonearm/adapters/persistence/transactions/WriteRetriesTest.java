package io.tonearm.adapters.persistence.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.Test;

/** Which failures make the write runner run a transaction again (TransactionsTest runs them on the database). */
class WriteRetriesTest {

    @Test
    void theCauses_areRecognisedByErrorCodeOrSqlState_anywhereInTheChain() {
        assertThat(WriteRetries.causeOf(new PersistenceException(new SQLException("x", "40001", 1213))))
                .contains(WriteRetries.Cause.DEADLOCK);
        assertThat(WriteRetries.causeOf(new SQLException("x", "HY000", 1205)))
                .contains(WriteRetries.Cause.LOCK_WAIT_TIMEOUT);
        assertThat(WriteRetries.causeOf(new RuntimeException(new SQLException("x", "40001", 0))))
                .contains(WriteRetries.Cause.SERIALIZATION_FAILURE);
        assertThat(WriteRetries.causeOf(new SQLException("Record has changed since last read", "HY000", 1020)))
                .contains(WriteRetries.Cause.SERIALIZATION_FAILURE);
        assertThat(WriteRetries.causeOf(new SQLException("Failed to read auto-increment value", "HY000", 1467)))
                .as("a deadlock on the AUTO-INC lock").contains(WriteRetries.Cause.DEADLOCK);
        SQLException batch = new BatchUpdateException("batch", "HY000", 0, new int[0]);
        batch.setNextException(new SQLException("x", "40001", 1213));
        assertThat(WriteRetries.causeOf(batch)).contains(WriteRetries.Cause.DEADLOCK);
        assertThat(WriteRetries.causeOf(new SQLException("Duplicate entry", "23000", 1062))).isEmpty();
        assertThat(WriteRetries.causeOf(new SQLException("Connection refused", "08000", 0))).isEmpty();
        assertThat(WriteRetries.causeOf(new IllegalStateException("no SQL here"))).isEmpty();
    }
}
