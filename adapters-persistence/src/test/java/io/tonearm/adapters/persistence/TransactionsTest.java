package io.tonearm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.adapters.persistence.transactions.WriteRetries;
import io.tonearm.domain.StoreUnavailableException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The write runner against the real MariaDB: what it runs again, how often, and what a failed attempt leaves. */
class TransactionsTest extends DatabaseTest {
    private SimpleMeterRegistry registry;
    private Transactions transactions;

    @BeforeEach
    void runner() {
        registry = new SimpleMeterRegistry();
        transactions = Transactions.with(Database.sessionFactory(pool),
                new WriteRetries(registry, 3, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(30)));
    }

    @Test
    void aLockIsWaitedForAFewSecondsOnly_wellWithinTheRetryBudget() {
        assertThat(queryLong("SELECT @@session.innodb_lock_wait_timeout"))
                .isEqualTo(Database.LOCK_WAIT_TIMEOUT.toSeconds()).isLessThan(WriteRetries.MAX_DURATION.toSeconds() / 2);
    }

    @Test
    void aTransactionChosenAsDeadlockVictim_isRunAgainWhole_andBothCommitOnce() throws Exception {
        CyclicBarrier bothLocked = new CyclicBarrier(2);
        AtomicInteger attempts = new AtomicInteger();
        // Each locks one counter row, then wants the other's: InnoDB rolls one back with error 1213.
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.write(session -> {
            attempts.incrementAndGet();
            execute(session, "UPDATE counters SET value = value + 1 WHERE name = 'albums'");
            awaitOnce(bothLocked, attempts);
            execute(session, "UPDATE counters SET value = value + 10 WHERE name = 'artists'");
            return null;
        }));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transactions.write(session -> {
            attempts.incrementAndGet();
            execute(session, "UPDATE counters SET value = value + 100 WHERE name = 'artists'");
            awaitOnce(bothLocked, attempts);
            execute(session, "UPDATE counters SET value = value + 1000 WHERE name = 'albums'");
            return null;
        }));
        CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);

        assertThat(attempts).as("the victim ran a second time").hasValue(3);
        assertThat(queryLong("SELECT value FROM counters WHERE name = 'albums'")).isEqualTo(1001);
        assertThat(queryLong("SELECT value FROM counters WHERE name = 'artists'")).isEqualTo(110);
        assertThat(registry.get(WriteRetries.RETRIES).tag("cause", "deadlock").counter().count()).isEqualTo(1);
        assertThat(registry.get(WriteRetries.EXHAUSTED).counter().count()).isZero();
    }

    @Test
    void aTransactionThatKeepsColliding_isGivenUpAsContended_withNothingWritten() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> transactions.write(session -> {
            attempts.incrementAndGet();
            execute(session, "UPDATE counters SET value = value + 1 WHERE name = 'albums'");
            throw new PersistenceException("flush failed", new BatchUpdateException(
                    new SQLTransactionRollbackException("Lock wait timeout exceeded", "HY000", 1205)));
        }))
                .isInstanceOfSatisfying(StoreUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StoreUnavailableException.Reason.CONTENDED);
                    assertThat(e.retryAfter()).isPositive();
                    assertThat(e).hasRootCauseMessage("Lock wait timeout exceeded");
                });

        assertThat(attempts).hasValue(3);
        assertThat(queryLong("SELECT value FROM counters WHERE name = 'albums'")).isZero();
        assertThat(registry.get(WriteRetries.RETRIES).tag("cause", "lock_wait_timeout").counter().count())
                .isEqualTo(2);
        assertThat(registry.get(WriteRetries.EXHAUSTED).counter().count()).isEqualTo(1);
    }

    @Test
    void aFailureThatWouldRecur_isNotRunAgain() {
        AtomicInteger attempts = new AtomicInteger();
        PersistenceException duplicate = new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062));

        assertThatThrownBy(() -> transactions.write(session -> {
            attempts.incrementAndGet();
            execute(session, "UPDATE counters SET value = value + 1 WHERE name = 'albums'");
            throw duplicate;
        })).isSameAs(duplicate);

        assertThat(attempts).hasValue(1);
        assertThat(queryLong("SELECT value FROM counters WHERE name = 'albums'")).isZero();
        assertThat(registry.get(WriteRetries.RETRIES).tag("cause", "deadlock").counter().count()).isZero();
    }

    @Test
    void theResult_isTheCommittedAttempts() {
        List<Integer> seen = new ArrayList<>();
        AtomicInteger attempts = new AtomicInteger();

        int result = transactions.write(session -> {
            int attempt = attempts.incrementAndGet();
            seen.add(attempt);
            execute(session, "UPDATE counters SET value = value + 1 WHERE name = 'albums'");
            if (attempt == 1) {
                throw new PersistenceException(new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
            }
            return attempt;
        });

        assertThat(result).isEqualTo(2);
        assertThat(seen).containsExactly(1, 2);
        assertThat(queryLong("SELECT value FROM counters WHERE name = 'albums'")).isEqualTo(1);
    }

    private static void execute(SqlSession session, String sql) {
        try (Statement statement = session.getConnection().createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** Only the first two attempts meet: the victim's second attempt must not wait for a partner. */
    private static void awaitOnce(CyclicBarrier barrier, AtomicInteger attempts) {
        if (attempts.get() > 2) {
            return;
        }
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
