package io.tonearm.domain.compliant;

import java.util.Objects;

/** A domain value as the rules want it: a validated record using only java.*. */
public record Rating(String listener, int stars) {
    public Rating {
        Objects.requireNonNull(listener, "listener");
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("stars must be between 1 and 5 but was " + stars);
        }
    }

    /** @return this rating with other stars */
    public Rating withStars(int newStars) {
        return new Rating(listener, newStars);
    }
}
