package io.tonearm.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.tonearm.domain.port.StoreHealth;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Asks the pool for a connection and the server whether it is alive, within the pool's timeouts. */
final class PoolHealth implements StoreHealth {
    private static final int VALID_SECONDS = 1;

    private final HikariDataSource pool;

    @Inject
    PoolHealth(HikariDataSource pool) {
        this.pool = pool;
    }

    @Override
    public Optional<String> problem() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(VALID_SECONDS) ? Optional.empty()
                    : Optional.of("the database did not answer within " + VALID_SECONDS + " s");
        } catch (SQLException e) {
            return Optional.of("the database cannot be reached: " + e.getMessage());
        }
    }
}
