package io.tonearm.domain.lyrics;

import java.time.Duration;
import java.util.Objects;

/**
 * One line of lyrics.
 *
 * @param start when it is sung, from the start of the track (null in unsynced lyrics)
 * @param value its text (may be empty: a pause)
 */
public record LyricLine(Duration start, String value) {
    /** @throws IllegalArgumentException if {@code start} is negative */
    public LyricLine {
        Objects.requireNonNull(value, "value");
        if (start != null && start.isNegative()) {
            throw new IllegalArgumentException("a line starts at 0 or later, not " + start);
        }
    }

    /** @return a line without a time */
    public static LyricLine unsynced(String value) {
        return new LyricLine(null, value);
    }
}
