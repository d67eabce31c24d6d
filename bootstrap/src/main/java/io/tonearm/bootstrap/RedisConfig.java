package io.tonearm.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code redis} section: the shared second cache tier.
 *
 * @param url            a {@code redis://} or {@code rediss://} URL, or null for the in-process cache only
 * @param keyPrefix      the start of every key and channel name
 * @param timeout        how long a Redis command may take before a read falls through to the database
 * @param stalenessBound how long a process may serve what it holds when invalidations cannot reach it
 * @param required       whether the process is ready (GET /health/ready) only while Redis can be used
 */
record RedisConfig(String url, String keyPrefix, Duration timeout, Duration stalenessBound, boolean required) {
    /** @throws InvalidConfigurationException naming every invalid field */
    RedisConfig {
        new ConfigProblems()
                .require(url == null || isRedisUrl(url),
                        () -> "redis.url must be a redis://host:port URL (or be unset) but was " + url)
                .require(keyPrefix != null && !keyPrefix.isBlank() && keyPrefix.length() <= 100
                                && !keyPrefix.contains("\n"),
                        () -> "redis.key-prefix must be 1-100 characters on one line but was " + keyPrefix)
                .require(timeout != null && timeout.compareTo(Duration.ofMillis(1)) >= 0
                                && timeout.compareTo(Duration.ofMinutes(1)) <= 0,
                        () -> "redis.timeout must be 1ms-1m but was " + ConfigProblems.show(timeout))
                .require(stalenessBound != null && stalenessBound.compareTo(Duration.ofMillis(100)) >= 0
                                && stalenessBound.compareTo(Duration.ofHours(1)) <= 0,
                        () -> "redis.staleness-bound must be 100ms-1h but was " + ConfigProblems.show(stalenessBound))
                .require(!required || url != null, () -> "redis.required = true needs redis.url")
                .throwIfAny();
    }

    /** @return the Redis server to use, or empty when there is none */
    Optional<URI> uri() {
        return Optional.ofNullable(url).map(URI::create);
    }

    private static boolean isRedisUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("redis".equals(uri.getScheme()) || "rediss".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
