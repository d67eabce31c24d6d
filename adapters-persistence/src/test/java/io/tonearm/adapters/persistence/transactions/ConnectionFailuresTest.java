package io.tonearm.adapters.persistence.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.StoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.Test;

class ConnectionFailuresTest {

    @Test
    void thePoolsTimeout_asMyBatisWrapsIt_isAnUnreachableStore() {
        RuntimeException failure = new PersistenceException("Error querying database",
                new SQLTransientConnectionException("tonearm-db - Connection is not available, request timed out",
                        "08000", new SQLNonTransientConnectionException("Socket fail to connect", "08000")));

        RuntimeException translated = ConnectionFailures.translate(failure);

        assertThat(translated).isInstanceOf(StoreUnavailableException.class).hasCause(failure);
        StoreUnavailableException unavailable = (StoreUnavailableException) translated;
        assertThat(unavailable.reason()).isEqualTo(StoreUnavailableException.Reason.UNREACHABLE);
        assertThat(unavailable.retryAfter()).isEqualTo(ConnectionFailures.RETRY_AFTER);
    }

    @Test
    void aConnectionLostUnderAStatement_isAnUnreachableStore() {
        assertThat(ConnectionFailures.translate(new PersistenceException(
                new SQLNonTransientConnectionException("socket closed", "08000"))))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(ConnectionFailures.translate(new PersistenceException(
                new SQLException("Communications link failure", "08S01"))))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void thePoolsTimeoutWithoutAFailedConnection_isAnUnreachableStoreToo() {
        assertThat(ConnectionFailures.translate(new PersistenceException(
                new SQLTransientConnectionException("tonearm-db - Connection is not available, request timed out"))))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void otherFailures_staySuchAsTheyAre() {
        RuntimeException duplicate = new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062));
        // what the MariaDB driver throws for a trigger's SIGNAL in a batch: a connection exception by its class only
        RuntimeException signalled = new PersistenceException(
                new SQLTransientConnectionException("boom refused", "45000"));
        RuntimeException bug = new IllegalStateException("a bug");

        assertThat(ConnectionFailures.translate(duplicate)).isSameAs(duplicate);
        assertThat(ConnectionFailures.translate(signalled)).isSameAs(signalled);
        assertThat(ConnectionFailures.translate(bug)).isSameAs(bug);
    }
}
