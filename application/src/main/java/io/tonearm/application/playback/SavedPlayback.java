package io.tonearm.application.playback;

import io.tonearm.application.TrackQueries;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playback.Bookmark;
import io.tonearm.domain.playback.Bookmarks;
import io.tonearm.domain.playback.NowPlayingBoard;
import io.tonearm.domain.playback.PlayQueue;
import io.tonearm.domain.playback.PlayQueues;
import io.tonearm.domain.user.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Each listener's saved play queue and bookmarks, and what everyone is playing now. Every method that names a user
 * acts for that user, who is the caller: a listener never reads or changes another's queue or bookmarks.
 *
 * <p>Nothing here goes through the query cache: a queue or a bookmark is read by its owner's own devices when they
 * start or resume, rarely next to everything else, and reading it from the database means that a save on one
 * node is what every other node answers next.
 */
public interface SavedPlayback {

    /** @return the use cases over these ports, timestamping with the clock */
    static SavedPlayback create(PlayQueues queues, Bookmarks bookmarks, NowPlayingBoard board, Clock clock) {
        return new SavedPlaybackService(queues, bookmarks, board, clock);
    }

    /** @return the user's saved play queue, or empty if they have none */
    Optional<PlayQueue> getPlayQueue(UserId user);

    /**
     * Saves the user's play queue, replacing the one before; an empty list of tracks clears it.
     *
     * @param current    the track playing, one of {@code tracks} (its first place there), or null for none
     * @param positionMs how far into {@code current}, in milliseconds
     * @param client     the client saving it, as it names itself (null or blank when unknown)
     * @return the queue as saved (no tracks when cleared), or empty if the user is gone
     * @throws InvalidValueException naming each bad field: an unknown track ({@code id}), a current track not in
     *     the queue ({@code current}), a negative position ({@code position}), too many tracks
     */
    Optional<PlayQueue> savePlayQueue(UserId user, List<TrackId> tracks, TrackId current, long positionMs,
                                      String client);

    /** @return the user's bookmarks, the most recently set first */
    Page<Bookmark> getBookmarks(UserId user, PageRequest page);

    /**
     * Sets the user's bookmark in a track (a second one in the same track moves it).
     *
     * @param comment the listener's note, or null for none
     * @return true if the track exists (nothing is written otherwise)
     * @throws InvalidValueException naming the bad field: a negative position, too long a comment
     */
    boolean setBookmark(UserId user, TrackId track, long positionMs, String comment);

    /** @return true if the user had a bookmark in the track, which is gone now */
    boolean deleteBookmark(UserId user, TrackId track);

    /**
     * Says that the user started playing the track now on the player, in place of what it played before.
     *
     * @param player the player's name, or null or blank when unknown
     * @return true if the track exists (nothing is written otherwise)
     */
    boolean setNowPlaying(UserId user, TrackId track, String player);

    /**
     * @param seenBy the library the tracks are read from (a listener's, for their favorites and plays), once each
     * @return what is playing now, each with its track: each player's last track whose length (plus
     *     {@link #NOW_PLAYING_GRACE}) has not passed since it started, the latest first, at most
     *     {@value #MOST_NOW_PLAYING}
     */
    List<NowPlayingTrack> getNowPlaying(TrackQueries seenBy);

    /** How long after a track's end its player still counts as playing it (a pause, a slow network). */
    java.time.Duration NOW_PLAYING_GRACE = java.time.Duration.ofMinutes(1);

    int MOST_NOW_PLAYING = 100;
}
