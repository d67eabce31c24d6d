package io.tonearm.adapters.cache;

import io.tonearm.domain.port.StoredResults;
import io.tonearm.domain.port.TierStatistics;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A single process without a shared tier: its tier 1 hears of every invalidation directly, so it is trusted. */
final class NoSharedTier implements SharedTier {

    @Inject
    NoSharedTier() {
    }

    @Override
    public boolean trustsEverything() {
        return true;
    }

    @Override
    public boolean trusts(long freshAsOfNanos, long nowNanos) {
        return true;
    }

    @Override
    public SharedRead read(Scope scope, String arguments) {
        return SharedRead.UNUSABLE;
    }

    @Override
    public Map<String, SharedRead> readAll(Scope scope, Collection<String> arguments) {
        Map<String, SharedRead> reads = new HashMap<>();
        arguments.forEach(argument -> reads.put(argument, SharedRead.UNUSABLE));
        return reads;
    }

    @Override
    public void writeAll(Scope scope, List<SharedWrite> writes) {
    }

    @Override
    public void invalidateEntry(QueryState target, String arguments) {
    }

    @Override
    public void invalidateQueries(Collection<QueryState> queries) {
        queries.forEach(query -> query.endInvalidation(Generation.UNKNOWN));
    }

    @Override
    public void invalidateAll(Supplier<Collection<QueryState>> beginLocally) {
        invalidateQueries(beginLocally.get());
    }

    @Override
    public TierStatistics statistics() {
        return null;
    }

    @Override
    public void close() {
    }

    @Override
    public Map<String, StoredResults> storedByQuery() {
        return Map.of();
    }
}
