package io.tonearm.domain.port;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a change makes stale in the {@link QueryCache}, as a value that can be stored and read by other processes:
 * named queries dropped whole, named queries dropped in one partition, single results, or everything.
 *
 * @param everything whether every result is dropped; the other parts are then empty
 * @param queries    the names of the queries dropped whole (every partition included)
 * @param partitions the queries dropped in one partition only
 * @param entries    the single results dropped
 */
public record CacheInvalidation(boolean everything, Set<String> queries, Set<PartitionDrop> partitions,
                                Set<EntryDrop> entries) {
    private static final Pattern QUERY_NAME = Pattern.compile("[a-zA-Z0-9.\\-]{1,64}");

    /** Drops every result. */
    public static final CacheInvalidation EVERYTHING = new CacheInvalidation(true, Set.of(), Set.of(), Set.of());
    /** Drops nothing. */
    public static final CacheInvalidation NOTHING = new CacheInvalidation(false, Set.of(), Set.of(), Set.of());

    /**
     * @throws IllegalArgumentException if a query name is not one a {@link NamedQuery} may have
     */
    public CacheInvalidation {
        queries = everything ? Set.of() : Set.copyOf(queries);
        partitions = everything ? Set.of() : Set.copyOf(partitions);
        entries = everything ? Set.of() : Set.copyOf(entries);
        queries.forEach(CacheInvalidation::checkName);
    }

    /** @return an invalidation dropping these named queries whole */
    public static CacheInvalidation ofQueries(Set<String> queries) {
        return new CacheInvalidation(false, queries, Set.of(), Set.of());
    }

    /** @return whether applying it drops nothing */
    public boolean isEmpty() {
        return !everything && queries.isEmpty() && partitions.isEmpty() && entries.isEmpty();
    }

    /** @return an invalidation dropping what this one and {@code other} drop */
    public CacheInvalidation and(CacheInvalidation other) {
        Objects.requireNonNull(other, "other");
        if (everything || other.everything) {
            return EVERYTHING;
        }
        return new CacheInvalidation(false, union(queries, other.queries), union(partitions, other.partitions),
                union(entries, other.entries));
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String checkName(String name) {
        if (name == null || !QUERY_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("query name must be 1-64 letters, digits, dots or dashes: " + name);
        }
        return name;
    }

    /**
     * A named query's results in one partition.
     *
     * @param query     the query's name
     * @param partition the partition whose results are dropped
     */
    public record PartitionDrop(String query, CachePartition partition) {
        /** @throws IllegalArgumentException if the query name is not one a {@link NamedQuery} may have */
        public PartitionDrop {
            checkName(query);
            Objects.requireNonNull(partition, "partition");
        }
    }

    /**
     * One result of a named query, in one partition or among the query's unpartitioned results.
     *
     * @param query     the query's name
     * @param partition the partition the result is kept in, or null for an unpartitioned result
     * @param key       the result's arguments
     */
    public record EntryDrop(String query, CachePartition partition, CacheKey key) {
        /** @throws IllegalArgumentException if the query name is not one a {@link NamedQuery} may have */
        public EntryDrop {
            checkName(query);
            Objects.requireNonNull(key, "key");
        }

        /** One result of an unpartitioned named query. */
        public EntryDrop(String query, CacheKey key) {
            this(query, null, key);
        }

        /** @return the named query the result belongs to, in its partition if it has one */
        public NamedQuery<Object> namedQuery() {
            return new NamedQuery<>(query, Object.class, partition);
        }
    }
}
