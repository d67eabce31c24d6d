package io.tonearm.domain.port;

import java.util.Objects;

/**
 * A part of a named query's results kept apart from the others, such as one user's: a read of
 * {@link NamedQuery#in(CachePartition) query.in(partition)} sees only the results stored in that partition, and
 * {@link QueryCache#invalidateQueries(java.util.Collection, CachePartition)} drops them without touching the
 * other partitions or the query's unpartitioned results.
 *
 * @param name a stable name of 1 to 64 letters, digits, dots, dashes or underscores, for example {@code "user-17"}
 */
public record CachePartition(String name) {
    public CachePartition {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-zA-Z0-9._\\-]{1,64}")) {
            throw new IllegalArgumentException(
                    "partition name must be 1-64 letters, digits, dots, dashes or underscores: " + name);
        }
    }

    /** @return the partition of that name */
    public static CachePartition of(String name) {
        return new CachePartition(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
