package io.tonearm.domain;

/**
 * A user's rating of a track, an album or an artist: 1 to 5 stars, or {@link #NONE} (not rated). Ratings are plain
 * ints in the annotations that carry them; this class says which ints are ratings.
 */
public final class Rating {
    /** Not rated. */
    public static final int NONE = 0;
    /** The lowest rating. */
    public static final int MIN = 1;
    /** The highest rating. */
    public static final int MAX = 5;

    private Rating() {
    }

    /**
     * @param rating a rating, or {@link #NONE} to clear one
     * @return the rating
     * @throws InvalidValueException naming {@code rating} if it is outside 0-5
     */
    public static int check(int rating) {
        if (rating < NONE || rating > MAX) {
            throw new InvalidValueException("rating", "rating must be between " + MIN + " and " + MAX
                    + " (or " + NONE + " to clear it) but was " + rating);
        }
        return rating;
    }
}
