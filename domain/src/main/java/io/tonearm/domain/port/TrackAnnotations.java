package io.tonearm.domain.port;

import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.user.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Each user's own annotations of the catalog's tracks: their favorites, ratings, play counts and last played times
 * (the plays themselves are kept by {@link PlayHistory}). Lists return track ids, like {@link Tracks}. A user's or
 * a track's removal removes its annotations.
 */
public interface TrackAnnotations {

    /**
     * @return the user's annotation of each of these tracks that they starred or played; tracks they never did
     *     (and unknown ids) are left out
     */
    Map<TrackId, TrackAnnotation> findByIds(UserId user, Collection<TrackId> tracks);

    /**
     * Stars or unstars a track for one user; starring a track already starred keeps its first time.
     *
     * @param at when the user starred it
     * @return true if the track exists (nothing is written otherwise)
     */
    boolean setFavorite(UserId user, TrackId track, boolean favorite, Instant at);

    /**
     * Rates a track for one user, or clears their rating.
     *
     * @param rating 1-5, or {@link io.tonearm.domain.Rating#NONE} to clear it
     * @return true if the track exists (nothing is written otherwise)
     * @throws io.tonearm.domain.InvalidValueException naming {@code rating} if it is outside 0-5
     */
    boolean setRating(UserId user, TrackId track, int rating);

    /** @return the user's favorite tracks, in the order the tracks were added */
    Page<TrackId> findFavorites(UserId user, PageRequest page);

    /** @return the tracks the user played at least once, the most recently played first */
    Page<TrackId> findRecentlyPlayed(UserId user, PageRequest page);

    /** @return the tracks the user played at least once, the most played first */
    Page<TrackId> findMostPlayed(UserId user, PageRequest page);
}
