package io.tonearm.adapters.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.tonearm.domain.port.QueryStatistics;
import io.tonearm.domain.port.StoredResults;
import io.tonearm.domain.port.TierStatistics;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The in-process tier: results in a Caffeine cache bounded by their serialized size, the loads in progress,
 * and every named query's state. Owns the local half of every invalidation, whether it was asked for in this
 * process or announced by another one.
 *
 * <p>Invalidating a named query raises its generation, which is part of every key: O(1), whatever the number of
 * results; the unreachable results age out under the size bound and their time to live. Invalidating one entry
 * removes it and cancels the publication of a load of it in progress, both under the lock Caffeine holds for
 * that key, which is also where a finished load publishes: a load that started before the invalidation can never
 * be stored after it.
 */
final class LocalTier {
    static final String NAME = "tier1";

    /** Enough for the pages being read now by every listener; each holds references to values tier 1 holds. */
    static final int BULK_READS = 4096;

    private final ValueCodec codecs;
    private final CacheClock clock;
    private final boolean enabled;
    private final Cache<Tier1Key, Tier1Entry> results;
    private final ConcurrentMap<Tier1Key, Flight> flights = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, QueryState> queries = new ConcurrentHashMap<>();
    /** Bulk reads that tier 1 answered whole, by their keys: a page's twenty lookups become one (BulkRead). */
    private final Cache<BulkRead.Key, BulkRead> bulkReads = Caffeine.newBuilder().maximumSize(BULK_READS).build();

    private final LongAdder evictions = new LongAdder();
    private final LongAdder errors = new LongAdder();

    @Inject
    LocalTier(CacheSettings settings, ValueCodec codecs, CacheClock clock) {
        this.codecs = codecs;
        this.clock = clock;
        this.enabled = settings.tier1MaxBytes() > 0;
        this.results = Caffeine.newBuilder()
                .maximumWeight(settings.tier1MaxBytes())
                .weigher((Tier1Key key, Tier1Entry entry) -> entry.weight())
                .expireAfter(new EntryExpiry())
                .ticker(clock)
                .evictionListener((Tier1Key key, Tier1Entry entry, RemovalCause cause) -> {
                    if (cause.wasEvicted()) {
                        evictions.increment();
                        key.query().evictions.increment();
                    }
                })
                .build();
    }

    /** @return the clock of this tier's expiry, which the rest of the cache shares */
    CacheClock clock() {
        return clock;
    }

    /**
     * @param name a query's name, or {@code query@partition} for one of its partitions
     * @return the state of the named query or partition, created on first use
     */
    QueryState query(String name) {
        QueryState state = queries.get(name);
        if (state != null) {
            return state;
        }
        int separator = name.indexOf(QueryState.PARTITION_SEPARATOR);
        if (separator < 0) {
            return queries.computeIfAbsent(name, n -> new QueryState(n, codecs));
        }
        QueryState parent = query(name.substring(0, separator));
        return parent.partitions().computeIfAbsent(name.substring(separator + 1),
                partition -> queries.computeIfAbsent(name, n -> new QueryState(n, codecs, parent)));
    }

    /** @return the state of one partition of a query, created on first use */
    QueryState partition(QueryState query, String partition) {
        QueryState state = query.partitions().get(partition);
        return state != null ? state : query(query.name() + QueryState.PARTITION_SEPARATOR + partition);
    }

    /** @return the state of the named query or partition, or null if this process has not used it */
    QueryState existingQuery(String name) {
        return queries.get(name);
    }

    /** @return the states of every query and partition seen so far */
    Collection<QueryState> queries() {
        return queries.values();
    }

    /** @return the entry under {@code key}, or null; counts neither hit nor miss */
    Tier1Entry lookup(Tier1Key key) {
        return enabled ? results.getIfPresent(key) : null;
    }

    void recordError() {
        errors.increment();
    }

    /**
     * Starts a load of {@code key} with {@code mine}, unless one is in progress.
     *
     * @return {@code mine}, which the caller must {@link #land land}, or the flight in progress to join
     */
    Flight depart(Tier1Key key, Flight mine) {
        Flight existing = flights.putIfAbsent(key, mine);
        return existing == null ? mine : existing;
    }

    /** Stores a loaded result, unless an invalidation of its key cancelled the flight that loaded it. */
    void publish(Tier1Key key, Flight flight, Tier1Entry entry) {
        if (enabled) {
            Tier1Entry[] replaced = new Tier1Entry[1];
            results.asMap().compute(key, (k, old) -> {
                if (flight.publicationCancelled()) {
                    return old;
                }
                replaced[0] = old;
                return entry;
            });
            if (replaced[0] != null) { // not after a miss, as usual: what a remembered bulk read holds may be gone
                key.target().entryChanges.incrementAndGet();
            }
        }
    }

    /** Ends a flight: later readers of the key no longer join it. */
    void land(Tier1Key key, Flight flight) {
        flights.remove(key, flight);
    }

    /**
     * Drops the current result of one key and cancels the publication of a load of it in progress.
     *
     * @param target the query's state, or a partition's for a key of that partition
     */
    void invalidateEntry(QueryState target, String arguments) {
        QueryState query = target.parent();
        Tier1Key key = query == null ? new Tier1Key(target, target.generation().local(), arguments)
                : new Tier1Key(query, query.generation().local(), target, target.generation().local(), arguments);
        if (enabled) {
            results.asMap().compute(key, (k, old) -> {
                cancel(k);
                return null;
            });
        } else {
            cancel(key);
        }
        target.entryChanges.incrementAndGet(); // after the drop: a bulk read that began before it is not trusted
    }

    /** @return the bulk read remembered under the key, or null */
    BulkRead rememberedBulk(BulkRead.Key key) {
        return bulkReads.getIfPresent(key);
    }

    /** Remembers a bulk read that tier 1 answered whole. */
    void rememberBulk(BulkRead.Key key, BulkRead read) {
        if (enabled) {
            bulkReads.put(key, read);
        }
    }

    private void cancel(Tier1Key key) {
        Flight flight = flights.remove(key);
        if (flight != null) {
            flight.cancelPublication();
        }
    }

    /** Makes every result unreachable: O(number of named queries), not of results. */
    void invalidateAll() {
        queries.values().forEach(QueryState::advanceLocal);
    }

    TierStatistics statistics() {
        long hit = 0;
        long miss = 0;
        for (QueryState query : queries.values()) {
            hit += query.tier1Hits.sum();
            miss += query.tier1Misses.sum();
        }
        long bytes = results.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
        return new TierStatistics(NAME, hit + miss, hit, miss, evictions.sum(), results.estimatedSize(), bytes,
                errors.sum());
    }

    /**
     * @param shared what the shared tier holds, per query name
     * @return every query's counters, with the entries and bytes it holds in this tier now (one walk over the
     *     entries: statistics are read seldom, and a counter per query kept on every write would cost the
     *     read path)
     */
    List<QueryStatistics> queryStatistics(Map<String, StoredResults> shared) {
        Map<QueryState, long[]> held = new HashMap<>();
        results.asMap().forEach((key, entry) -> {
            long[] counts = held.computeIfAbsent(key.query(), query -> new long[2]);
            counts[0]++;
            counts[1] += entry.weight();
        });
        return queries.values().stream().filter(query -> query.parent() == null).map(query -> {
            long[] counts = held.getOrDefault(query, new long[2]);
            return query.statistics(counts[0], counts[1], shared.getOrDefault(query.name(), StoredResults.NONE));
        }).sorted(Comparator.comparing(QueryStatistics::query)).toList();
    }

    /** Runs pending maintenance (evictions) now; for tests and statistics that must be exact. */
    void cleanUp() {
        results.cleanUp();
    }

    /** Each entry lives for its own (jittered) time; reading it does not extend it. */
    private static final class EntryExpiry implements Expiry<Tier1Key, Tier1Entry> {
        @Override
        public long expireAfterCreate(Tier1Key key, Tier1Entry entry, long currentTime) {
            return entry.ttlNanos();
        }

        @Override
        public long expireAfterUpdate(Tier1Key key, Tier1Entry entry, long currentTime, long currentDuration) {
            return entry.ttlNanos();
        }

        @Override
        public long expireAfterRead(Tier1Key key, Tier1Entry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
