package io.tonearm.application.monitoring;

import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CacheSource;
import io.tonearm.domain.port.CacheStatistics;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.QueryStatistics;
import io.tonearm.domain.port.TierStatistics;
import io.tonearm.domain.port.CacheTrace;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** A query cache whose statistics and trace answers a test sets, for judging the monitor's arithmetic. */
final class FakeCache implements QueryCache {
    private static final long MB = 1024 * 1024;

    private long requests;
    private long hits;
    private final List<TierStatistics> tiers = new ArrayList<>(List.of(tier("tier1", 1 * MB, true, "up")));
    private CacheSource nextSource = CacheSource.TIER1;

    static TierStatistics tier(String name, long bytes, boolean available, String status) {
        return new TierStatistics(name, 0, 0, 0, 0, 0, bytes, 0, available, status);
    }

    FakeCache reads(long requestCount, long hitCount) {
        this.requests = requestCount;
        this.hits = hitCount;
        return this;
    }

    FakeCache tier1Bytes(long bytes) {
        tiers.set(0, tier("tier1", bytes, true, "up"));
        return this;
    }

    FakeCache tier2(long bytes, boolean available, String status) {
        if (tiers.size() > 1) {
            tiers.remove(1);
        }
        tiers.add(tier("tier2", bytes, available, status));
        return this;
    }

    FakeCache answering(CacheSource source) {
        this.nextSource = source;
        return this;
    }

    @Override
    public CacheStatistics statistics() {
        // spread over two queries, as the monitor must add them up
        long halfRequests = requests / 2;
        long halfHits = Math.min(hits / 2, halfRequests);
        return new CacheStatistics(tiers, List.of(
                new QueryStatistics("tracks.all", halfRequests, halfHits, halfRequests - halfHits, 0, 0),
                new QueryStatistics("track.byId", requests - halfRequests, hits - halfHits,
                        requests - halfRequests - (hits - halfHits), 0, 0)));
    }

    final List<List<String>> invalidated = new ArrayList<>();

    @Override
    public CacheTrace openTrace() {
        CacheSource source = nextSource;
        return new CacheTrace() {
            @Override
            public CacheSource source() {
                return source;
            }

            @Override
            public void close() {
            }
        };
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

    @Override
    public void invalidateQueries(Collection<String> queryNames) {
        invalidated.add(List.copyOf(queryNames));
    }

    @Override
    public void invalidateAll() {
        invalidated.add(List.of("*"));
    }
}
