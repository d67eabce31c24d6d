package io.tonearm.domain;

import java.util.Arrays;
import java.util.List;

/**
 * What a listener typed to search: words matched against titles, artists and albums. Every word must match
 * (AND), a word matches as a prefix of a word of the text, and case and accents are ignored. Characters
 * like {@code %} and {@code _} are literal.
 *
 * @param text the words, separated by white space
 */
public record SearchQuery(String text) {
    /** The most words a query may have. */
    public static final int MAX_TERMS = 10;

    /** @throws InvalidValueException naming {@code q} if the text is blank, too long or has too many words */
    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("q", "q must contain at least one word");
        }
        if (text.length() > 200) {
            throw new InvalidValueException("q", "q must be at most 200 characters but was " + text.length());
        }
        text = text.strip();
        if (words(text) > MAX_TERMS) {
            throw new InvalidValueException("q", "q must have at most " + MAX_TERMS + " words");
        }
    }

    /** @return the distinct words of the query, in the order typed */
    /** @return the number of words of {@code text}, split as {@link #terms()} splits it, without a regex per query */
    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    public List<String> terms() {
        return Arrays.stream(text.split("\\s+")).distinct().toList();
    }
}
