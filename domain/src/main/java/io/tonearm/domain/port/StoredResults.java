package io.tonearm.domain.port;

/**
 * What one cache tier holds of one named query's results.
 *
 * @param entries   results held now, invalidated ones included until they age out (they still use memory)
 * @param bytes     their serialized size
 * @param evictions results the tier dropped for size or age (not by invalidation)
 */
public record StoredResults(long entries, long bytes, long evictions) {
    /** Nothing held, nothing dropped. */
    public static final StoredResults NONE = new StoredResults(0, 0, 0);
}
