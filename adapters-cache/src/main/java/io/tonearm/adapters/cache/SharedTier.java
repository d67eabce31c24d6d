package io.tonearm.adapters.cache;

import io.tonearm.domain.port.CacheGaps;
import io.tonearm.domain.port.StoredResults;
import io.tonearm.domain.port.TierStatistics;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the layered cache needs from a tier shared by every process (tier 2), and from the coherence protocol
 * that keeps each process's tier 1 in step with the others. No method throws: a shared tier that cannot answer
 * says so ({@link SharedRead#UNUSABLE}) and the cache falls through to its loader.
 */
interface SharedTier extends AutoCloseable {

    /** @return whether every tier-1 result may be served whatever its age (a process that misses nothing) */
    boolean trustsEverything();

    /**
     * @param freshAsOfNanos the {@link CacheClock} time as of which a tier-1 result was known to be current
     * @param nowNanos       the {@link CacheClock} time now
     * @return whether that result may still be served, given what this process may have missed from other ones
     */
    boolean trusts(long freshAsOfNanos, long nowNanos);

    /**
     * @param scope what the reader captured before its tier-1 lookup; its generations' shared counters name the
     *              entries that may be read
     * @return the stored bytes of one key, or a miss, or {@link SharedRead#UNUSABLE}
     */
    SharedRead read(Scope scope, String arguments);

    /** @return the reads of many keys in one round trip, by arguments; all {@link SharedRead#UNUSABLE} if down */
    Map<String, SharedRead> readAll(Scope scope, Collection<String> arguments);

    /**
     * Stores freshly loaded results in one round trip, each unless its query, its partition or its entry was
     * invalidated since the read that missed it ({@code write.missed()}).
     */
    void writeAll(Scope scope, List<SharedWrite> writes);

    /**
     * Drops one entry from the shared tier and from every other process's tier 1, returning once they applied
     * it (or a bounded wait passed). Called before the local tier drops it, so that a reader of this process
     * cannot refill tier 1 from the shared entry after the local drop.
     *
     * @param target the query's state, or a partition's state for an entry of that partition
     */
    void invalidateEntry(QueryState target, String arguments);

    /**
     * Drops named queries everywhere else, returning as above, and ends each query's invalidation
     * ({@link QueryState#endInvalidation} or {@link QueryState#failInvalidation}), which the caller began.
     */
    void invalidateQueries(Collection<QueryState> queries);

    /**
     * Drops every named query known here or anywhere, as above.
     *
     * @param beginLocally begins the invalidation of every query of this process and returns them
     */
    void invalidateAll(Supplier<Collection<QueryState>> beginLocally);

    /** @return the shared tier's counters, or null when there is no shared tier */
    TierStatistics statistics();

    /**
     * @return what this tier holds per query name, as of the last {@link #statistics()} (empty for a tier that
     *     does not count per query)
     */
    Map<String, StoredResults> storedByQuery();

    /**
     * @return the times this tier's process came back in step with the others after it may have missed some of their
     *     invalidations (it emptied tier 1 each time), and why; none for a tier that cannot miss any
     */
    default CacheGaps gaps() {
        return CacheGaps.NONE;
    }

    @Override
    void close();

    /**
     * The answer of the shared tier for one key.
     *
     * @param bytes          the stored bytes, or null on a miss
     * @param space          the key space (server) it was read in, which a later write must still be in
     * @param generations    the query's shared counter the key was read under, followed by its partition's for a
     *                       partitioned read ({@code "7"}, {@code "7.2"}), which a later write must still find
     * @param version        the entry's invalidation count when it was read, which a later write must still find
     * @param freshAsOfNanos the {@link CacheClock} time as of which a hit is known to be current
     * @param usable         false when the tier could not answer (down, or not in step yet)
     */
    record SharedRead(byte[] bytes, String space, String generations, long version, long freshAsOfNanos,
                      boolean usable) {
        static final SharedRead UNUSABLE = new SharedRead(null, null, null, 0, 0, false);

        boolean hit() {
            return bytes != null;
        }
    }

    /**
     * A result to store.
     *
     * @param arguments        the key's canonical arguments
     * @param missed           the read that missed it; nothing is stored if it was not usable
     * @param bytes            the serialized result
     * @param ttlMillis        how long it may live, jitter applied
     * @param loadStartedNanos when its load started, for refusing loads too old to be trusted
     */
    record SharedWrite(String arguments, SharedRead missed, byte[] bytes, long ttlMillis, long loadStartedNanos) {
    }
}
