package io.tonearm.domain.port;

import java.lang.reflect.Type;
import java.util.Objects;

/**
 * A kind of read whose results the {@link QueryCache} keeps, such as "all tracks" or "a track by id". Its name
 * is the unit of invalidation; its result type says how a stored result is read back. A query may be read
 * {@link #in(CachePartition) in a partition} (for example one user's), whose results are kept and invalidated
 * apart from every other partition's.
 *
 * @param name       a stable name of letters, digits, dots and dashes, for example {@code "tracks.all"}
 * @param resultType the type of the results
 * @param partition  the partition its results are kept in, or null for the results every reader shares
 * @param <T>        the type of the results
 */
public record NamedQuery<T>(String name, Type resultType, CachePartition partition) {
    public NamedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resultType, "resultType");
        if (!validName(name)) {
            throw new IllegalArgumentException("query name must be 1-64 letters, digits, dots or dashes: " + name);
        }
    }

    /** A query whose results every reader shares (no partition). */
    /** 1 to 64 ASCII letters, digits, dots or dashes; checked by hand, as a query is named on every partitioned read. */
    private static boolean validName(String name) {
        int length = name.length();
        if (length < 1 || length > 64) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            boolean valid = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-';
            if (!valid) {
                return false;
            }
        }
        return true;
    }

    public NamedQuery(String name, Type resultType) {
        this(name, resultType, null);
    }

    /** @return the named query whose results have the captured type */
    public static <T> NamedQuery<T> of(String name, ResultType<T> resultType) {
        return new NamedQuery<>(name, resultType.type());
    }

    /**
     * @return this query with its results kept in {@code partition}: same name and result type, but reads see only
     *     that partition's results
     */
    public NamedQuery<T> in(CachePartition partition) {
        return new NamedQuery<>(name, resultType, Objects.requireNonNull(partition, "partition"));
    }

    /** @return whether the results are kept in a partition */
    public boolean partitioned() {
        return partition != null;
    }

    @Override
    public String toString() {
        return partition == null ? name : name + "@" + partition.name();
    }
}
