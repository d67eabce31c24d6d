package io.tonearm.adapters.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.ibatis.session.SqlSession;

/**
 * Orders a search's words so that the rarest drives it: the search statements take their candidates from the
 * first word's index ranges and probe the others per candidate, so starting from a word matching 30 tracks
 * instead of 9,000 makes the search (and its exact count) that much cheaper. Rarity is measured, not guessed:
 * one statement counts each word's stored matches up to {@value #CAP} per table.
 */
final class SearchPlanner {
    static final int CAP = 1_000;

    private SearchPlanner() {
    }

    /**
     * @param patterns the query's prefix patterns
     * @param weight   how many result rows one counted word stands for in this search (for tracks, an
     *                 artist's word stands for all the artist's tracks)
     * @return the patterns, the rarest first (unchanged when there is only one)
     */
    static List<String> rarestFirst(SqlSession session, List<String> patterns, ToDoubleFunction<TermCounts> weight) {
        if (patterns.size() < 2) {
            return patterns;
        }
        List<TermCounts> counts = new ArrayList<>(session.getMapper(CatalogMapper.class).countTerms(patterns, CAP));
        counts.sort(Comparator.comparingDouble(weight).thenComparingInt(count -> count.pos));
        return counts.stream().map(count -> patterns.get(count.pos)).toList();
    }

    /** @return the average of {@code part} per {@code whole}, at least 1 */
    static double ratio(long part, long whole) {
        return whole <= 0 ? 1 : Math.max(1, (double) part / whole);
    }
}
