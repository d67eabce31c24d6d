package io.tonearm.adapters.http;

import static io.tonearm.adapters.http.ApiRoutes.get;

import io.javalin.http.Header;
import io.javalin.router.JavalinDefaultRouting;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.application.scanning.LibraryScans;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * {@code GET /metrics}: the process's meters in the Prometheus text format, read when asked (request timers, the
 * cache's counters, the library scans' ({@link ScanMeters}, bound here), the connection pool, the JVM). Served only
 * when a {@link PrometheusMeterRegistry} is bound.
 */
final class MetricsRoutes {
    static final String PATH = "/metrics";
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Optional<PrometheusMeterRegistry> registry;

    @Inject
    MetricsRoutes(Optional<PrometheusMeterRegistry> registry, LibraryScans scans) {
        this.registry = registry;
        registry.ifPresent(prometheus -> ScanMeters.bindTo(prometheus, scans));
    }

    /** Adds {@code /metrics} for whoever {@code access} allows, if a registry is bound. */
    void addTo(JavalinDefaultRouting routing, Access access) {
        registry.ifPresent(prometheus -> get(routing, PATH, ctx -> {
            ctx.header(Header.CACHE_CONTROL, "no-store");
            ctx.contentType(CONTENT_TYPE).result(prometheus.scrape());
        }, access));
    }
}
