package io.tonearm.application.changelog;

import io.tonearm.application.InvalidationListener;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.QueryCache;
import java.time.Clock;
import java.util.Objects;

/**
 * Follows the catalog's change log for one process: reads the rows written since its last read and drops what the
 * other processes' changes made stale from its own cache tier ({@link QueryCache#invalidateLocally}); its own rows
 * it skips (it invalidated its cache when it made the change). A position it cannot account for — missing longer
 * than {@link CoherenceSettings#holeGrace()} — is a gap: the whole own tier is dropped once, logged and counted. The
 * gaps the cache finds by itself ({@link QueryCache#gaps()}: a subscription to the other processes' invalidations
 * that was lost and came back) are counted with them, at the next poll.
 * Poll it every {@link CoherenceSettings#poll()}; it is not thread-safe (one poller).
 */
public interface ChangeFollower {

    /**
     * Reads the log from where the last read stopped and applies what other processes changed. A read that fails
     * (the database is out of reach) is counted and changes nothing: the next poll catches up.
     *
     * @return where the process stands now
     */
    FollowerStatus poll();

    /** @return where the process stands, as of the last poll */
    FollowerStatus status();

    /**
     * Removes the rows older than {@link CoherenceSettings#retention()}.
     *
     * @return how many rows were removed
     */
    int prune();

    /**
     * Creates the follower of this process, starting near the log's current end at its first poll.
     *
     * @return the follower
     */
    static ChangeFollower create(ChangeLog log, QueryCache cache, CoherenceSettings settings, Clock clock) {
        return create(log, cache, settings, InvalidationListener.NONE, clock);
    }

    /**
     * Creates the follower as {@link #create(ChangeLog, QueryCache, CoherenceSettings, Clock)}, also telling
     * {@code invalidations} of what each poll dropped (change {@value LogFollower#OTHER_PROCESSES}, or
     * {@value LogFollower#LOG_GAP} when a gap dropped everything).
     *
     * @return the follower
     */
    static ChangeFollower create(ChangeLog log, QueryCache cache, CoherenceSettings settings,
                                 InvalidationListener invalidations, Clock clock) {
        return new LogFollower(Objects.requireNonNull(log, "log"), Objects.requireNonNull(cache, "cache"),
                Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(invalidations, "invalidations"),
                Objects.requireNonNull(clock, "clock"));
    }
}
