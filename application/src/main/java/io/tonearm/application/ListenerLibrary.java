package io.tonearm.application;

import io.tonearm.domain.ChartEntry;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The library as one listener sees it: every track it answers carries that listener's favorite flag, play count
 * and last played time, and favorites, plays and their lists are that listener's own. Obtained from
 * {@link Listeners#of(UserId)}.
 */
public interface ListenerLibrary extends Library {

    /** @return whose library this is */
    UserId listener();

    /** @return the listener's favorite tracks, in the order the tracks were added */
    Page<Track> getFavoriteTracks(PageRequest page);

    /** @return the tracks the listener played at least once, the most recently played first */
    Page<Track> getRecentTracks(PageRequest page);

    /** @return the tracks the listener played at least once, the most played first */
    Page<Track> getPopularTracks(PageRequest page);

    /**
     * @param window how far back plays count, from 1 day to {@link #MAX_CHART_WINDOW}
     * @return the tracks the listener played most within the window, the most played first
     * @throws InvalidValueException naming {@code days} if the window is out of range
     */
    Page<ChartEntry> getOwnChart(Duration window, PageRequest page);

    /**
     * Stars or unstars a track for the listener. Invalidates only the listener's favorites and their annotation of
     * that track; nobody else's.
     *
     * @return true if the track exists
     */
    boolean setTrackFavorite(TrackId id, boolean favorite);

    /**
     * Records that the listener played the track at {@code at}. Invalidates the listener's recent, popular and own
     * chart lists and their annotation of the track, and the server's chart.
     *
     * @return the track with the listener's new play count, or empty if there is none with this id
     * @throws InvalidValueException naming {@code playedAt} if it is missing or more than a few minutes ahead
     */
    Optional<Track> recordTrackPlay(TrackId id, Instant at);
}
