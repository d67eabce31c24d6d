package io.tonearm.adapters.cache;

/**
 * The key of a result in the in-process tier: the query, its local generation when the result was looked up or
 * loaded, and the canonical arguments. The hash is computed once, as every lookup needs it.
 */
final class Tier1Key {
    private final QueryState query;
    private final long generation;
    private final String arguments;
    private final int hash;

    Tier1Key(QueryState query, long generation, String arguments) {
        this.query = query;
        this.generation = generation;
        this.arguments = arguments;
        this.hash = 31 * (31 * query.hash + Long.hashCode(generation)) + arguments.hashCode();
    }

    QueryState query() {
        return query;
    }

    String arguments() {
        return arguments;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tier1Key that && hash == that.hash && query == that.query
                && generation == that.generation && arguments.equals(that.arguments);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return query.name() + "@" + generation + "[" + arguments + "]";
    }
}
