package io.tonearm.adapters.cache;

/**
 * Where one read looks, captured before it looks anything up: a named query and its generation, and for a read in a
 * partition, the partition's state and generation. What a read loads is stored under exactly these generations, so
 * that an invalidation of the query or of the partition that happens meanwhile makes it unreachable.
 *
 * @param query               the query's state (its counters, codec and time to live are the read's)
 * @param generation          the query's generation
 * @param partition           the partition's state, or null for a read of the query's unpartitioned results
 * @param partitionGeneration the partition's generation, or null
 */
record Scope(QueryState query, Generation generation, QueryState partition, Generation partitionGeneration) {

    /** @return the scope of a read of {@code query} (and {@code partition}, if not null), generations taken now */
    static Scope capture(QueryState query, QueryState partition) {
        Generation generation = query.generation();
        return partition == null ? new Scope(query, generation, null, null)
                : new Scope(query, generation, partition, partition.generation());
    }

    /** @return the state invalidations of an entry of this scope go to: the partition's, else the query's */
    QueryState target() {
        return partition == null ? query : partition;
    }

    Tier1Key key(String arguments) {
        return partition == null ? new Tier1Key(query, generation.local(), arguments)
                : new Tier1Key(query, generation.local(), partition, partitionGeneration.local(), arguments);
    }
}
