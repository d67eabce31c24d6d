package io.tonearm.application;

import io.tonearm.domain.DuplicateTrackPathException;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import java.util.List;
import java.util.Optional;

/**
 * Changing tracks. Each change drops exactly the cached reads it can make stale, and reloads the changed track's
 * own cached entry, which is usually read next (see docs/cache-system.md).
 */
public interface TrackCommands {

    /**
     * Adds a track. Invalidates the lists it may appear in, searches, its album and artists.
     *
     * @return the stored track
     * @throws DuplicateTrackPathException if the path is in the catalog already
     */
    Track addTrack(NewTrack track);

    /**
     * Adds many tracks in one transaction, all or none.
     *
     * @return the number added
     * @throws DuplicateTrackPathException if a path is in the catalog already or twice in the list
     * @throws InvalidValueException naming {@code tracks} if the list is empty or longer than {@link #MAX_BATCH}
     */
    int addTracks(List<NewTrack> tracks);

    /**
     * Changes some tags of a track. Invalidates searches, lookups, album track lists, albums and artists, and
     * reloads that track; plain lists of ids (all, favorites, recent, popular, charts) stay cached.
     *
     * @return the changed track, or empty if there is none with this id
     */
    Optional<Track> updateTrack(TrackId id, TrackChanges changes);

    /**
     * Deletes a track and its plays. Invalidates that track and every list, album and artist read.
     *
     * @return true if it existed
     */
    boolean deleteTrack(TrackId id);

    /** The most tracks {@link #addTracks} takes at once. */
    int MAX_BATCH = 10_000;
}
