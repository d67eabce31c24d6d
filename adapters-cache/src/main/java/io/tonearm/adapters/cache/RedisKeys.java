package io.tonearm.adapters.cache;

import java.nio.charset.StandardCharsets;

/**
 * The names of everything the cache keeps in Redis. Everything but the channels lives in a key space named after
 * the Redis server's run id, so that a restarted server (even one that reloaded an old snapshot) starts with an
 * empty shared tier instead of serving results whose invalidations it forgot.
 *
 * <pre>
 *   {prefix}invalidations                     channel of invalidation messages
 *   {prefix}acks:{node}                       channel of acknowledgements to one process
 *   {prefix}{space}:g:{query}                 generation counter of a named query (INCR to invalidate)
 *   {prefix}{space}:g:{query}@{partition}     generation counter of one partition of a named query
 *   {prefix}{space}:e:{generation}:{query}:{arguments}   a result (with a TTL)
 *   {prefix}{space}:e:{generation}.{partition generation}:{query}@{partition}:{arguments}   a partition's result
 *   {prefix}{space}:v:{query}:{arguments}     invalidation count of one entry (with a TTL); {query}@{partition}
 *                                             for an entry of a partition
 *   {prefix}{space}:queries                   the set of query and partition names ever used (for invalidating
 *                                             everything)
 *   {prefix}{space}:bytes                     bytes and entries stored, by expiry time (for statistics)
 * </pre>
 *
 * <p>A "stored name" below is a query's name, or {@code query@partition} for one of its partitions.
 */
final class RedisKeys {
    private final String prefix;

    RedisKeys(String prefix) {
        this.prefix = prefix;
    }

    byte[] channel() {
        return bytes(prefix + "invalidations");
    }

    byte[] acknowledgements(String node) {
        return bytes(prefix + "acks:" + node);
    }

    byte[] generation(String space, String query) {
        return bytes(generationPrefix(space) + query);
    }

    String generationPrefix(String space) {
        return prefix + space + ":g:";
    }

    /**
     * @param generations the query's shared generation, followed by {@code .} and the partition's for an entry of a
     *                    partition
     * @param stored      the stored name
     */
    byte[] entry(String space, String generations, String stored, String arguments) {
        return bytes(entryPrefix(space) + generations + entrySuffix(stored, arguments));
    }

    /** @return the query's name in a stored name */
    static String queryOf(String stored) {
        int separator = stored.indexOf(QueryState.PARTITION_SEPARATOR);
        return separator < 0 ? stored : stored.substring(0, separator);
    }

    /** @return the name of the partition's generation key of a stored name, or the empty string for a query's */
    String partitionGeneration(String space, String stored) {
        return stored.indexOf(QueryState.PARTITION_SEPARATOR) < 0 ? "" : generationPrefix(space) + stored;
    }

    String entryPrefix(String space) {
        return prefix + space + ":e:";
    }

    String entrySuffix(String query, String arguments) {
        return ":" + query + ":" + arguments;
    }

    byte[] version(String space, String query, String arguments) {
        return bytes(prefix + space + ":v:" + query + ":" + arguments);
    }

    byte[] queries(String space) {
        return bytes(prefix + space + ":queries");
    }

    byte[] accounting(String space) {
        return bytes(prefix + space + ":bytes");
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** @return the number a value or a message holds, 0 for none */
    static long number(byte[] bytes) {
        return bytes == null ? 0 : Long.parseLong(new String(bytes, StandardCharsets.US_ASCII));
    }
}
