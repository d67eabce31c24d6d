package io.tonearm.adapters.persistence;

import io.tonearm.domain.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Seek tokens ({@link io.tonearm.domain.PageRequest#after()}): the sort key of a page's last row, so that the
 * next page starts with {@code WHERE key > last} on an index instead of skipping {@code offset} rows.
 * A token is {@code kind:n1:n2...} in URL-safe Base64; the kind stops a token of one list from being used for
 * another.
 */
enum Cursor {
    /** Tracks in id order (all, favorites, search): the last id. */
    TRACK_ID('i', 1),
    /** Recently played: last played time (epoch microseconds) and id. */
    RECENT('r', 2),
    /** Most played: play count and id. */
    POPULAR('p', 2),
    /** An album's tracks: disc, track number (0 when unknown) and id. */
    ALBUM_TRACK('d', 3),
    /** Albums (by title, or by year and title): the last album's id, whose sort key is looked up. */
    ALBUM('a', 1),
    /** Artists by name: the last artist's id, whose name is looked up. */
    ARTIST('n', 1);

    private final char kind;
    private final int size;

    Cursor(char kind, int size) {
        this.kind = kind;
        this.size = size;
    }

    /** @return the token for these key values */
    String encode(long... keys) {
        if (keys.length != size) {
            throw new IllegalArgumentException(name() + " cursor needs " + size + " keys");
        }
        StringBuilder text = new StringBuilder().append(kind);
        for (long key : keys) {
            text.append(':').append(key);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * @return the key values of a token made by {@link #encode}
     * @throws InvalidValueException naming {@code after} if the token is malformed or belongs to another list
     */
    long[] decode(String token) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw invalid(token);
        }
        String[] parts = text.split(":", -1);
        if (parts.length != size + 1 || parts[0].length() != 1 || parts[0].charAt(0) != kind) {
            throw invalid(token);
        }
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            try {
                keys[i] = Long.parseLong(parts[i + 1]);
            } catch (NumberFormatException e) {
                throw invalid(token);
            }
        }
        return keys;
    }

    private static InvalidValueException invalid(String token) {
        return new InvalidValueException("after", "after must be a cursor handed out by this list but was " + token);
    }
}
