package io.tonearm.adapters.cache;

/**
 * The key of a result in the in-process tier: the query, its local generation when the result was looked up or
 * loaded, for a partitioned read the partition and its local generation too, and the canonical arguments. The
 * hash is computed once, as every lookup needs it.
 */
final class Tier1Key {
    private final QueryState query;
    private final long generation;
    private final QueryState partition;
    private final long partitionGeneration;
    private final String arguments;
    private final int hash;

    Tier1Key(QueryState query, long generation, String arguments) {
        this(query, generation, null, 0, arguments);
    }

    /** @param partition the partition's state, or null for an unpartitioned read */
    Tier1Key(QueryState query, long generation, QueryState partition, long partitionGeneration, String arguments) {
        this.query = query;
        this.generation = generation;
        this.partition = partition;
        this.partitionGeneration = partitionGeneration;
        this.arguments = arguments;
        int h = 31 * query.hash + Long.hashCode(generation);
        if (partition != null) {
            h = 31 * (31 * h + partition.hash) + Long.hashCode(partitionGeneration);
        }
        this.hash = 31 * h + arguments.hashCode();
    }

    /** @return the query (never a partition's state): the one whose counters the result counts in */
    QueryState query() {
        return query;
    }

    /** @return the state that invalidations of this key go to: its partition's, else its query's */
    QueryState target() {
        return partition == null ? query : partition;
    }

    String arguments() {
        return arguments;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tier1Key that && hash == that.hash && query == that.query
                && generation == that.generation && partition == that.partition
                && partitionGeneration == that.partitionGeneration && arguments.equals(that.arguments);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return (partition == null ? query.name() + "@" + generation
                : partition.name() + "@" + generation + "." + partitionGeneration) + "[" + arguments + "]";
    }
}
