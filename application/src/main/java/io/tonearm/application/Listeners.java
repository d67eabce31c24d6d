package io.tonearm.application;

import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.PlayHistory;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.TrackAnnotations;
import io.tonearm.domain.user.UserId;
import java.time.Clock;
import java.util.Objects;

/** Every listener's own view of the library: their favorites, their plays, tracks as they see them. */
public interface Listeners {

    /** @return the library as {@code listener} sees it */
    ListenerLibrary of(UserId listener);

    /**
     * Creates the listeners' views over {@code catalog}, reading and changing annotations through {@code cache},
     * every change also written into {@code changes} in the same transaction (for the other processes).
     *
     * @param catalog the library every listener shares, whose answers each view completes with the listener's
     *                annotations
     * @param clock   the clock plays and charts are checked against
     */
    static Listeners create(Library catalog, TrackAnnotations annotations, PlayHistory plays, QueryCache cache,
                            ChangeLog changes, Clock clock) {
        return create(catalog, annotations, plays, cache, changes, InvalidationListener.NONE, clock);
    }

    /**
     * As {@link #create(Library, TrackAnnotations, PlayHistory, QueryCache, ChangeLog, Clock)}, every change's
     * invalidation also told to {@code invalidations} once applied.
     *
     * @param catalog the library every listener shares
     * @param clock   the clock plays and charts are checked against
     */
    static Listeners create(Library catalog, TrackAnnotations annotations, PlayHistory plays, QueryCache cache,
                            ChangeLog changes, InvalidationListener invalidations, Clock clock) {
        Objects.requireNonNull(invalidations, "invalidations");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(annotations, "annotations");
        Objects.requireNonNull(plays, "plays");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(clock, "clock");
        return new RecentListeners(listener -> new ListenerLibraryService(listener, catalog, annotations, plays, cache,
                changes, invalidations, clock));
    }
}
