package io.tonearm.adapters.cache;

import io.tonearm.adapters.cache.SharedTier.SharedRead;
import io.tonearm.adapters.cache.SharedTier.SharedWrite;
import io.tonearm.adapters.cache.ValueCodec.ResultCodec;
import io.tonearm.adapters.cache.ValueCodec.UnreadableValueException;
import io.tonearm.domain.port.CacheGaps;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CachePartition;
import io.tonearm.domain.port.CacheSource;
import io.tonearm.domain.port.CacheStatistics;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.TierStatistics;
import io.tonearm.domain.port.CacheTrace;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query cache: tier 1 in the process, then the shared tier 2 (if any), then the loader. A tier-2 hit
 * refills tier 1; a load fills both. Concurrent misses of one key load once in this process.
 *
 * <p>No stale set: the generation is captured before a load starts and the result is stored under it, so a
 * named-query invalidation that happens meanwhile makes it unreachable; an entry invalidation cancels the
 * publication of the load in flight (see {@link LocalTier}); tier 2 refuses a write whose generation or entry
 * version moved since the read that missed.
 */
final class TieredQueryCache implements QueryCache, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TieredQueryCache.class);

    private final LocalTier tier1;
    private final SharedTier tier2;
    private final CacheSettings settings;
    private final CacheClock clock;
    private final boolean trustsEverything;
    private final ThreadLocal<SourceTrace> traces = new ThreadLocal<>();
    // false until the first trace: until then reads skip the thread-local lookup
    private volatile boolean tracing;
    // why tier 1 is not trusted now (distrustOwnTier), or null while it is
    private volatile String distrust;

    @Inject
    TieredQueryCache(LocalTier tier1, SharedTier tier2, CacheSettings settings) {
        this.tier1 = tier1;
        this.tier2 = tier2;
        this.settings = settings;
        this.clock = tier1.clock();
        this.trustsEverything = tier2.trustsEverything();
    }

    /** @return the trusted entry under the key, or null */
    private Tier1Entry trustedEntry(Tier1Key key) {
        if (distrust != null) {
            return null;
        }
        if (trustsEverything) {
            return tier1.lookup(key);
        }
        long[] lookup = clock.beforeLookup();
        Tier1Entry entry = tier1.lookup(key);
        return entry != null && tier2.trusts(entry.freshAsOfNanos(), clock.timeOfLookup(lookup)) ? entry : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(NamedQuery<T> query, CacheKey key, Supplier<T> loader) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(loader, "loader");
        QueryState state = tier1.query(query.name());
        ResultCodec codec = state.codec(query);
        Scope scope = Scope.capture(state, partition(state, query));
        Tier1Key tier1Key = scope.key(key.value());
        Tier1Entry entry = trustedEntry(tier1Key);
        if (entry != null) {
            state.tier1Hits.increment();
            if (tracing) {
                note(CacheSource.TIER1);
            }
            return (T) entry.value();
        }
        Flight mine = new Flight();
        Flight flight = tier1.depart(tier1Key, mine);
        state.tier1Misses.increment(); // after departing: once counted, a reader has started or joined the load
        if (flight != mine) {
            Object value = flight.join(tier1Key.toString());
            note(flight.source());
            return (T) value;
        }
        try {
            Object value = fetch(scope, codec, tier1Key, mine, loader, true);
            note(mine.source());
            return (T) value;
        } catch (RuntimeException | Error e) {
            mine.fail(e);
            throw e;
        } finally {
            tier1.land(tier1Key, mine);
        }
    }

    /**
     * Tier 2, then the loader, for a key this thread is the one flight of.
     *
     * @param request whether a caller's read asked for it (a tier-2 hit counts), or a refresh
     */
    private Object fetch(Scope scope, ResultCodec codec, Tier1Key tier1Key, Flight flight, Supplier<?> loader,
                         boolean request) {
        QueryState state = scope.query();
        long freshAsOf = clock.read();
        SharedRead read = tier2.read(scope, tier1Key.arguments());
        if (read.hit()) {
            Object value = decode(state, codec, read.bytes());
            if (value != null) {
                if (request) {
                    state.tier2Hits.increment();
                }
                tier1.publish(tier1Key, flight,
                        new Tier1Entry(value, read.bytes().length, read.freshAsOfNanos(), ttlNanos(state)));
                flight.complete(value, CacheSource.TIER2);
                return value;
            }
        }
        long started = System.nanoTime();
        Object loaded = loader.get();
        state.loads.increment();
        state.loadNanos.add(System.nanoTime() - started);
        if (loaded == null) {
            flight.complete(null, CacheSource.MISS);
            return null;
        }
        Stored stored = store(state, codec, tier1Key, flight, loaded, freshAsOf);
        flight.complete(stored.value, CacheSource.MISS);
        if (stored.bytes != null && read.usable()) {
            tier2.writeAll(scope,
                    List.of(new SharedWrite(tier1Key.arguments(), read, stored.bytes, ttlMillis(state), freshAsOf)));
        }
        return stored.value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Map<CacheKey, T> getAll(NamedQuery<T> query, Collection<CacheKey> keys,
                                       Function<Set<CacheKey>, Map<CacheKey, T>> loader) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(loader, "loader");
        QueryState state = tier1.query(query.name());
        ResultCodec codec = state.codec(query);
        Scope scope = Scope.capture(state, partition(state, query));
        BulkRead.Key bulk = keys instanceof List<CacheKey> list && list.size() > 1
                ? new BulkRead.Key(scope, list) : null;
        if (bulk != null) {
            Map<CacheKey, T> remembered = remembered(state, scope, bulk);
            if (remembered != null) {
                return remembered;
            }
        }
        Map<CacheKey, T> hits = allFromTier1(state, scope, keys, bulk);
        if (hits != null) {
            return hits;
        }

        Map<CacheKey, Object> found = new LinkedHashMap<>();
        Map<CacheKey, Tier1Key> tier1Keys = new LinkedHashMap<>();
        Map<CacheKey, Flight> mine = new LinkedHashMap<>();
        Map<CacheKey, Flight> theirs = new LinkedHashMap<>();
        for (CacheKey key : keys) {
            Objects.requireNonNull(key, "keys contains null");
            if (tier1Keys.containsKey(key)) {
                continue;
            }
            Tier1Key tier1Key = scope.key(key.value());
            tier1Keys.put(key, tier1Key);
            Tier1Entry entry = trustedEntry(tier1Key);
            if (entry != null) {
                state.tier1Hits.increment();
                note(CacheSource.TIER1);
                found.put(key, entry.value());
                continue;
            }
            Flight flight = new Flight();
            Flight existing = tier1.depart(tier1Key, flight);
            state.tier1Misses.increment();
            if (existing == flight) {
                mine.put(key, flight);
            } else {
                theirs.put(key, existing);
            }
        }
        if (!mine.isEmpty()) {
            try {
                fetchAll(scope, codec, tier1Keys, mine, found,
                        (Function<Set<CacheKey>, Map<CacheKey, ?>>) (Function<?, ?>) loader);
            } catch (RuntimeException | Error e) {
                mine.values().forEach(flight -> flight.fail(e));
                throw e;
            } finally {
                mine.forEach((key, flight) -> tier1.land(tier1Keys.get(key), flight));
            }
        }
        // only after finishing our own flights: two bulk reads sharing keys never wait on each other
        theirs.forEach((key, flight) -> {
            Object value = flight.join(tier1Keys.get(key).toString());
            note(flight.source());
            if (value != null) {
                found.put(key, value);
            }
        });
        Map<CacheKey, T> answer = new LinkedHashMap<>();
        tier1Keys.keySet().forEach(key -> {
            Object value = found.get(key);
            if (value != null) {
                answer.put(key, (T) value);
            }
        });
        return Collections.unmodifiableMap(answer);
    }

    /**
     * @return the answer of the bulk read remembered under {@code bulk}, counted as its tier-1 hits, if it is exactly
     *     what reading its keys one by one would answer now (see {@link BulkRead}); otherwise null, counting nothing
     */
    @SuppressWarnings("unchecked")
    private <T> Map<CacheKey, T> remembered(QueryState state, Scope scope, BulkRead.Key bulk) {
        if (distrust != null) {
            return null;
        }
        BulkRead read = tier1.rememberedBulk(bulk);
        if (read == null || read.entryChanges() != scope.target().entryChanges.get()) {
            return null;
        }
        long now = clock.read();
        if (now - read.expiresAt() >= 0 || !trustsEverything && !tier2.trusts(read.oldestFresh(), now)) {
            return null;
        }
        state.tier1Hits.add(read.hits());
        if (read.hits() > 0) {
            note(CacheSource.TIER1);
        }
        return (Map<CacheKey, T>) read.answer();
    }

    /**
     * The common case of a bulk read, without the bookkeeping of flights: every key has a trusted tier-1 entry.
     * Such an answer is remembered under {@code bulk}, unless that is null.
     *
     * @return the values in the order of {@code keys}, counted as tier-1 hits; or null, counting nothing, as soon as
     *     one key has none (the caller then reads them all the long way)
     */
    @SuppressWarnings("unchecked")
    private <T> Map<CacheKey, T> allFromTier1(QueryState state, Scope scope, Collection<CacheKey> keys,
                                              BulkRead.Key bulk) {
        long entryChanges = scope.target().entryChanges.get(); // before the lookups: a drop meanwhile is not missed
        Map<CacheKey, T> answer = new LinkedHashMap<>(keys.size() * 2);
        boolean absent = false;
        long oldestFresh = Long.MAX_VALUE;
        long expiresAt = Long.MAX_VALUE;
        for (CacheKey key : keys) {
            Objects.requireNonNull(key, "keys contains null");
            if (answer.containsKey(key)) {
                continue;
            }
            Tier1Entry entry = trustedEntry(scope.key(key.value()));
            if (entry == null) {
                return null;
            }
            answer.put(key, (T) entry.value());
            absent |= entry.value() == null;
            oldestFresh = Math.min(oldestFresh, entry.freshAsOfNanos());
            // never later than the entry's own expiry, which began when it was stored, after it was fresh
            expiresAt = Math.min(expiresAt, entry.freshAsOfNanos() + entry.ttlNanos());
        }
        int hits = answer.size();
        state.tier1Hits.add(hits);
        if (!answer.isEmpty()) {
            note(CacheSource.TIER1);
        }
        if (absent) { // a kept "nothing": not in the answer, as on the long way
            answer.values().removeIf(Objects::isNull);
        }
        Map<CacheKey, T> read = Collections.unmodifiableMap(answer);
        if (bulk != null) {
            tier1.rememberBulk(bulk.kept(), new BulkRead(read, hits, entryChanges, oldestFresh, expiresAt));
        }
        return read;
    }

    /** Tier 2 in one round trip, then one call of the loader for what is still missing. */
    private void fetchAll(Scope scope, ResultCodec codec, Map<CacheKey, Tier1Key> tier1Keys,
                          Map<CacheKey, Flight> mine, Map<CacheKey, Object> found,
                          Function<Set<CacheKey>, Map<CacheKey, ?>> loader) {
        QueryState state = scope.query();
        long freshAsOf = clock.read();
        List<String> arguments = mine.keySet().stream().map(CacheKey::value).toList();
        Map<String, SharedRead> reads = tier2.readAll(scope, arguments);
        Set<CacheKey> missing = new LinkedHashSet<>();
        for (Map.Entry<CacheKey, Flight> flight : mine.entrySet()) {
            CacheKey key = flight.getKey();
            SharedRead read = reads.getOrDefault(key.value(), SharedRead.UNUSABLE);
            Object value = read.hit() ? decode(state, codec, read.bytes()) : null;
            if (value == null) {
                missing.add(key);
                continue;
            }
            state.tier2Hits.increment();
            tier1.publish(tier1Keys.get(key), flight.getValue(),
                    new Tier1Entry(value, read.bytes().length, read.freshAsOfNanos(), ttlNanos(state)));
            flight.getValue().complete(value, CacheSource.TIER2);
            note(CacheSource.TIER2);
            found.put(key, value);
        }
        if (missing.isEmpty()) {
            return;
        }
        note(CacheSource.MISS);
        long started = System.nanoTime();
        Map<CacheKey, ?> loaded = loader.apply(Collections.unmodifiableSet(missing));
        state.loads.increment();
        state.loadNanos.add(System.nanoTime() - started);
        List<SharedWrite> writes = new ArrayList<>();
        for (CacheKey key : missing) {
            Object result = loaded == null ? null : loaded.get(key);
            Flight flight = mine.get(key);
            if (result == null) {
                flight.complete(null, CacheSource.MISS);
                continue;
            }
            Stored stored = store(state, codec, tier1Keys.get(key), flight, result, freshAsOf);
            SharedRead read = reads.getOrDefault(key.value(), SharedRead.UNUSABLE);
            if (stored.bytes != null && read.usable()) {
                writes.add(new SharedWrite(key.value(), read, stored.bytes, ttlMillis(state), freshAsOf));
            }
            flight.complete(stored.value, CacheSource.MISS);
            found.put(key, stored.value);
        }
        if (!writes.isEmpty()) {
            tier2.writeAll(scope, writes);
        }
    }

    /**
     * Serializes a loaded result and stores what reads back from the bytes in tier 1, so that every reader gets
     * the same (unmodifiable) form. A result that cannot be serialized is returned as it is and not kept.
     */
    private Stored store(QueryState state, ResultCodec codec, Tier1Key tier1Key, Flight flight, Object loaded,
                         long freshAsOf) {
        byte[] bytes;
        Object value;
        try {
            bytes = codec.encode(loaded);
            value = codec.decode(bytes);
        } catch (UnreadableValueException e) {
            tier1.recordError();
            if (state.warnOnce()) {
                LOG.warn("Results of query {} cannot be cached: {}", state.name(), e.getMessage());
            }
            return new Stored(loaded, null);
        }
        tier1.publish(tier1Key, flight, new Tier1Entry(value, bytes.length, freshAsOf, ttlNanos(state)));
        return new Stored(value, bytes);
    }

    private Object decode(QueryState state, ResultCodec codec, byte[] bytes) {
        try {
            return codec.decode(bytes);
        } catch (UnreadableValueException e) {
            // an entry of another build or a damaged one: a miss, and the load that follows replaces it
            LOG.debug("Unreadable tier-2 entry of {} treated as a miss: {}", state.name(), e.getMessage());
            return null;
        }
    }

    private long ttlNanos(QueryState state) {
        return jittered(settings.ttl(state.name()).toNanos());
    }

    private long ttlMillis(QueryState state) {
        return Math.max(1, jittered(settings.ttl(state.name()).toMillis()));
    }

    private long jittered(long ttl) {
        double jitter = settings.ttlJitter();
        return jitter == 0 ? ttl : (long) (ttl * (1 + jitter * (2 * ThreadLocalRandom.current().nextDouble() - 1)));
    }

    @Override
    public void invalidate(NamedQuery<?> query, CacheKey key) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(key, "key");
        QueryState state = tier1.query(query.name());
        QueryState partition = partition(state, query);
        QueryState target = partition == null ? state : partition;
        state.invalidations.increment();
        // tier 2 first: a reader here that refills tier 1 from the old shared entry meanwhile is undone below
        tier2.invalidateEntry(target, key.value());
        tier1.invalidateEntry(target, key.value());
    }

    /** @return the state of the query's partition, or null for an unpartitioned query */
    private QueryState partition(QueryState state, NamedQuery<?> query) {
        return query.partitioned() ? tier1.partition(state, query.partition().name()) : null;
    }

    /**
     * Drops the entry as {@link #invalidate} does, then loads it as a read that missed would, under the
     * generation captured after the drop: what it stores was loaded after the change that called it. If a
     * reader is loading the key already (it started after the drop), the refresh leaves the load to it.
     */
    @Override
    public <T> void refresh(NamedQuery<T> query, CacheKey key, Supplier<T> loader) {
        Objects.requireNonNull(loader, "loader");
        invalidate(query, key);
        QueryState state = tier1.query(query.name());
        ResultCodec codec = state.codec(query);
        Scope scope = Scope.capture(state, partition(state, query));
        Tier1Key tier1Key = scope.key(key.value());
        Flight mine = new Flight();
        if (tier1.depart(tier1Key, mine) != mine) {
            return;
        }
        try {
            fetch(scope, codec, tier1Key, mine, loader, false);
        } catch (RuntimeException e) {
            // the change this follows has happened; the entry stays dropped and the next read loads it
            mine.fail(e);
            LOG.debug("Refresh of {} {} failed, the entry stays dropped: {}", query, key.value(), e.toString());
        } catch (Error e) {
            mine.fail(e);
            throw e;
        } finally {
            tier1.land(tier1Key, mine);
        }
    }

    @Override
    public void invalidateQueries(Collection<String> queryNames) {
        invalidate(states(queryNames, null));
    }

    /**
     * Raises the generation of each query's partition: O(1) per query whatever the number of results or of other
     * partitions, exactly as a whole query's invalidation (a partition's generation is part of its results' keys).
     */
    @Override
    public void invalidateQueries(Collection<String> queryNames, CachePartition partition) {
        Objects.requireNonNull(partition, "partition");
        invalidate(states(queryNames, partition));
    }

    private List<QueryState> states(Collection<String> queryNames, CachePartition partition) {
        Objects.requireNonNull(queryNames, "queryNames");
        return queryNames.stream().distinct().map(name -> {
            if (name == null || !name.matches("[a-zA-Z0-9.\\-]{1,64}")) {
                throw new IllegalArgumentException("not a query name: " + name);
            }
            QueryState query = tier1.query(name);
            return partition == null ? query : tier1.partition(query, partition.name());
        }).toList();
    }

    private void invalidate(List<QueryState> states) {
        if (states.isEmpty()) {
            return;
        }
        states.forEach(QueryState::beginInvalidation);
        states.forEach(state -> state.root().invalidations.increment());
        tier2.invalidateQueries(states);
    }

    @Override
    public void invalidateAll() {
        tier2.invalidateAll(() -> {
            List<QueryState> states = List.copyOf(tier1.queries());
            states.forEach(QueryState::beginInvalidation);
            states.stream().filter(state -> state.parent() == null).forEach(state -> state.invalidations.increment());
            return states;
        });
    }

    /**
     * Tier 1 only: the process that made the change has dropped it from tier 2 (and told the others through it, or
     * will replay it when it reaches Redis again). Queries and partitions get a new local generation, entries are
     * dropped with their loads in flight, exactly as an invalidation heard from another process over Redis.
     */
    @Override
    public void invalidateLocally(CacheInvalidation invalidation) {
        Objects.requireNonNull(invalidation, "invalidation");
        if (invalidation.everything()) {
            tier1.invalidateAll();
            return;
        }
        states(invalidation.queries(), null).forEach(QueryState::advanceLocal);
        invalidation.partitions().forEach(drop ->
                tier1.partition(tier1.query(drop.query()), drop.partition().name()).advanceLocal());
        invalidation.entries().forEach(entry -> {
            QueryState query = tier1.query(entry.query());
            tier1.invalidateEntry(entry.partition() == null ? query : tier1.partition(query, entry.partition().name()),
                    entry.key().value());
        });
    }

    /**
     * Reads skip tier 1 (a lookup finds nothing; loads still fill it, and what they store was loaded after the
     * distrust began). Nothing is dropped: the caller applies what it missed before trusting the tier again.
     */
    @Override
    public void distrustOwnTier(String reason) {
        distrust = Objects.requireNonNull(reason, "reason");
    }

    @Override
    public void trustOwnTier() {
        distrust = null;
    }

    /** @return the shared tier's gaps: tier 1 alone hears nothing it could miss */
    @Override
    public CacheGaps gaps() {
        return tier2.gaps();
    }

    @Override
    public CacheStatistics statistics() {
        List<TierStatistics> tiers = new ArrayList<>(2);
        TierStatistics own = tier1.statistics();
        String why = distrust;
        tiers.add(why == null ? own : new TierStatistics(own.tier(), own.requests(), own.hits(), own.misses(),
                own.evictions(), own.entries(), own.bytes(), own.errors(), false, why));
        TierStatistics shared = tier2.statistics();
        if (shared != null) {
            tiers.add(shared);
        }
        return new CacheStatistics(tiers, tier1.queryStatistics(tier2.storedByQuery()));
    }

    @Override
    public CacheTrace openTrace() {
        tracing = true;
        SourceTrace trace = new SourceTrace(traces.get());
        traces.set(trace);
        return trace;
    }

    private void note(CacheSource source) {
        if (tracing) {
            SourceTrace trace = traces.get();
            if (trace != null) {
                trace.source = trace.source.and(source);
            }
        }
    }

    /** Stops the shared tier's background work and closes its connections. */
    @Override
    public void close() {
        tier2.close();
    }

    private record Stored(Object value, byte[] bytes) {
    }

    /** The farthest source the reads of one traced piece of work needed so far (one thread only). */
    private final class SourceTrace implements CacheTrace {
        private final SourceTrace outer;
        private final Thread thread = Thread.currentThread();
        private CacheSource source = CacheSource.NONE;
        private boolean closed;

        SourceTrace(SourceTrace outer) {
            this.outer = outer;
        }

        @Override
        public CacheSource source() {
            return source;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            if (thread != Thread.currentThread()) {
                throw new IllegalStateException("a cache trace is closed on the thread that opened it");
            }
            closed = true;
            if (traces.get() == this) {
                if (outer == null) {
                    traces.remove();
                } else {
                    outer.source = outer.source.and(source);
                    traces.set(outer);
                }
            }
        }
    }
}
