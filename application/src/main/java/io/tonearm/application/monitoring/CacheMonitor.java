package io.tonearm.application.monitoring;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.port.CacheSource;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.StoreHealth;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Watches a {@link QueryCache}: judges its health against {@link MonitorSettings}, raises alerts that expire,
 * keeps the latest snapshots and tells the trend of a metric over them, and records how each endpoint was
 * answered. Safe for concurrent use.
 */
public interface CacheMonitor {

    /**
     * Reads the cache's statistics now, judges them, raises (or renews) an alert for every threshold exceeded and
     * keeps the snapshot.
     *
     * @return the health, the snapshot and the alerts not yet expired
     */
    HealthReport check();

    /** @return the snapshots kept, oldest first */
    List<CacheSnapshot> snapshots();

    /** @return the alerts not yet expired, most severe first, then newest first */
    List<Alert> alerts();

    /**
     * @param window how far back from now to look, such as the last 15 minutes
     * @return which way the metric went over the snapshots taken within the window (a least-squares line through
     *     them, compared with a tolerance: 2 points of hit rate, 5 % of the mean for sizes); STABLE with fewer than
     *     two snapshots that have a value
     * @throws IllegalArgumentException if the window is not positive
     */
    Trend trend(Metric metric, Duration window);

    /**
     * Starts observing a request handled on the calling thread: where its cached reads are answered and how long
     * it takes, until {@link Observation#end()} on the same thread, which counts it for the endpoint.
     *
     * @param endpoint the endpoint as a template, such as {@code "GET /api/tracks/{id}"}, not the concrete path
     */
    Observation observe(String endpoint);

    /** Counts a request that the caller timed itself. */
    void recordRequest(String endpoint, CacheSource source, Duration elapsed);

    /** @return every endpoint's counters, by endpoint name */
    List<EndpointMetrics> endpoints();

    /**
     * Drops every cached result of the named queries.
     *
     * @throws InvalidValueException naming {@code queries} if the list is empty or names a query the library
     *     does not have
     */
    void invalidateQueries(Collection<String> queryNames);

    /** Drops every cached result. */
    void invalidateAll();

    /**
     * Creates a monitor of the cache.
     *
     * @param clock the clock of snapshots, alerts and windows
     * @return a monitor that has taken no snapshot yet
     */
    static CacheMonitor create(QueryCache cache, MonitorSettings settings, Clock clock) {
        return new CacheMonitorService(Objects.requireNonNull(cache, "cache"),
                Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Creates a monitor of the cache that also checks, at every {@link #check()}, that the store behind the
     * catalog can be reached: when it cannot, the health is CRITICAL (rule {@code database.reachable}), since only
     * cache hits can be answered.
     *
     * @param clock the clock of snapshots, alerts and windows
     * @return a monitor that has taken no snapshot yet
     */
    static CacheMonitor create(QueryCache cache, StoreHealth store, MonitorSettings settings, Clock clock) {
        return new CacheMonitorService(Objects.requireNonNull(cache, "cache"), Objects.requireNonNull(store, "store"),
                Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(clock, "clock"));
    }
}
