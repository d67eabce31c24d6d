package io.tonearm.domain;

import java.time.Instant;

/**
 * What one user did with one track: whether they starred it, how often and when they last played it, and how they
 * rated it. Every user has their own; a track they never starred, played nor rated has {@link #NONE}.
 *
 * @param favorite     whether the user starred the track
 * @param starredAt    when they starred it; present exactly when {@code favorite}
 * @param playCount    how many times they played it
 * @param lastPlayedAt when they last played it; present exactly when {@code playCount > 0}
 * @param rating       their rating, 1-5, or {@link Rating#NONE}
 */
public record TrackAnnotation(boolean favorite, Instant starredAt, long playCount, Instant lastPlayedAt, int rating) {
    /** Never starred, never played, never rated. */
    public static final TrackAnnotation NONE = new TrackAnnotation(false, null, 0, null);

    /** @throws InvalidValueException naming the field that contradicts the others, or {@code rating} outside 0-5 */
    public TrackAnnotation {
        Rating.check(rating);
        if (favorite != (starredAt != null)) {
            throw new InvalidValueException("starredAt", "starredAt must be given exactly for a favorite but was "
                    + starredAt + " with favorite " + favorite);
        }
        Check.atLeast("playCount", playCount, 0);
        if ((playCount > 0) != (lastPlayedAt != null)) {
            throw new InvalidValueException("lastPlayedAt", "lastPlayedAt must be given exactly for a played track"
                    + " but was " + lastPlayedAt + " with " + playCount + " plays");
        }
    }

    /** An annotation without rating. */
    public TrackAnnotation(boolean favorite, Instant starredAt, long playCount, Instant lastPlayedAt) {
        this(favorite, starredAt, playCount, lastPlayedAt, Rating.NONE);
    }

    /** @return true if the user neither starred, played nor rated the track */
    public boolean isNone() {
        return !favorite && playCount == 0 && rating == Rating.NONE;
    }
}
