package io.tonearm.application;

import io.tonearm.domain.port.Albums;
import io.tonearm.domain.port.Artists;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.PlayHistory;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.Tracks;
import java.time.Clock;
import java.util.Objects;

/** All of the library's catalog use cases in one handle. */
public interface Library extends TrackQueries, TrackCommands, AlbumQueries, ArtistQueries {

    /**
     * Creates the library on top of the given ports, for a process alone on its catalog: its changes are written
     * into no change log.
     *
     * @param clock the clock charts measure their window against
     * @return the use cases, reading through {@code cache} and invalidating it on every change
     */
    static Library create(Tracks tracks, Albums albums, Artists artists, PlayHistory plays, QueryCache cache,
                          Clock clock) {
        return create(tracks, albums, artists, plays, cache, ChangeLog.NONE, clock);
    }

    /**
     * Creates the library on top of the given ports, every change also written into {@code changes} in the same
     * transaction, so that other processes sharing the catalog can drop what it made stale from their caches.
     *
     * @param clock the clock charts measure their window against
     * @return the use cases, reading through {@code cache} and invalidating it on every change
     */
    static Library create(Tracks tracks, Albums albums, Artists artists, PlayHistory plays, QueryCache cache,
                          ChangeLog changes, Clock clock) {
        return create(tracks, albums, artists, plays, cache, changes, InvalidationListener.NONE, clock);
    }

    /**
     * As {@link #create(Tracks, Albums, Artists, PlayHistory, QueryCache, ChangeLog, Clock)}, every change's
     * invalidation also told to {@code listener} once applied.
     *
     * @param clock the clock charts measure their window against
     * @return the use cases, reading through {@code cache} and invalidating it on every change
     */
    static Library create(Tracks tracks, Albums albums, Artists artists, PlayHistory plays, QueryCache cache,
                          ChangeLog changes, InvalidationListener listener, Clock clock) {
        return new LibraryService(Objects.requireNonNull(tracks, "tracks"),
                Objects.requireNonNull(albums, "albums"), Objects.requireNonNull(artists, "artists"),
                Objects.requireNonNull(plays, "plays"), Objects.requireNonNull(cache, "cache"),
                Objects.requireNonNull(changes, "changes"), Objects.requireNonNull(listener, "listener"),
                Objects.requireNonNull(clock, "clock"));
    }
}
