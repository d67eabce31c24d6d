package io.tonearm.adapters.cache;

import io.tonearm.domain.port.CacheKey;
import java.util.List;
import java.util.Map;

/**
 * A bulk read that tier 1 answered whole, remembered so that reading the same keys again costs one lookup instead of
 * one per key. It is served only while it is exactly what the per-key lookups would answer: no entry of its query
 * (or partition) was dropped or replaced since it began ({@link QueryState#entryChanges}), its generations are
 * current (they are in its {@link Key}), none of its entries would have expired, and the shared tier still trusts
 * its oldest entry.
 *
 * @param answer       the answer, as the per-key lookups gave it
 * @param hits         the tier-1 hits it counts, as the per-key lookups counted them
 * @param entryChanges the target's {@link QueryState#entryChanges} before the lookups
 * @param oldestFresh  the oldest {@link Tier1Entry#freshAsOfNanos()} among its entries
 * @param expiresAt    the earliest time at which one of its entries would have expired
 */
record BulkRead(Map<CacheKey, ?> answer, int hits, long entryChanges, long oldestFresh, long expiresAt) {

    /**
     * What a bulk read is remembered by: its query and partition with their generations (as in each entry's
     * {@link Tier1Key}), and its keys in order.
     */
    static final class Key {
        private final Scope scope;
        private final long generation;
        private final long partitionGeneration;
        private final List<CacheKey> keys;
        private final int hash;

        Key(Scope scope, List<CacheKey> keys) {
            this.scope = scope;
            this.generation = scope.generation().local();
            this.partitionGeneration = scope.partition() == null ? 0 : scope.partitionGeneration().local();
            this.keys = keys;
            int h = 31 * scope.query().hash + Long.hashCode(generation);
            if (scope.partition() != null) {
                h = 31 * (31 * h + scope.partition().hash) + Long.hashCode(partitionGeneration);
            }
            this.hash = 31 * h + keys.hashCode();
        }

        /** @return this key holding its own copy of the keys, to be remembered (the caller's list may change) */
        Key kept() {
            return new Key(scope, List.copyOf(keys));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && hash == that.hash && scope.query() == that.scope.query()
                    && generation == that.generation && scope.partition() == that.scope.partition()
                    && partitionGeneration == that.partitionGeneration && keys.equals(that.keys);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
