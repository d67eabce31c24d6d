package io.tonearm.adapters.persistence.transactions;

import io.tonearm.domain.StoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * Tells a database that cannot be reached (stopped, restarting, the network gone) from other failures, and
 * says so in the ports' words: {@link StoreUnavailableException} with {@code UNREACHABLE}, which the HTTP API
 * answers with 503 and {@code Retry-After}. How fast that answer comes is set by the pool's timeouts
 * ({@link Database#openPool}).
 */
public final class ConnectionFailures {
    /** About how long an outage of a restarting server lasts: worth waiting before trying again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private ConnectionFailures() {
    }

    /**
     * @return {@code failure} as a {@link StoreUnavailableException} if it comes from a connection that could not
     *     be made or was lost, or {@code failure} itself otherwise
     */
    public static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof StoreUnavailableException || !isConnectionFailure(failure)) {
            return failure;
        }
        return new StoreUnavailableException(StoreUnavailableException.Reason.UNREACHABLE,
                "the database cannot be reached; nothing was changed, try again", RETRY_AFTER, failure);
    }

    /**
     * A failure of SQL state class 08 (connection exception: refused, reset, closed under a statement; the pool's
     * timeout carries the state of the last failed attempt to connect), or a connection exception without any
     * state (the pool's timeout when no attempt failed). The exception's class alone says little: the MariaDB
     * driver reports an error raised by a trigger ({@code SIGNAL SQLSTATE '45000'}) in a batch as a
     * {@link SQLTransientConnectionException}.
     */
    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null ? state.startsWith("08")
                        : t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                    return true;
                }
            }
        }
        return false;
    }
}
