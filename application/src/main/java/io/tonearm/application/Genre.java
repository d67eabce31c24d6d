package io.tonearm.application;

import java.util.Objects;

/**
 * A genre the catalog's tracks name, with how many tracks and albums have it.
 *
 * @param name       the genre as the tracks spell it (the first spelling met, when they differ only in case)
 * @param trackCount how many tracks have it
 * @param albumCount how many albums have a track of it
 */
public record Genre(String name, int trackCount, int albumCount) {

    /** @throws IllegalArgumentException if the name is blank or a count is negative */
    public Genre {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a genre's name must not be blank");
        }
        if (trackCount < 0 || albumCount < 0) {
            throw new IllegalArgumentException("counts must not be negative but were " + trackCount + " and "
                    + albumCount);
        }
    }
}
