package io.tonearm.application;

import java.util.Objects;
import java.util.Set;

/**
 * What one change dropped from the query cache, as it happened: the change (a row of the invalidation table, such
 * as {@code FAVORITE_SET}), the named queries dropped whole, those dropped in one partition only (one listener's or
 * one playlist's), and those of which single entries were dropped.
 *
 * @param change             the name of the change
 * @param queries            the named queries dropped whole
 * @param partitionQueries   the named queries dropped in one partition only
 * @param entryQueries       the named queries of which single entries were dropped
 */
public record Invalidation(String change, Set<String> queries, Set<String> partitionQueries,
                           Set<String> entryQueries) {

    /** @throws NullPointerException if a value is null */
    public Invalidation {
        Objects.requireNonNull(change, "change");
        queries = Set.copyOf(queries);
        partitionQueries = Set.copyOf(partitionQueries);
        entryQueries = Set.copyOf(entryQueries);
    }
}
