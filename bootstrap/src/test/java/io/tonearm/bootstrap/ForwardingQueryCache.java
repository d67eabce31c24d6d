package io.tonearm.bootstrap;

import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CachePartition;
import io.tonearm.domain.port.CacheStatistics;
import io.tonearm.domain.port.CacheTrace;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.QueryCache;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** A query cache that passes every call to another one; tests and benches override what they change. */
public abstract class ForwardingQueryCache implements QueryCache {
    protected final QueryCache delegate;

    protected ForwardingQueryCache(QueryCache delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public <T> T get(NamedQuery<T> query, CacheKey key, Supplier<T> loader) {
        return delegate.get(query, key, loader);
    }

    @Override
    public <T> Map<CacheKey, T> getAll(NamedQuery<T> query, Collection<CacheKey> keys,
                                       Function<Set<CacheKey>, Map<CacheKey, T>> loader) {
        return delegate.getAll(query, keys, loader);
    }

    @Override
    public void invalidate(NamedQuery<?> query, CacheKey key) {
        delegate.invalidate(query, key);
    }

    @Override
    public <T> void refresh(NamedQuery<T> query, CacheKey key, Supplier<T> loader) {
        delegate.refresh(query, key, loader);
    }

    @Override
    public void invalidateQueries(Collection<String> queryNames) {
        delegate.invalidateQueries(queryNames);
    }

    @Override
    public void invalidateQueries(Collection<String> queryNames, CachePartition partition) {
        delegate.invalidateQueries(queryNames, partition);
    }

    @Override
    public void invalidateAll() {
        delegate.invalidateAll();
    }

    @Override
    public CacheStatistics statistics() {
        return delegate.statistics();
    }

    @Override
    public CacheTrace openTrace() {
        return delegate.openTrace();
    }
}
