package io.tonearm.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.tonearm.domain.port.StoreHealth;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.Optional;

/**
 * Asks the pool for a connection and the server whether the schema still has the migration this process brought it
 * to (a database restored from an older backup, or dropped and created empty, has not), within the pool's timeouts.
 */
final class PoolHealth implements StoreHealth {
    private static final int QUERY_SECONDS = 1;
    private static final String APPLIED = "SELECT COUNT(*) FROM flyway_schema_history WHERE version = ? AND success = 1";

    private final HikariDataSource pool;
    private final String schemaVersion;

    @Inject
    PoolHealth(MigratedPool migrated) {
        this.pool = migrated.pool();
        this.schemaVersion = migrated.schemaVersion();
    }

    @Override
    public Optional<String> problem() {
        try (Connection connection = pool.getConnection()) {
            try {
                return schemaProblem(connection);
            } finally {
                connection.rollback(); // connections are not in autocommit mode (see Database)
            }
        } catch (SQLException e) {
            return Optional.of("the database cannot be reached: " + e.getMessage());
        }
    }

    private Optional<String> schemaProblem(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(APPLIED)) {
            statement.setQueryTimeout(QUERY_SECONDS);
            statement.setString(1, schemaVersion);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getLong(1) > 0 ? Optional.empty() : notMigrated();
            }
        } catch (SQLSyntaxErrorException e) { // no history table at all: an empty database
            return notMigrated();
        }
    }

    private Optional<String> notMigrated() {
        return Optional.of("the database schema lacks migration " + schemaVersion
                + ", which this process applied: restart Tonearm to migrate it again");
    }
}
