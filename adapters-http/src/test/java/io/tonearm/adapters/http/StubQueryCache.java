package io.tonearm.adapters.http;

import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CacheSource;
import io.tonearm.domain.port.CacheStatistics;
import io.tonearm.domain.port.CacheTrace;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.QueryStatistics;
import io.tonearm.domain.port.StoredResults;
import io.tonearm.domain.port.TierStatistics;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A query cache whose statistics and trace answers a test sets: the HTTP tests check how the API reports them
 * (the real cache and library are tested together in bootstrap).
 */
final class StubQueryCache implements QueryCache {
    volatile CacheSource source = CacheSource.TIER1;
    volatile long requests = 100;
    volatile long hits = 90;
    final List<String> invalidated = new CopyOnWriteArrayList<>();

    @Override
    public CacheStatistics statistics() {
        return new CacheStatistics(
                List.of(new TierStatistics("tier1", requests, hits, requests - hits, 2, 40, 52_000, 0),
                        new TierStatistics("tier2", requests - hits, 0, requests - hits, 0, 300, 1_000_000, 1,
                                false, "out of use since 2025-01-01T00:00:00Z: connection refused")),
                List.of(new QueryStatistics("tracks.all", requests, hits, requests - hits, requests - hits, 5_000_000,
                        30, 2, new StoredResults(12, 24_000, 4), new StoredResults(20, 40_000, 7))));
    }

    @Override
    public CacheTrace openTrace() {
        CacheSource answer = source;
        return new CacheTrace() {
            @Override
            public CacheSource source() {
                return answer;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void invalidateQueries(Collection<String> queryNames) {
        invalidated.addAll(queryNames);
    }

    @Override
    public void invalidateAll() {
        invalidated.add("*");
    }

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
    }
}
