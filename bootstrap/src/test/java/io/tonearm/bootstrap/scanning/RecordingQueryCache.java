package io.tonearm.bootstrap.scanning;

import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CacheStatistics;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.QueryCache;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/** A query cache that keeps nothing and records what is invalidated, to check how often a scan invalidates. */
final class RecordingQueryCache implements QueryCache {
    private final AtomicLong invalidations = new AtomicLong();
    private final Set<String> invalidatedQueryNames = new HashSet<>();

    @Override
    public <T> T get(NamedQuery<T> query, CacheKey key, Supplier<T> loader) {
        return loader.get();
    }

    @Override
    public <T> Map<CacheKey, T> getAll(NamedQuery<T> query, Collection<CacheKey> keys,
                                       Function<Set<CacheKey>, Map<CacheKey, T>> loader) {
        return loader.apply(Set.copyOf(keys));
    }

    @Override
    public void invalidate(NamedQuery<?> query, CacheKey key) {
        invalidations.incrementAndGet();
    }

    @Override
    public synchronized void invalidateQueries(Collection<String> queryNames) {
        invalidations.incrementAndGet();
        invalidatedQueryNames.addAll(queryNames);
    }

    @Override
    public void invalidateAll() {
        throw new AssertionError("a scan must not clear the whole cache");
    }

    @Override
    public CacheStatistics statistics() {
        return new CacheStatistics(List.of(), List.of());
    }

    long invalidations() {
        return invalidations.get();
    }

    synchronized Set<String> invalidatedQueryNames() {
        return Set.copyOf(invalidatedQueryNames);
    }

    synchronized void clear() {
        invalidations.set(0);
        invalidatedQueryNames.clear();
    }
}
