package io.tonearm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A pool whose every connection is in use makes callers wait; a database that cannot be reached does not. */
class BusyTolerantDataSourceTest {
    private static final TestDatabase DB = TestDatabase.shared();

    @Test
    void whileTheOnlyConnectionIsInUse_longerThanThePoolsTimeout_aCallerWaitsForIt() throws Exception {
        try (HikariDataSource pool = pool(DB.settings().jdbcUrl(), 1)) {
            CountDownLatch held = new CountDownLatch(1);
            CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
                try (Connection busy = pool.getConnection()) {
                    held.countDown();
                    Thread.sleep(Database.CONNECTION_TIMEOUT.toMillis() * 2);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            held.await();

            assertThatThrownBy(pool::getConnection).as("the pool alone gives up")
                    .isInstanceOf(SQLTransientConnectionException.class);
            try (Connection connection = new BusyTolerantDataSource(pool).getConnection()) {
                assertThat(connection.isValid(1)).isTrue();
            }
            holder.join();
        }
    }

    @Test
    void aDatabaseThatCannotBeReached_failsAtThePoolsTimeout_withAConnectionState() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (HikariDataSource pool = pool("jdbc:mariadb://127.0.0.1:" + closedPort + "/tonearm", 2)) {
            assertThatThrownBy(() -> new BusyTolerantDataSource(pool).getConnection())
                    .isInstanceOf(SQLTransientConnectionException.class)
                    .satisfies(e -> assertThat(((SQLTransientConnectionException) e).getSQLState()).startsWith("08"));
        }
    }

    private static HikariDataSource pool(String url, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(DB.settings().user());
        config.setPassword(DB.settings().password());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(Database.CONNECTION_TIMEOUT.toMillis());
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }
}
