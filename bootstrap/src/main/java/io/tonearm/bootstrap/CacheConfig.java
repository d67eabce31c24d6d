package io.tonearm.bootstrap;

import io.tonearm.application.CachedQueries;
import io.tonearm.application.changelog.CoherenceSettings;
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
 * @param coherence     how the process follows the change log of the catalog (other processes' changes)
 */
record CacheConfig(long localMaxBytes, Duration ttl, double ttlJitter, Map<String, Duration> ttls,
                   Coherence coherence) {
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
                        () -> "cache.ttl-jitter must be 0-0.5 but was " + ttlJitter)
                .require(coherence != null && positive(coherence.poll()),
                        () -> "cache.coherence.poll must be a positive duration but was "
                                + ConfigProblems.show(coherence == null ? null : coherence.poll()))
                .require(coherence != null && positive(coherence.retention()),
                        () -> "cache.coherence.retention must be a positive duration but was "
                                + ConfigProblems.show(coherence == null ? null : coherence.retention()))
                .require(coherence != null && positive(coherence.holeGrace()),
                        () -> "cache.coherence.hole-grace must be a positive duration but was "
                                + ConfigProblems.show(coherence == null ? null : coherence.holeGrace()));
        Set<String> known = new java.util.HashSet<>(CachedQueries.names());
        known.addAll(AlbumEnrichment.cachedQueryNames());
        new TreeMap<>(ttls).forEach((name, life) -> problems
                .require(known.contains(name), () -> "cache.ttls names the unknown query " + name + " (known: "
                        + new TreeSet<>(known) + ")")
                .require(life != null && !life.isNegative() && !life.isZero(),
                        () -> "cache.ttls." + name + " must be a positive duration but was " + ConfigProblems.show(life)));
        problems.throwIfAny();
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    /** @return the settings of the change log's follower */
    CoherenceSettings coherenceSettings() {
        return new CoherenceSettings(coherence.poll(), coherence.retention(), coherence.holeGrace(), longestLife());
    }

    /**
     * @return the longest a cached result that a change of the catalog can make stale may live: the longest time to
     *     live of those queries, lengthened by the jitter. The outbound services' answers (MusicBrainz's, kept a day)
     *     are left out: no change of the catalog drops them, so a process that cannot follow the change log has no
     *     reason to distrust them, and counting them would make it trust its tier for a day.
     */
    Duration longestLife() {
        Set<String> outbound = AlbumEnrichment.cachedQueryNames();
        Duration longest = ttls.entrySet().stream().filter(entry -> !outbound.contains(entry.getKey()))
                .map(Map.Entry::getValue).reduce(ttl, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        return Duration.ofNanos((long) (longest.toNanos() * (1 + ttlJitter)));
    }

    /**
     * The {@code cache.coherence} section.
     *
     * @param poll      how often the change log is read
     * @param retention how long its rows are kept
     * @param holeGrace how long a missing position is waited for before the in-process tier is dropped
     */
    record Coherence(Duration poll, Duration retention, Duration holeGrace) {
    }
}
