package io.tonearm.domain;

import java.time.Instant;

/**
 * What one user did with one album or one artist: whether (and when) they starred it, and how they rated it.
 * Every user has their own; an album or artist they never starred nor rated has {@link #NONE}.
 *
 * @param starredAt when the user starred it, or null if they did not
 * @param rating    their rating, 1-5, or {@link Rating#NONE}
 */
public record CatalogAnnotation(Instant starredAt, int rating) {
    /** Never starred, never rated. */
    public static final CatalogAnnotation NONE = new CatalogAnnotation(null, Rating.NONE);

    /** @throws InvalidValueException naming {@code rating} if it is outside 0-5 */
    public CatalogAnnotation {
        Rating.check(rating);
    }

    /** @return true if the user starred it */
    public boolean starred() {
        return starredAt != null;
    }

    /** @return true if the user neither starred nor rated it */
    public boolean isNone() {
        return starredAt == null && rating == Rating.NONE;
    }
}
