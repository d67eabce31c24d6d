package io.tonearm.application.fakes;

import io.tonearm.domain.port.CacheGaps;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CachePartition;
import io.tonearm.domain.port.CacheStatistics;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.QueryStatistics;
import io.tonearm.domain.port.TierStatistics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@link QueryCache} port kept faithfully in one map: a result stays until a call drops it, null results are
 * not kept, {@code refresh} drops then loads (a failing or null load leaves the entry dropped), a query read in a
 * partition keeps its results apart from other partitions' and from its unpartitioned ones, and it counts
 * requests, hits, misses and loads per named query (all partitions together), so a test can tell a cached read
 * from a load. While its own tier is distrusted ({@code distrustOwnTier}), every read loads.
 */
public final class InMemoryQueryCache implements QueryCache {
    /** Results by the query's name with its partition ({@link NamedQuery#toString()}), then by key. */
    private final Map<String, Map<CacheKey, Object>> entries = new HashMap<>();
    private final Map<String, long[]> counters = new TreeMap<>(); // requests, hits, misses, loads
    private final List<String> droppedNames = new ArrayList<>();
    private final List<CacheInvalidation> localInvalidations = new ArrayList<>();
    private String distrusted;
    private CacheGaps gaps = CacheGaps.NONE;

    @Override
    public synchronized <T> T get(NamedQuery<T> query, CacheKey key, Supplier<T> loader) {
        long[] count = counters(query.name());
        count[0]++;
        Map<CacheKey, Object> results = entries.computeIfAbsent(query.toString(), name -> new HashMap<>());
        if (distrusted == null && results.containsKey(key)) {
            count[1]++;
            @SuppressWarnings("unchecked")
            T cached = (T) results.get(key);
            return cached;
        }
        count[2]++;
        count[3]++;
        T loaded = loader.get();
        if (loaded != null) {
            results.put(key, loaded);
        }
        return loaded;
    }

    @Override
    public synchronized <T> Map<CacheKey, T> getAll(NamedQuery<T> query, Collection<CacheKey> keys,
                                                    Function<Set<CacheKey>, Map<CacheKey, T>> loader) {
        long[] count = counters(query.name());
        Map<CacheKey, Object> results = entries.computeIfAbsent(query.toString(), name -> new HashMap<>());
        Map<CacheKey, T> answer = new LinkedHashMap<>();
        Set<CacheKey> missing = new LinkedHashSet<>();
        for (CacheKey key : keys) {
            count[0]++;
            if (distrusted == null && results.containsKey(key)) {
                count[1]++;
                @SuppressWarnings("unchecked")
                T cached = (T) results.get(key);
                answer.put(key, cached);
            } else {
                count[2]++;
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            count[3]++;
            loader.apply(Set.copyOf(missing)).forEach((key, value) -> {
                if (value != null && missing.contains(key)) {
                    results.put(key, value);
                    answer.put(key, value);
                }
            });
        }
        return answer;
    }

    @Override
    public synchronized void invalidate(NamedQuery<?> query, CacheKey key) {
        Map<CacheKey, Object> results = entries.get(query.toString());
        if (results != null) {
            results.remove(key);
        }
    }

    @Override
    public synchronized <T> void refresh(NamedQuery<T> query, CacheKey key, Supplier<T> loader) {
        invalidate(query, key);
        counters(query.name())[3]++;
        T loaded;
        try {
            loaded = loader.get();
        } catch (RuntimeException e) {
            return; // the port's promise: a failed reload leaves the entry dropped and throws nothing
        }
        if (loaded != null) {
            entries.computeIfAbsent(query.toString(), name -> new HashMap<>()).put(key, loaded);
        }
    }

    @Override
    public synchronized void invalidateQueries(Collection<String> queryNames) {
        droppedNames.addAll(queryNames);
        entries.keySet().removeIf(slot -> queryNames.contains(slot.split("@")[0]));
    }

    @Override
    public synchronized void invalidateQueries(Collection<String> queryNames, CachePartition partition) {
        queryNames.forEach(name -> {
            droppedNames.add(name + "@" + partition.name());
            entries.remove(name + "@" + partition.name());
        });
    }

    /** Records it ({@link #localInvalidations()}), then applies it as the port's default does. */
    @Override
    public synchronized void invalidateLocally(CacheInvalidation invalidation) {
        localInvalidations.add(invalidation);
        QueryCache.super.invalidateLocally(invalidation);
    }

    @Override
    public synchronized void distrustOwnTier(String reason) {
        distrusted = reason;
    }

    @Override
    public synchronized void trustOwnTier() {
        distrusted = null;
    }

    /** Drops every result as a cache that found a gap by itself does, and counts it ({@link #gaps()}). */
    public synchronized void gap(String reason) {
        entries.clear();
        gaps = gaps.plus(reason);
    }

    @Override
    public synchronized CacheGaps gaps() {
        return gaps;
    }

    /** @return why the own tier is not trusted now, or null while it is */
    public synchronized String ownTierDistrusted() {
        return distrusted;
    }

    /** @return the calls of {@link #invalidateLocally} so far, in order */
    public synchronized List<CacheInvalidation> localInvalidations() {
        return List.copyOf(localInvalidations);
    }

    @Override
    public synchronized void invalidateAll() {
        droppedNames.add("*");
        entries.clear();
    }

    @Override
    public synchronized CacheStatistics statistics() {
        List<QueryStatistics> queries = new ArrayList<>();
        counters.forEach((name, c) -> queries.add(new QueryStatistics(name, c[0], c[1], c[2], c[3], 0)));
        long entryCount = entries.values().stream().mapToLong(Map::size).sum();
        long requests = queries.stream().mapToLong(QueryStatistics::requests).sum();
        long hits = queries.stream().mapToLong(QueryStatistics::hits).sum();
        return new CacheStatistics(List.of(new TierStatistics("memory", requests, hits, requests - hits, 0,
                entryCount, 0, 0)), queries);
    }

    /** @return true if a result of {@code query} for {@code key} is kept */
    public synchronized boolean holds(NamedQuery<?> query, CacheKey key) {
        Map<CacheKey, Object> results = entries.get(query.toString());
        return results != null && results.containsKey(key);
    }

    /** @return how many results of {@code query} are kept */
    public synchronized int size(NamedQuery<?> query) {
        Map<CacheKey, Object> results = entries.get(query.toString());
        return results == null ? 0 : results.size();
    }

    /** @return how many times {@code query} was loaded from the store (one per {@code getAll} with misses) */
    public synchronized long loads(NamedQuery<?> query) {
        long[] count = counters.get(query.name());
        return count == null ? 0 : count[3];
    }

    /**
     * @return the names passed to {@code invalidateQueries} so far, in order: {@code name@partition} for a drop in
     *     one partition, "*" for invalidateAll
     */
    public synchronized List<String> droppedNames() {
        return List.copyOf(droppedNames);
    }

    private long[] counters(String name) {
        return counters.computeIfAbsent(name, n -> new long[4]);
    }
}
