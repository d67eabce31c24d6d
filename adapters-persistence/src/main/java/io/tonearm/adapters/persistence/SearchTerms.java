package io.tonearm.adapters.persistence;

import io.tonearm.domain.SearchQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits texts into the words the search tables hold, and a query into the LIKE patterns that find them.
 * Stored and typed text are split the same way, so "AC/DC" finds "AC/DC" (two words, both required).
 */
final class SearchTerms {
    /** The longest stored word (the column is VARCHAR(64)); longer words are cut, and so are typed ones. */
    static final int MAX_TERM_LENGTH = 64;
    /** The LIKE escape character of every search statement. */
    static final char ESCAPE = '!';

    private SearchTerms() {
    }

    /**
     * A word is a run of letters, digits, combining marks, apostrophes and the characters {@code %} and
     * {@code _} (kept so that a user's {@code 100%} is a word to find literally); anything else separates.
     *
     * @return the distinct words of the texts, in order
     */
    static List<String> words(Iterable<String> texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                addWords(text, words);
            }
        }
        return List.copyOf(words);
    }

    /** @return the words of one text */
    static List<String> words(String text) {
        return words(List.of(text));
    }

    /**
     * @return one {@code LIKE ... ESCAPE '!'} prefix pattern per word of the query, the longest first (a
     *     first guess at the rarest, refined by {@link SearchPlanner}); empty if the query has no word at all
     *     (only punctuation)
     */
    static List<String> prefixPatterns(SearchQuery query) {
        List<String> words = new ArrayList<>(words(query.terms()));
        words.sort(Comparator.comparingInt(String::length).reversed());
        return words.stream().map(SearchTerms::prefixPattern).distinct().toList();
    }

    /** @return a pattern matching the words that start with {@code word}, its % and _ taken literally */
    static String prefixPattern(String word) {
        StringBuilder pattern = new StringBuilder(word.length() + 2);
        for (char c : word.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    /** @return the search rows of an owner's texts */
    static List<TermRow> rows(long ownerId, Iterable<String> texts) {
        return words(texts).stream().map(word -> new TermRow(word, ownerId)).toList();
    }

    private static void addWords(String text, Set<String> words) {
        StringBuilder word = new StringBuilder();
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isWordChar(cp)) {
                if (length < MAX_TERM_LENGTH) {
                    word.appendCodePoint(cp);
                    length++;
                }
            } else if (length > 0) {
                words.add(word.toString());
                word.setLength(0);
                length = 0;
            }
        }
        if (length > 0) {
            words.add(word.toString());
        }
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp) || cp == '%' || cp == '_' || cp == '\'' || cp == '\u2019') {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
