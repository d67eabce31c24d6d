package io.tonearm.adapters.http;

import static io.tonearm.adapters.http.ApiRoutes.get;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.application.health.Readiness;
import io.tonearm.application.health.ReadinessReport;
import jakarta.inject.Inject;

/**
 * The probes of a service manager or orchestrator, public and never cached: {@code /health/live} answers while the
 * process serves HTTP at all, {@code /health/ready} says whether it can serve requests (200) or not (503), with each
 * component's state.
 */
final class HealthRoutes implements ApiRoutes {
    static final String LIVE = "/health/live";
    static final String READY = "/health/ready";

    private final Readiness readiness;
    private final ApiJson json;

    @Inject
    HealthRoutes(Readiness readiness, ApiJson json) {
        this.readiness = readiness;
        this.json = json;
    }

    @Override
    public void addTo(JavalinDefaultRouting routing) {
        get(routing, LIVE, this::live, Access.PUBLIC);
        get(routing, READY, this::ready, Access.PUBLIC);
    }

    private void live(Context ctx) {
        ctx.header(Header.CACHE_CONTROL, "no-store");
        json.respond(ctx, 200, HealthResponse.LIVE);
    }

    private void ready(Context ctx) {
        ReadinessReport report = readiness.check();
        ctx.header(Header.CACHE_CONTROL, "no-store");
        json.respond(ctx, report.ready() ? 200 : 503, HealthResponse.of(report));
    }
}
