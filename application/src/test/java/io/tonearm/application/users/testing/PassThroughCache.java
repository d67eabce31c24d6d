package io.tonearm.application.users.testing;

import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CacheStatistics;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.QueryCache;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/** A cache that keeps nothing and records what is invalidated. */
public class PassThroughCache implements QueryCache {
    /** Every {@code name key} invalidated, in order. */
    public final List<String> invalidated = new CopyOnWriteArrayList<>();

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
        invalidated.add(query.name() + " " + key);
    }

    @Override
    public void invalidateQueries(Collection<String> queryNames) {
        queryNames.forEach(name -> invalidated.add(name + " *"));
    }

    @Override
    public void invalidateAll() {
        invalidated.add("*");
    }

    @Override
    public CacheStatistics statistics() {
        return new CacheStatistics(List.of(), List.of());
    }
}
