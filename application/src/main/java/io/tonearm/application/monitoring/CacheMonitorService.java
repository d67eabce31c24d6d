package io.tonearm.application.monitoring;

import io.tonearm.application.CachedQueries;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.port.CacheSource;
import io.tonearm.domain.port.CacheStatistics;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.QueryStatistics;
import io.tonearm.domain.port.StoreHealth;
import io.tonearm.domain.port.TierStatistics;
import io.tonearm.domain.port.CacheTrace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The cache monitor. Snapshots and alerts are guarded by this object; each endpoint's counters by themselves. */
final class CacheMonitorService implements CacheMonitor {
    private static final double MB = 1024 * 1024;
    static final String OTHER_ENDPOINTS = "other";
    /** The finding of a database that cannot be reached. */
    static final String DATABASE_RULE = "database.reachable";

    private final QueryCache cache;
    private final StoreHealth store;
    private final MonitorSettings settings;
    private final Clock clock;
    private final Deque<CacheSnapshot> snapshots = new ArrayDeque<>();
    private final Map<String, Alert> alerts = new HashMap<>();
    private final ConcurrentMap<String, EndpointCounters> endpoints = new ConcurrentHashMap<>();

    CacheMonitorService(QueryCache cache, MonitorSettings settings, Clock clock) {
        this(cache, Optional::empty, settings, clock);
    }

    CacheMonitorService(QueryCache cache, StoreHealth store, MonitorSettings settings, Clock clock) {
        this.cache = cache;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public HealthReport check() {
        CacheStatistics statistics = cache.statistics();
        // Outside the lock: it takes up to about two seconds while the database cannot be reached.
        Optional<String> storeProblem = store.problem();
        synchronized (this) {
            Instant now = clock.instant();
            CacheSnapshot snapshot = judge(now, statistics, snapshots.peekLast(), storeProblem);
            snapshots.addLast(snapshot);
            while (snapshots.size() > settings.snapshotsKept()) {
                snapshots.removeFirst();
            }
            for (Finding finding : snapshot.findings()) {
                Alert known = alerts.get(finding.rule());
                Instant raisedAt = known != null && known.activeAt(now) ? known.raisedAt() : now;
                alerts.put(finding.rule(), new Alert(finding.rule(), finding.severity(), finding.message(), raisedAt,
                        now.plus(settings.alertLifetime())));
            }
            return new HealthReport(snapshot.health(), snapshot, activeAlerts(now));
        }
    }

    private CacheSnapshot judge(Instant now, CacheStatistics statistics, CacheSnapshot previous,
                                Optional<String> storeProblem) {
        long requests = 0;
        long hits = 0;
        for (QueryStatistics query : statistics.queries()) {
            requests += query.requests();
            hits += query.hits();
        }
        List<TierStatistics> tiers = statistics.tiers();
        long tier1 = tiers.isEmpty() ? 0 : tiers.get(0).bytes();
        long tier2 = tiers.size() < 2 ? 0 : tiers.get(1).bytes();
        long total = tiers.stream().mapToLong(TierStatistics::bytes).sum();

        List<Finding> findings = new ArrayList<>();
        // Cache hits still answer, but every other read and every write fails: nothing more urgent.
        storeProblem.ifPresent(problem -> findings.add(new Finding(DATABASE_RULE, Health.CRITICAL, problem)));
        if (tier1 > settings.tier1MaxBytes()) {
            findings.add(new Finding("tier1.bytes", Health.WARNING, "tier 1 holds " + mb(tier1)
                    + ", over the threshold of " + mb(settings.tier1MaxBytes())));
        }
        if (tier2 > settings.tier2MaxBytes()) {
            findings.add(new Finding("tier2.bytes", Health.WARNING, "tier 2 holds " + mb(tier2)
                    + ", over the threshold of " + mb(settings.tier2MaxBytes())));
        }
        if (total > settings.totalMaxBytes()) {
            findings.add(new Finding("total.bytes", Health.CRITICAL, "the tiers hold " + mb(total)
                    + " together, over the threshold of " + mb(settings.totalMaxBytes())));
        }
        if (requests >= settings.minimumRequests() && requests > 0) {
            double rate = (double) hits / requests;
            if (rate < settings.hitRateCritical()) {
                findings.add(new Finding("hitRate", Health.CRITICAL, "hit rate " + percent(rate) + " over " + requests
                        + " reads, below the critical threshold of " + percent(settings.hitRateCritical())));
            } else if (rate < settings.hitRateWarning()) {
                findings.add(new Finding("hitRate", Health.WARNING, "hit rate " + percent(rate) + " over " + requests
                        + " reads, below the warning threshold of " + percent(settings.hitRateWarning())));
            }
        }
        for (TierStatistics tier : tiers) {
            if (!tier.available()) {
                findings.add(new Finding(tier.tier() + ".available", Health.WARNING,
                        tier.tier() + " is " + tier.status()));
            }
        }
        Health health = findings.stream().map(Finding::severity).reduce(Health.HEALTHY, Health::and);
        long recentRequests = previous == null ? requests : Math.max(0, requests - previous.requests());
        long recentHits = previous == null ? hits : Math.max(0, hits - previous.hits());
        return new CacheSnapshot(now, health, findings, requests, hits, recentRequests, recentHits, tier1, tier2, total,
                statistics);
    }

    @Override
    public synchronized List<CacheSnapshot> snapshots() {
        return List.copyOf(snapshots);
    }

    @Override
    public synchronized List<Alert> alerts() {
        return activeAlerts(clock.instant());
    }

    private List<Alert> activeAlerts(Instant now) {
        alerts.values().removeIf(alert -> !alert.activeAt(now));
        return alerts.values().stream()
                .sorted(Comparator.comparing(Alert::severity).reversed().thenComparing(Alert::raisedAt,
                        Comparator.reverseOrder()))
                .toList();
    }

    @Override
    public Trend trend(Metric metric, Duration window) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive but was " + window);
        }
        Instant since = clock.instant().minus(window);
        List<double[]> points = new ArrayList<>();
        for (CacheSnapshot snapshot : snapshots()) {
            double value = metric.of(snapshot);
            if (!snapshot.at().isBefore(since) && !Double.isNaN(value)) {
                points.add(new double[] {snapshot.at().toEpochMilli() / 1000.0, value});
            }
        }
        if (points.size() < 2) {
            return Trend.STABLE;
        }
        double meanX = points.stream().mapToDouble(point -> point[0]).average().orElse(0);
        double meanY = points.stream().mapToDouble(point -> point[1]).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (double[] point : points) {
            covariance += (point[0] - meanX) * (point[1] - meanY);
            variance += (point[0] - meanX) * (point[0] - meanX);
        }
        if (variance == 0) {
            return Trend.STABLE;
        }
        // the change the fitted line shows from the first snapshot in the window to the last one
        double change = covariance / variance * (points.get(points.size() - 1)[0] - points.get(0)[0]);
        double tolerance = metric == Metric.HIT_RATE ? 0.02 : Math.max(1, 0.05 * Math.abs(meanY));
        if (Math.abs(change) <= tolerance) {
            return Trend.STABLE;
        }
        return change > 0 == metric.higherIsBetter() ? Trend.IMPROVING : Trend.DEGRADING;
    }

    @Override
    public Observation observe(String endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        long started = System.nanoTime();
        CacheTrace trace = cache.openTrace();
        return new Observation() {
            private Observed observed;

            @Override
            public Observed end() {
                if (observed == null) {
                    CacheSource source = trace.source();
                    trace.close();
                    observed = new Observed(source, Duration.ofNanos(System.nanoTime() - started));
                    recordRequest(endpoint, observed.source(), observed.elapsed());
                }
                return observed;
            }
        };
    }

    @Override
    public void recordRequest(String endpoint, CacheSource source, Duration elapsed) {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(elapsed, "elapsed");
        EndpointCounters counters = endpoints.get(endpoint);
        if (counters == null) {
            String name = endpoints.size() < settings.mostEndpoints() ? endpoint : OTHER_ENDPOINTS;
            counters = endpoints.computeIfAbsent(name, n -> new EndpointCounters(n, settings.endpointSamples()));
        }
        counters.add(source, elapsed.toNanos());
    }

    @Override
    public List<EndpointMetrics> endpoints() {
        return endpoints.values().stream().map(EndpointCounters::metrics)
                .sorted(Comparator.comparing(EndpointMetrics::endpoint)).toList();
    }

    @Override
    public void invalidateQueries(Collection<String> queryNames) {
        Objects.requireNonNull(queryNames, "queryNames");
        if (queryNames.isEmpty()) {
            throw new InvalidValueException("queries", "queries must name at least one named query");
        }
        Set<String> known = CachedQueries.names();
        List<String> unknown = queryNames.stream().filter(name -> name == null || !known.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("queries", "queries names unknown named queries " + unknown
                    + "; known are " + new TreeSet<>(known));
        }
        cache.invalidateQueries(List.copyOf(new LinkedHashSet<>(queryNames)));
    }

    @Override
    public void invalidateAll() {
        cache.invalidateAll();
    }

    private static String mb(double bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / MB);
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f %%", rate * 100);
    }

    /** The last requests of one endpoint, in a ring. */
    private static final class EndpointCounters {
        private final String endpoint;
        private final long[] nanos;
        private final CacheSource[] sources;
        private long requests;

        EndpointCounters(String endpoint, int samples) {
            this.endpoint = endpoint;
            this.nanos = new long[samples];
            this.sources = new CacheSource[samples];
        }

        synchronized void add(CacheSource source, long elapsedNanos) {
            int slot = (int) (requests % nanos.length);
            nanos[slot] = elapsedNanos;
            sources[slot] = source;
            requests++;
        }

        synchronized EndpointMetrics metrics() {
            int samples = (int) Math.min(requests, nanos.length);
            long[] counts = new long[CacheSource.values().length];
            long[] times = Arrays.copyOf(nanos, samples);
            for (int i = 0; i < samples; i++) {
                counts[sources[i].ordinal()]++;
            }
            Arrays.sort(times);
            double mean = samples == 0 ? 0 : Arrays.stream(times).average().orElse(0) / 1_000_000.0;
            double p95 = samples == 0 ? 0 : times[(int) Math.ceil(0.95 * samples) - 1] / 1_000_000.0;
            return new EndpointMetrics(endpoint, requests, counts[CacheSource.TIER1.ordinal()],
                    counts[CacheSource.TIER2.ordinal()], counts[CacheSource.MISS.ordinal()],
                    counts[CacheSource.NONE.ordinal()], samples, mean, p95);
        }
    }
}
