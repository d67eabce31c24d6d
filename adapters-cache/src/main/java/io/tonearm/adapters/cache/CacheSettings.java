package io.tonearm.adapters.cache;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How big the in-process tier may grow and how long results live.
 *
 * @param tier1MaxBytes the most serialized bytes the in-process tier holds; 0 turns the tier off
 * @param defaultTtl    how long a result lives when its query has no entry in {@code ttls}
 * @param ttls          how long the results of each named query live, by query name
 * @param ttlJitter     the fraction by which each result's time to live is randomly shortened or lengthened
 *                      (0 to 0.5), so that results stored together do not expire together
 */
public record CacheSettings(long tier1MaxBytes, Duration defaultTtl, Map<String, Duration> ttls, double ttlJitter) {
    /** 15 MiB, the default bound of the in-process tier. */
    public static final long DEFAULT_TIER1_MAX_BYTES = 15L * 1024 * 1024;
    /** The default time to live of a result. */
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(10);
    /** The default jitter: each time to live is drawn from 90 % to 110 % of the configured one. */
    public static final double DEFAULT_TTL_JITTER = 0.1;

    /** @throws IllegalArgumentException naming the setting that is out of range */
    public CacheSettings {
        if (tier1MaxBytes < 0) {
            throw new IllegalArgumentException("tier1MaxBytes must be >= 0 but was " + tier1MaxBytes);
        }
        requirePositive("defaultTtl", defaultTtl);
        Objects.requireNonNull(ttls, "ttls");
        ttls.forEach((name, ttl) -> {
            if (name == null || !name.matches("[a-zA-Z0-9.\\-]{1,64}")) {
                throw new IllegalArgumentException("ttls has a key that is not a query name: " + name);
            }
            requirePositive("ttls." + name, ttl);
        });
        ttls = Map.copyOf(ttls);
        if (!(ttlJitter >= 0 && ttlJitter <= 0.5)) {
            throw new IllegalArgumentException("ttlJitter must be between 0 and 0.5 but was " + ttlJitter);
        }
    }

    /** @return 15 MiB in process, 10 minutes for every query, 10 % jitter */
    public static CacheSettings defaults() {
        return new CacheSettings(DEFAULT_TIER1_MAX_BYTES, DEFAULT_TTL, Map.of(), DEFAULT_TTL_JITTER);
    }

    /** @return these settings with another bound of the in-process tier */
    public CacheSettings withTier1MaxBytes(long maxBytes) {
        return new CacheSettings(maxBytes, defaultTtl, ttls, ttlJitter);
    }

    /** @return these settings with another time to live for one named query */
    public CacheSettings withTtl(String queryName, Duration ttl) {
        Map<String, Duration> changed = new java.util.HashMap<>(ttls);
        changed.put(queryName, ttl);
        return new CacheSettings(tier1MaxBytes, defaultTtl, changed, ttlJitter);
    }

    /** @return the configured time to live of the named query's results, before jitter */
    public Duration ttl(String queryName) {
        return ttls.getOrDefault(queryName, defaultTtl);
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration but was " + value);
        }
    }
}
