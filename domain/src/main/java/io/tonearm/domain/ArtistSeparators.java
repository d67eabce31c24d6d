package io.tonearm.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How one artist tag names several artists: the separators between names, such as {@code "; "},
 * {@code " / "} or {@code " feat. "}. Separators are matched ignoring case and must be given with their
 * spaces, so that names like "AC/DC" or "Earth, Wind &amp; Fire" stay whole.
 *
 * @param separators the separators, none blank
 */
public record ArtistSeparators(List<String> separators) {
    /** The separators used when none are configured: {@code "; "}, {@code " / "} and {@code " feat. "}. */
    public static final ArtistSeparators DEFAULT = new ArtistSeparators(List.of("; ", " / ", " feat. "));

    /** @throws InvalidValueException naming {@code separators} if one is empty or blank */
    public ArtistSeparators {
        Check.notNull("separators", separators);
        for (int i = 0; i < separators.size(); i++) {
            String separator = separators.get(i);
            if (separator == null || separator.isBlank()) {
                throw new InvalidValueException("separators", "separators[" + i + "] must not be blank");
            }
        }
        separators = List.copyOf(separators);
    }

    /**
     * Splits the values of an artist tag into names. Each value may itself hold several names joined by a
     * separator (or by a NUL character, as ID3v2.4 multi-value frames do).
     *
     * @return the distinct names in tag order, stripped, without blanks; empty if there are none
     */
    public List<String> split(List<String> values) {
        Set<String> names = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null) {
                for (String part : value.split("\u0000")) {
                    splitInto(part, names);
                }
            }
        }
        return List.copyOf(names);
    }

    private void splitInto(String value, Set<String> names) {
        List<String> pieces = new ArrayList<>(List.of(value));
        for (String separator : separators) {
            List<String> next = new ArrayList<>();
            for (String piece : pieces) {
                splitOn(piece, separator, next);
            }
            pieces = next;
        }
        for (String piece : pieces) {
            String name = piece.strip();
            if (!name.isEmpty()) {
                names.add(name.length() > NewTrack.MAX_TEXT_LENGTH ? name.substring(0, NewTrack.MAX_TEXT_LENGTH)
                        : name);
            }
        }
    }

    private static void splitOn(String value, String separator, List<String> into) {
        // Case-insensitive without regex, so that separators need no escaping ("feat." has a dot).
        String lower = value.toLowerCase(Locale.ROOT);
        String needle = separator.toLowerCase(Locale.ROOT);
        if (lower.length() != value.length()) {
            into.add(value); // lower-casing changed the length (rare scripts): do not risk cutting mid-character
            return;
        }
        int start = 0;
        int at;
        while ((at = lower.indexOf(needle, start)) >= 0) {
            into.add(value.substring(start, at));
            start = at + needle.length();
        }
        into.add(value.substring(start));
    }
}
