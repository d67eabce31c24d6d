package io.tonearm.adapters.http;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.application.Invalidation;
import io.tonearm.application.changelog.ChangeFollower;
import io.tonearm.application.changelog.FollowerStatus;
import io.tonearm.application.monitoring.Alert;
import io.tonearm.application.monitoring.CacheMonitor;
import io.tonearm.application.monitoring.CacheSnapshot;
import io.tonearm.application.monitoring.EndpointMetrics;
import io.tonearm.application.monitoring.Health;
import io.tonearm.application.monitoring.HealthReport;
import io.tonearm.application.monitoring.Metric;
import io.tonearm.domain.port.QueryStatistics;
import io.tonearm.domain.port.StoredResults;
import io.tonearm.domain.port.TierStatistics;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cache's own endpoints, when a {@link CacheMonitor} is bound: statistics, health (503 when critical), and
 * invalidation by hand.
 */
final class CacheRoutes implements ApiRoutes {
    /** The window of the trends in the statistics. */
    static final Duration TREND_WINDOW = Duration.ofMinutes(15);

    private final Optional<CacheMonitor> monitor;
    private final Optional<ChangeFollower> changeLog;
    private final ApiJson json;
    /** The change an invalidation through {@code POST /api/cache/invalidate} is pushed as. */
    static final String BY_HAND = "BY_HAND";

    private final CacheEvents events;

    @Inject
    CacheRoutes(Optional<CacheMonitor> monitor, Optional<ChangeFollower> changeLog, ApiJson json,
                CacheEvents events) {
        this.monitor = monitor;
        this.changeLog = changeLog;
        this.json = json;
        this.events = events;
    }

    @Override
    public void addTo(JavalinDefaultRouting routing) {
        monitor.ifPresent(cache -> {
            ApiRoutes.get(routing, "/api/cache/stats", ctx -> stats(ctx, cache));
            ApiRoutes.get(routing, "/api/cache/health", ctx -> health(ctx, cache), Access.PUBLIC);
            routing.sse("/api/cache/events", events::serve, Access.USER);
            // as every GET: the headers of the stream, which never ends
            routing.head("/api/cache/events", ctx -> ctx.contentType("text/event-stream"), Access.USER);
            routing.post("/api/cache/invalidate", ctx -> invalidate(ctx, cache), Access.ADMIN);
        });
    }

    /** Closes the open event streams: they would otherwise hold a graceful stop for its whole grace period. */
    void closeStreams() {
        events.close();
    }

    private void stats(Context ctx, CacheMonitor cache) {
        json.respond(ctx, 200, statsOf(cache, cache.check(), changeLog));
    }

    private void health(Context ctx, CacheMonitor cache) {
        HealthReport report = cache.check();
        int status = report.health() == Health.CRITICAL ? 503 : 200;
        json.respond(ctx, status, healthOf(report));
    }

    /** @return the body of {@code GET /api/cache/stats} for {@code report} (also pushed by {@link CacheEvents}) */
    static StatsResponse statsOf(CacheMonitor cache, HealthReport report, Optional<ChangeFollower> changeLog) {
        CacheSnapshot snapshot = report.snapshot();
        Map<String, String> trends = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            trends.put(lower(metric.name()), lower(cache.trend(metric, TREND_WINDOW).name()));
        }
        return new StatsResponse(snapshot.at(), lower(report.health().name()), snapshot.requests(),
                snapshot.hits(), snapshot.hitRate(), snapshot.totalBytes(),
                snapshot.statistics().tiers().stream().map(TierResponse::of).toList(),
                snapshot.statistics().queries().stream().map(QueryResponse::of).toList(),
                cache.endpoints().stream().map(EndpointResponse::of).toList(), trends,
                changeLog.map(follower -> ChangeLogResponse.of(follower.status())).orElse(null));
    }

    /** @return the body of {@code GET /api/cache/health} for {@code report} (also pushed by {@link CacheEvents}) */
    static HealthResponse healthOf(HealthReport report) {
        CacheSnapshot snapshot = report.snapshot();
        return new HealthResponse(lower(report.health().name()), snapshot.at(), snapshot.requests(),
                snapshot.hitRate(), snapshot.tier1Bytes(), snapshot.tier2Bytes(), snapshot.totalBytes(),
                report.alerts().stream().map(AlertResponse::of).toList());
    }

    private void invalidate(Context ctx, CacheMonitor cache) {
        InvalidateRequest request = json.convert(json.body(ctx), InvalidateRequest.class, "");
        boolean all = Boolean.TRUE.equals(request.all());
        if (all == (request.queries() != null)) {
            throw ApiProblem.invalid("queries",
                    "give either queries (a list of named queries) or \"all\": true, not both and not neither");
        }
        if (all) {
            cache.invalidateAll();
        } else {
            cache.invalidateQueries(request.queries());
        }
        events.invalidated(new Invalidation(BY_HAND, all ? Set.of("*") : Set.copyOf(request.queries()), Set.of(),
                Set.of()));
        ctx.status(204);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The body of {@code POST /api/cache/invalidate}: {@code {"queries": [...]}} or {@code {"all": true}}. */
    record InvalidateRequest(List<String> queries, Boolean all) {
    }

    record StatsResponse(Instant checkedAt, String health, long requests, long hits, double hitRate, long totalBytes,
                         List<TierResponse> tiers, List<QueryResponse> queries, List<EndpointResponse> endpoints,
                         Map<String, String> trends, ChangeLogResponse changeLog) {
    }

    /** Where this process stands in the change log (absent for a process that does not follow it). */
    record ChangeLogResponse(long position, long applied, long gaps, String lastGap, long readFailures,
                             int consecutiveFailures, Instant lastRead, boolean ownTierTrusted) {
        static ChangeLogResponse of(FollowerStatus status) {
            return new ChangeLogResponse(status.position(), status.applied(), status.gaps(), status.lastGap(),
                    status.readFailures(), status.consecutiveFailures(), status.lastRead(), status.ownTierTrusted());
        }
    }

    record TierResponse(String tier, boolean available, String status, long requests, long hits, long misses,
                        double hitRate, long evictions, long entries, long bytes, long errors) {
        static TierResponse of(TierStatistics tier) {
            return new TierResponse(tier.tier(), tier.available(), tier.status(), tier.requests(), tier.hits(),
                    tier.misses(), tier.hitRate(), tier.evictions(), tier.entries(), tier.bytes(), tier.errors());
        }
    }

    record QueryResponse(String query, long requests, long hits, long tier1Hits, long tier2Hits, long misses,
                         double hitRate, long loads, double averageLoadMillis, long tier2Errors, StoredResponse tier1,
                         StoredResponse tier2) {
        static QueryResponse of(QueryStatistics query) {
            return new QueryResponse(query.query(), query.requests(), query.hits(), query.tier1Hits(),
                    query.tier2Hits(), query.misses(), query.hitRate(), query.loads(),
                    query.averageLoadNanos() / 1_000_000.0, query.tier2Errors(), StoredResponse.of(query.tier1()),
                    StoredResponse.of(query.tier2()));
        }
    }

    record StoredResponse(long entries, long bytes, long evictions) {
        static StoredResponse of(StoredResults stored) {
            return new StoredResponse(stored.entries(), stored.bytes(), stored.evictions());
        }
    }

    record EndpointResponse(String endpoint, long requests, int samples, long tier1, long tier2, long misses,
                            long uncached, double hitRate, double meanMillis, double p95Millis) {
        static EndpointResponse of(EndpointMetrics endpoint) {
            return new EndpointResponse(endpoint.endpoint(), endpoint.requests(), endpoint.samples(), endpoint.tier1(),
                    endpoint.tier2(), endpoint.misses(), endpoint.uncached(), endpoint.hitRate(), endpoint.meanMillis(),
                    endpoint.p95Millis());
        }
    }

    record HealthResponse(String health, Instant checkedAt, long requests, double hitRate, long tier1Bytes,
                          long tier2Bytes, long totalBytes, List<AlertResponse> alerts) {
    }

    record AlertResponse(String rule, String severity, String message, Instant raisedAt, Instant expiresAt) {
        static AlertResponse of(Alert alert) {
            return new AlertResponse(alert.rule(), lower(alert.severity().name()), alert.message(), alert.raisedAt(),
                    alert.expiresAt());
        }
    }
}
