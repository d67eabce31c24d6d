package io.tonearm.adapters.cache;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the shared tier lives and how the cache treats it.
 *
 * @param uri                     the Redis server, {@code redis://[user:password@]host:port[/database]}
 * @param keyPrefix               the start of every key and channel name, so that several deployments (or test
 *                                runs) can share one server
 * @param timeout                 the longest a command, a connection or a pool checkout may take before the cache
 *                                gives up on Redis for that read or write
 * @param stalenessBound          the longest a process may serve a result after another process invalidated it
 *                                while that invalidation could not reach it (a lost message, an outage)
 * @param acknowledgementTimeout  the longest an invalidation waits for the other processes to confirm they
 *                                applied it before returning anyway; as long as the staleness bound (the
 *                                default), a process that has not applied it by then no longer trusts what the
 *                                invalidation concerned either, so no read anywhere returns it afterwards
 * @param poolSize                the most pooled connections
 * @param breakerFailureThreshold consecutive failures after which Redis is not called for {@code breakerOpenFor}
 * @param breakerOpenFor          how long the circuit breaker stays open before it tries Redis again
 */
public record RedisSettings(URI uri, String keyPrefix, Duration timeout, Duration stalenessBound,
                            Duration acknowledgementTimeout, int poolSize, int breakerFailureThreshold,
                            Duration breakerOpenFor) {
    /** The default prefix of every key. */
    public static final String DEFAULT_KEY_PREFIX = "tonearm:";

    /** @throws IllegalArgumentException naming the setting that is out of range */
    public RedisSettings {
        Objects.requireNonNull(uri, "uri");
        if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("uri must look like redis://host:port but was " + uri);
        }
        if (keyPrefix == null || keyPrefix.isEmpty() || keyPrefix.length() > 100 || keyPrefix.contains("\n")) {
            throw new IllegalArgumentException("keyPrefix must be 1 to 100 characters without line breaks but was "
                    + keyPrefix);
        }
        requireBetween("timeout", timeout, Duration.ofMillis(1), Duration.ofMinutes(1));
        requireBetween("stalenessBound", stalenessBound, Duration.ofMillis(100), Duration.ofHours(1));
        requireBetween("acknowledgementTimeout", acknowledgementTimeout, Duration.ZERO, Duration.ofMinutes(1));
        if (poolSize < 1 || poolSize > 1000) {
            throw new IllegalArgumentException("poolSize must be between 1 and 1000 but was " + poolSize);
        }
        if (breakerFailureThreshold < 1) {
            throw new IllegalArgumentException("breakerFailureThreshold must be >= 1 but was " + breakerFailureThreshold);
        }
        requireBetween("breakerOpenFor", breakerOpenFor, Duration.ofMillis(1), Duration.ofHours(1));
    }

    /**
     * @return the defaults for a server: prefix {@code tonearm:}, 50 ms timeouts, 1 s staleness bound, an
     *     acknowledgement wait as long as the staleness bound, 16 connections, breaker open for 1 s after 3
     *     consecutive failures
     */
    public static RedisSettings defaults(URI uri) {
        return new RedisSettings(uri, DEFAULT_KEY_PREFIX, Duration.ofMillis(50), Duration.ofSeconds(1),
                Duration.ofSeconds(1), 16, 3, Duration.ofSeconds(1));
    }

    /** @return the defaults for a server given as text */
    public static RedisSettings defaults(String uri) {
        try {
            return defaults(URI.create(uri));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("uri must look like redis://host:port but was " + uri, e);
        }
    }

    /** @return these settings with another key prefix */
    public RedisSettings withKeyPrefix(String prefix) {
        return new RedisSettings(uri, prefix, timeout, stalenessBound, acknowledgementTimeout, poolSize,
                breakerFailureThreshold, breakerOpenFor);
    }

    /** @return these settings with another command timeout */
    public RedisSettings withTimeout(Duration value) {
        return new RedisSettings(uri, keyPrefix, value, stalenessBound, acknowledgementTimeout, poolSize,
                breakerFailureThreshold, breakerOpenFor);
    }

    /** @return these settings with another staleness bound */
    public RedisSettings withStalenessBound(Duration value) {
        return new RedisSettings(uri, keyPrefix, timeout, value, acknowledgementTimeout, poolSize,
                breakerFailureThreshold, breakerOpenFor);
    }

    /** @return these settings with another acknowledgement timeout */
    public RedisSettings withAcknowledgementTimeout(Duration value) {
        return new RedisSettings(uri, keyPrefix, timeout, stalenessBound, value, poolSize, breakerFailureThreshold,
                breakerOpenFor);
    }

    /** @return these settings with another circuit breaker */
    public RedisSettings withBreaker(int failureThreshold, Duration openFor) {
        return new RedisSettings(uri, keyPrefix, timeout, stalenessBound, acknowledgementTimeout, poolSize,
                failureThreshold, openFor);
    }

    private static void requireBetween(String name, Duration value, Duration min, Duration max) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + " but was " + value);
        }
    }
}
