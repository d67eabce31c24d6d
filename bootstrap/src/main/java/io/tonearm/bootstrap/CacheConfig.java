package io.tonearm.bootstrap;

import io.tonearm.application.CachedQueries;
import io.tonearm.application.enrichment.AlbumEnrichment;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code cache} section: the query cache.
 *
 * @param localMaxBytes the most bytes the in-process tier holds before it evicts; 0 turns the tier off
 * @param ttl           how long a cached result lives
 * @param ttlJitter     the fraction (0-0.5) by which each result's life is randomly shortened or lengthened, so
 *                      that results cached together do not expire together
 * @param ttls          how long the results of a named query live, by query name, overriding {@code ttl}
 */
record CacheConfig(long localMaxBytes, Duration ttl, double ttlJitter, Map<String, Duration> ttls) {
    static final double MAX_JITTER = 0.5;

    /** @throws InvalidConfigurationException naming every invalid field */
    CacheConfig {
        ttls = Map.copyOf(ttls);
        ConfigProblems problems = new ConfigProblems()
                .require(localMaxBytes >= 0,
                        () -> "cache.local.max-bytes must be >= 0 (0 turns the tier off) but was " + localMaxBytes)
                .require(ttl != null && !ttl.isNegative() && !ttl.isZero(),
                        () -> "cache.ttl must be a positive duration but was " + ConfigProblems.show(ttl))
                .require(ttlJitter >= 0 && ttlJitter <= MAX_JITTER,
                        () -> "cache.ttl-jitter must be 0-0.5 but was " + ttlJitter);
        Set<String> known = new java.util.HashSet<>(CachedQueries.names());
        known.addAll(AlbumEnrichment.cachedQueryNames());
        new TreeMap<>(ttls).forEach((name, life) -> problems
                .require(known.contains(name), () -> "cache.ttls names the unknown query " + name + " (known: "
                        + new TreeSet<>(known) + ")")
                .require(life != null && !life.isNegative() && !life.isZero(),
                        () -> "cache.ttls." + name + " must be a positive duration but was " + ConfigProblems.show(life)));
        problems.throwIfAny();
    }
}
