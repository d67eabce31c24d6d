package io.tonearm.adapters.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool as MyBatis sees it: a caller gives up on a connection quickly when the database cannot be reached,
 * but waits longer when every connection is merely in use.
 *
 * <p>The pool's {@code connectionTimeout} is short (see {@link Database#openPool}) so that an outage is a quick
 * 503. When that timeout passes, the pool's exception carries the SQL state of its last failed attempt to open
 * a connection (class 08: the database is unreachable), or none when its attempts succeed and the connections
 * are all busy (a burst of writes, a long scan). Only the latter waits on, up to {@link #BUSY_WAIT} in all.
 */
final class BusyTolerantDataSource implements DataSource {
    /** How long a caller waits for a connection while the database answers but every connection is in use. */
    static final Duration BUSY_WAIT = Duration.ofSeconds(30);

    private final DataSource pool;

    BusyTolerantDataSource(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        long deadline = System.nanoTime() + BUSY_WAIT.toNanos();
        while (true) {
            try {
                return pool.getConnection();
            } catch (SQLTransientConnectionException e) {
                if (e.getSQLState() != null || System.nanoTime() >= deadline) {
                    throw e;
                }
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return pool.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
