package io.tonearm.adapters.cache;

import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.QueryStatistics;
import io.tonearm.domain.port.StoredResults;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the cache keeps about one named query: its generation, how its results are read, its counters. A
 * partition of a query ({@link io.tonearm.domain.port.CachePartition}) has a state of its own, named
 * {@code query@partition}, which only carries the partition's generation: its results are keyed by both the query's
 * and the partition's generations, and counted in the query's state.
 */
final class QueryState {
    /** Separates a query's name from a partition's in the name of a partition's state; in neither name. */
    static final char PARTITION_SEPARATOR = '@';

    private final String name;
    private final ValueCodec codecs;
    private final QueryState parent;
    private final ConcurrentMap<String, QueryState> partitions = new ConcurrentHashMap<>();
    private volatile Generation generation = Generation.INITIAL;
    private volatile ValueCodec.ResultCodec codec;
    private final AtomicBoolean warned = new AtomicBoolean();

    /** Reads answered by tier 1: the one counter a hit touches. */
    final LongAdder tier1Hits = new LongAdder();
    /** Reads that missed tier 1 (then answered by tier 2, by a load in flight, or by their own load). */
    final LongAdder tier1Misses = new LongAdder();
    /** Reads answered by tier 2. */
    final LongAdder tier2Hits = new LongAdder();
    /** Tier-2 commands for this query that failed. */
    final LongAdder tier2Errors = new LongAdder();
    /** Results of this query tier 1 dropped for size or age. */
    final LongAdder evictions = new LongAdder();
    /** Invalidations of this query (whole, a partition of it, or one entry) that this process asked for. */
    final LongAdder invalidations = new LongAdder();
    /**
     * Single entries of this query (or partition) tier 1 dropped or replaced so far, counted right after each: a bulk
     * read remembered with the count it began under is still what tier 1 holds while the count is the same.
     */
    final AtomicLong entryChanges = new AtomicLong();
    final LongAdder loads = new LongAdder();
    final LongAdder loadNanos = new LongAdder();

    /** A hash for tier-1 keys, fixed per query (cheaper than an identity hash on every lookup). */
    final int hash;

    QueryState(String name, ValueCodec codecs) {
        this(name, codecs, null);
    }

    /** @param parent the query this is a partition of, or null for a query */
    QueryState(String name, ValueCodec codecs, QueryState parent) {
        this.name = name;
        this.codecs = codecs;
        this.parent = parent;
        this.hash = name.hashCode() * 0x9E3779B1;
    }

    /** @return the query's name, or {@code query@partition} for a partition */
    String name() {
        return name;
    }

    /** @return the query this is a partition of, or null if this is a query */
    QueryState parent() {
        return parent;
    }

    /** @return this query, or the query this is a partition of: where the counters are */
    QueryState root() {
        return parent == null ? this : parent;
    }

    /** @return the query's known partitions, by partition name (empty for a partition) */
    ConcurrentMap<String, QueryState> partitions() {
        return partitions;
    }

    Generation generation() {
        return generation;
    }

    // The shared counter as last learned, and why it may not be used now; guarded by this.
    private long knownShared = Generation.UNKNOWN;
    private int invalidating;
    private boolean unbroadcast;

    /**
     * An invalidation asked for in this process begins: results stored so far become unreachable and the
     * shared tier is not used for this query until {@link #endInvalidation} or {@link #failInvalidation}, so
     * that no reader pairs the new local generation with the old shared one.
     */
    synchronized void beginInvalidation() {
        invalidating++;
        publish(generation.local() + 1);
    }

    /** The invalidation was broadcast; {@code shared} is the shared counter it produced, or UNKNOWN if none. */
    synchronized void endInvalidation(long shared) {
        invalidating--;
        if (shared >= 0) {
            knownShared = Math.max(knownShared, shared);
            unbroadcast = false;
        }
        publish(generation.local());
    }

    /** The invalidation could not be broadcast: the shared tier stays unused for this query until it is. */
    synchronized void failInvalidation() {
        invalidating--;
        unbroadcast = true;
        publish(generation.local());
    }

    /**
     * An invalidation that could not be broadcast earlier has been now, producing the shared counter {@code shared}
     * (or UNKNOWN): the shared tier may be used again. Results stored meanwhile were loaded after the change, so
     * they stay.
     */
    synchronized void broadcastLate(long shared) {
        if (shared >= 0) {
            knownShared = Math.max(knownShared, shared);
        }
        unbroadcast = false;
        publish(generation.local());
    }

    /** Another process invalidated the query, raising the shared counter to {@code shared}. */
    synchronized void invalidatedElsewhere(long shared) {
        knownShared = Math.max(knownShared, shared);
        publish(generation.local() + 1);
    }

    /**
     * Records the shared counter as read from the shared tier. If it moved past a value this process knew, an
     * invalidation was missed: the local generation moves too.
     */
    synchronized void learnShared(long shared) {
        if (shared <= knownShared) {
            return;
        }
        boolean missedInvalidation = knownShared != Generation.UNKNOWN;
        knownShared = shared;
        publish(missedInvalidation ? generation.local() + 1 : generation.local());
    }

    /** Forgets the shared counter (the shared tier is a new one) and makes every local result unreachable. */
    synchronized void forgetShared() {
        knownShared = Generation.UNKNOWN;
        publish(generation.local() + 1);
    }

    /** Makes every result stored so far in this process unreachable, in O(1). */
    synchronized void advanceLocal() {
        publish(generation.local() + 1);
    }

    /** @return whether an invalidation of this query waits to be broadcast */
    synchronized boolean unbroadcast() {
        return unbroadcast;
    }

    private void publish(long local) {
        generation = new Generation(local, invalidating > 0 || unbroadcast ? Generation.BLOCKED : knownShared);
    }

    /**
     * @return the codec of this query's results
     * @throws IllegalArgumentException if the query name was used before with another result type
     */
    ValueCodec.ResultCodec codec(NamedQuery<?> query) {
        ValueCodec.ResultCodec known = codec;
        if (known != null && (known.type() == query.resultType() || known.type().equals(query.resultType()))) {
            return known;
        }
        synchronized (this) {
            if (codec == null) {
                codec = codecs.forType(query.resultType());
                return codec;
            }
        }
        if (!codec.type().equals(query.resultType())) {
            throw new IllegalArgumentException("query " + name + " is used with two result types: "
                    + codec.type().getTypeName() + " and " + query.resultType().getTypeName());
        }
        return codec;
    }

    /** @return true the first time only, so that a query whose results cannot be cached is reported once */
    boolean warnOnce() {
        return warned.compareAndSet(false, true);
    }

    /**
     * @param tier1 what tier 1 holds of this query's results now (its evictions are this state's)
     * @param tier2 what tier 2 holds of them
     */
    QueryStatistics statistics(long tier1Entries, long tier1Bytes, StoredResults tier2) {
        long requests = tier1Hits.sum() + tier1Misses.sum();
        long sharedHits = Math.min(tier2Hits.sum(), requests);
        long hits = Math.min(requests, tier1Hits.sum() + sharedHits);
        return new QueryStatistics(name, requests, hits, requests - hits, loads.sum(), loadNanos.sum(),
                Math.min(sharedHits, hits), tier2Errors.sum(),
                new StoredResults(tier1Entries, tier1Bytes, evictions.sum()), tier2);
    }

    @Override
    public String toString() {
        return name;
    }
}
