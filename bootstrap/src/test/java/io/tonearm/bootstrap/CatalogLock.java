package io.tonearm.bootstrap;

import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Holds a write lock on the tracks table from a connection of its own, so that a request reading tracks stays
 * in flight, really waiting inside MariaDB, until the lock is released. Lets tests catch the server mid-request
 * without sleeping or faking anything.
 */
final class CatalogLock implements AutoCloseable {
    private final TestDatabase database;
    private final Connection connection;

    private CatalogLock(TestDatabase database, Connection connection) {
        this.database = database;
        this.connection = connection;
    }

    static CatalogLock lockTracks(TestDatabase database) throws SQLException {
        Connection connection = database.connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLES tracks WRITE");
        }
        return new CatalogLock(database, connection);
    }

    /** @return true once some other session of the database waits for this lock */
    boolean hasWaiters() {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = ? AND STATE LIKE 'Waiting for table%'")) {
            query.setString(1, database.name());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Releases the lock: whoever waits for it goes on. */
    @Override
    public void close() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UNLOCK TABLES");
        } finally {
            connection.close();
        }
    }
}
