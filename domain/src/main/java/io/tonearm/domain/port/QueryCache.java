package io.tonearm.domain.port;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Keeps the results of named reads so that repeated reads skip the store. The application decides what is
 * read under which {@link NamedQuery} and what each change invalidates; an implementation decides where
 * results live (in the process, in a shared store, or both).
 *
 * <p>Promise: once {@code invalidate*} or {@code refresh} has returned, no read returns a result loaded before
 * the call.
 *
 * <p>Partitions: a query read {@link NamedQuery#in(CachePartition) in a partition} keeps its results apart from
 * every other partition's and from the query's unpartitioned results. Entry operations ({@code get}, {@code getAll},
 * {@code invalidate}, {@code refresh}) act within the query's partition; {@link #invalidateQueries(Collection)} drops
 * every partition of the named queries, {@link #invalidateQueries(Collection, CachePartition)} only one.
 */
public interface QueryCache {

    /**
     * Returns the cached result of {@code query} for {@code key}, or loads, keeps and returns it.
     *
     * @param loader computes the result from the store; a null result is returned but not kept
     * @return the result, or null if the loader returned null
     */
    <T> T get(NamedQuery<T> query, CacheKey key, Supplier<T> loader);

    /**
     * Returns the cached results of {@code query} for many keys, loading all that are missing with one call.
     *
     * @param loader given the missing keys, returns their results; keys it leaves out are absent from the answer
     * @return the results found or loaded, by key
     */
    <T> Map<CacheKey, T> getAll(NamedQuery<T> query, Collection<CacheKey> keys,
                                Function<Set<CacheKey>, Map<CacheKey, T>> loader);

    /** Drops the one cached result of {@code query} for {@code key}. */
    void invalidate(NamedQuery<?> query, CacheKey key);

    /**
     * Drops the one cached result of {@code query} for {@code key}, as {@link #invalidate} does, and loads it
     * again at once, so that the next read finds the current result (for a change whose result is likely read
     * next). The load counts as a load, not as a request, hit or miss. A load that fails or returns null leaves
     * the result dropped; its exception is not thrown. The default only drops the result.
     *
     * @param loader computes the result from the store, after the drop
     */
    default <T> void refresh(NamedQuery<T> query, CacheKey key, Supplier<T> loader) {
        invalidate(query, key);
    }

    /** Drops every cached result of the named queries, whatever their keys and partitions. */
    void invalidateQueries(Collection<String> queryNames);

    /**
     * Drops every cached result of the named queries read in {@code partition}, whatever their keys; the results
     * of other partitions and the queries' unpartitioned results stay. Costs the same whatever the number of
     * results or partitions. The default drops the named queries whole ({@link #invalidateQueries(Collection)}):
     * more than asked, never less.
     *
     * @param queryNames the names of the queries, as in {@link NamedQuery#name()}
     * @param partition  the partition whose results are dropped
     */
    default void invalidateQueries(Collection<String> queryNames, CachePartition partition) {
        invalidateQueries(queryNames);
    }

    /** Drops everything. */
    void invalidateAll();

    /**
     * Drops what {@code invalidation} names from the tier this process keeps for itself only: for a change another
     * process made, which that process has already dropped from the tiers they share (a change read from the
     * {@link ChangeLog}). The default drops it from every tier, as {@link #invalidateQueries(Collection)},
     * {@link #invalidateQueries(Collection, CachePartition)}, {@link #invalidate} and {@link #invalidateAll()} do:
     * more than asked, never less.
     */
    default void invalidateLocally(CacheInvalidation invalidation) {
        if (invalidation.everything()) {
            invalidateAll();
            return;
        }
        if (!invalidation.queries().isEmpty()) {
            invalidateQueries(invalidation.queries());
        }
        invalidation.partitions().stream()
                .collect(Collectors.groupingBy(CacheInvalidation.PartitionDrop::partition,
                        Collectors.mapping(CacheInvalidation.PartitionDrop::query, Collectors.toSet())))
                .forEach((partition, names) -> invalidateQueries(names, partition));
        invalidation.entries().forEach(entry -> invalidate(entry.namedQuery(), entry.key()));
    }

    /**
     * Stops answering from the tier this process keeps for itself, because it may hold results another process's
     * change made stale without this process learning of it (the {@link ChangeLog} cannot be read): reads skip it
     * (to a shared tier or the store) and the statistics report it unavailable with {@code reason}, until
     * {@link #trustOwnTier()}. The default does nothing: for a cache that keeps nothing of its own.
     *
     * @param reason why, for the statistics, for example since when the change log cannot be read
     */
    default void distrustOwnTier(String reason) {
    }

    /** Answers from the tier this process keeps for itself again, after {@link #distrustOwnTier(String)}. */
    default void trustOwnTier() {
    }

    /**
     * The gaps this cache found by itself: the times it dropped the tier it keeps for its process because it may
     * have missed another process's invalidation (for example over a subscription to the others' invalidations that
     * was lost and came back). It has dropped that tier already; a caller counts them with the other gaps of the
     * process (positions of the {@link ChangeLog} it could not account for). The default has none: a cache that
     * hears of other processes' changes from the {@link ChangeLog} alone.
     *
     * @return the count since the cache started and the last one's reason; cheap, never throws
     */
    default CacheGaps gaps() {
        return CacheGaps.NONE;
    }

    /** @return the cache's counters since it started */
    CacheStatistics statistics();

    /**
     * Starts following where the cached reads of the calling thread are answered, until the trace is closed on
     * the same thread (for example so that a response can say whether it came from a cache).
     *
     * @return the trace; {@link CacheTrace#NONE} from a cache that does not trace
     */
    default CacheTrace openTrace() {
        return CacheTrace.NONE;
    }
}
