package io.tonearm.adapters.http;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.RouteRole;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.adapters.http.auth.AuthenticationStep;
import io.tonearm.adapters.http.listening.CoverRoutes;
import io.tonearm.adapters.http.listening.StreamRoutes;
import io.tonearm.adapters.http.subsonic.SubsonicRoutes;
import io.tonearm.adapters.http.web.WebApp;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API on Javalin (Jetty 11). Built and bound on {@link #start()}, not at construction, so that creating the
 * injector does no I/O. Graceful stop relies on Jetty's stop timeout with the statistics handler Javalin installs:
 * connectors close first, then in-flight requests get up to the grace period.
 */
final class JavalinApiServer implements ApiServer {
    private static final Logger LOG = LoggerFactory.getLogger(JavalinApiServer.class);

    private enum State { NEW, RUNNING, STOPPED }

    /** Fast rather than small: JSON shrinks to a fifth already at this level. */
    static final int GZIP_LEVEL = 4;
    static final int RESPONSE_COPY_BYTES = 8192;

    private final HttpSettings settings;
    private final ResponseFilters filters;
    private final ApiErrors errors;
    private final JettyProblemErrorHandler jettyErrors;
    private final AuthenticationStep authentication;
    private final List<ApiRoutes> routes;
    private final OperationsSettings operations;
    private final RequestLog requestLog;
    private final HealthRoutes health;
    private final MetricsRoutes metrics;
    private final CacheRoutes cache;

    private State state = State.NEW;
    private Javalin app;
    /** The management server, or null without a management port. */
    private Javalin management;

    @Inject
    JavalinApiServer(HttpSettings settings, ResponseFilters filters, ApiErrors errors,
                     JettyProblemErrorHandler jettyErrors, AuthenticationStep authentication,
                     TrackQueryRoutes trackQueries, TrackCommandRoutes trackCommands, AlbumRoutes albums,
                     ArtistRoutes artists, CacheRoutes cache, ScanRoutes scans, UserRoutes users,
                     TokenRoutes tokens, StreamRoutes streams, CoverRoutes covers, EnrichmentRoutes enrichment,
                     SubsonicRoutes subsonic, OpenApiRoutes description, ScrobbleRoutes scrobbles,
                     OperationsSettings operations, RequestLog requestLog, HealthRoutes health,
                     MetricsRoutes metrics, SessionRoutes sessions, WebApp web, PlaylistRoutes playlists,
                     GenreRoutes genres, StarAndRatingRoutes starsAndRatings) {
        this.settings = settings;
        this.operations = operations;
        this.requestLog = requestLog;
        this.health = health;
        this.metrics = metrics;
        this.cache = cache;
        this.filters = filters;
        this.errors = errors;
        this.jettyErrors = jettyErrors;
        this.authentication = authentication;
        this.routes = List.of(trackQueries, trackCommands, albums, artists, cache, scans, users, tokens,
                streams::addTo, covers::addTo, enrichment, subsonic::addTo, description, scrobbles, sessions,
                playlists, genres, starsAndRatings, web::addTo);
    }

    @Override
    public synchronized int start() {
        if (state != State.NEW) {
            throw new IllegalStateException("the API server can be started only once; it is " + state);
        }
        state = State.STOPPED; // unless it comes up below: a failed start is not retried on the same instance
        Javalin created = Javalin.create(this::configure);
        try {
            created.start(settings.host(), settings.port());
        } catch (Exception e) { // Kotlin code may throw checked exceptions undeclared
            throw new IllegalStateException("cannot serve the API on " + settings.host() + ":" + settings.port()
                    + ": " + e.getMessage(), e);
        }
        if (operations.hasManagementPort()) {
            Javalin managed = Javalin.create(this::configureManagement);
            try {
                managed.start(OperationsSettings.MANAGEMENT_HOST, operations.managementPort());
            } catch (Exception e) { // Kotlin code may throw checked exceptions undeclared
                created.stop();
                throw new IllegalStateException("cannot serve /metrics on " + OperationsSettings.MANAGEMENT_HOST + ":"
                        + operations.managementPort() + ": " + e.getMessage(), e);
            }
            management = managed;
            LOG.info("metrics and health probes listening on {}:{}", OperationsSettings.MANAGEMENT_HOST,
                    managed.port());
        }
        app = created;
        state = State.RUNNING;
        LOG.info("API listening on {}:{}", settings.host(), app.port());
        return app.port();
    }

    @Override
    public synchronized OptionalInt managementPort() {
        if (state != State.RUNNING) {
            throw new IllegalStateException("the API server is not running; it is " + state);
        }
        return management == null ? OptionalInt.empty() : OptionalInt.of(management.port());
    }

    @Override
    public synchronized int port() {
        if (state != State.RUNNING) {
            throw new IllegalStateException("the API server is not running; it is " + state);
        }
        return app.port();
    }

    @Override
    public synchronized void stop() {
        if (state != State.RUNNING) {
            return;
        }
        state = State.STOPPED;
        LOG.info("API stopping; in-flight requests get up to {}", settings.shutdownGrace());
        // set only now: with a stop timeout, Javalin's clean-up after a failed start would fail in turn and
        // hide why the start failed
        app.jettyServer().server().setStopTimeout(settings.shutdownGrace().toMillis());
        cache.closeStreams(); // they never end by themselves
        if (management != null) {
            try {
                management.stop();
            } catch (Exception e) { // as below: a shutdown path must not throw
                LOG.warn("the management server stopped with an error", e);
            }
        }
        try {
            app.stop();
        } catch (Exception e) { // Jetty still closed everything; a shutdown path must not throw
            if (hasCause(e, TimeoutException.class)) {
                LOG.warn("API stopped; requests still running after {} were cut off", settings.shutdownGrace());
            } else {
                LOG.error("API stopped with an error", e);
            }
            return;
        }
        LOG.info("API stopped");
    }

    /**
     * @return every registered route (method, path and the {@link io.tonearm.adapters.http.auth.Access} it was
     *     registered with), for the tests that check each of them
     * @throws IllegalStateException if the server is not running
     */
    synchronized List<Route> routes() {
        if (state != State.RUNNING) {
            throw new IllegalStateException("the API server is not running; it is " + state);
        }
        return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(ParsedEndpoint::getEndpoint)
                .filter(endpoint -> endpoint.getMethod().isHttpMethod())
                .map(endpoint -> new Route(endpoint.getMethod().name(), endpoint.getPath(),
                        Set.copyOf(endpoint.getRoles())))
                .toList();
    }

    /** A registered route and the roles it was registered with. */
    record Route(String method, String path, Set<RouteRole> roles) {
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private void configure(JavalinConfig config) {
        config.showJavalinBanner = false;
        config.useVirtualThreads = false;
        config.http.prefer405over404 = true;
        config.http.defaultContentType = ApiJson.JSON;
        config.http.maxRequestSize = settings.maxRequestBytes();
        // JSON answers of 1500 bytes or more are gzipped for clients that accept it: a kept answer by ApiJson, once
        // (it says Content-Encoding, which Javalin's filter leaves alone), any other by Javalin's filter, which leaves
        // audio and images alone (streams and covers write to the response directly and are never touched)
        config.http.customCompression(compression());
        // what Javalin copies an answer through, allocated per request: a page of twenty tracks fits
        config.http.responseBufferSize = RESPONSE_COPY_BYTES;
        config.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyErrors));
        config.requestLogger.http(requestLog::end);
        FirstMatchRouter.installIn(config); // before the first route is added
        config.router.mount(routing -> {
            // one before handler, not one per concern: Javalin matches each one's path and runs each as a task
            routing.before(this::begin);
            authentication.addEnforcementTo(routing);
            filters.addTo(routing);
            errors.addTo(routing);
            routes.forEach(resource -> resource.addTo(routing));
            health.addTo(routing);
            if (!operations.hasManagementPort()) {
                metrics.addTo(routing, Access.ADMIN);
            }
        });
    }

    private void begin(Context ctx) {
        requestLog.begin(ctx); // first: every log line of the request carries its id
        authentication.identify(ctx); // then: signing in is no part of a request's timing or cache trace
        filters.begin(ctx);
    }

    /**
     * @return gzip at {@link #GZIP_LEVEL}, with the API's own content types named as allowed: Javalin then knows them
     *     by one lookup instead of searching each for every excluded type (a sixth of a cached read's time)
     */
    static CompressionStrategy compression() {
        CompressionStrategy strategy = new CompressionStrategy(null, new Gzip(GZIP_LEVEL));
        List<String> allowed = new ArrayList<>(strategy.getAllowedMimeTypes());
        allowed.addAll(List.of(ApiJson.JSON, ApiJson.PROBLEM_JSON));
        strategy.setAllowedMimeTypes(List.copyOf(allowed));
        return strategy;
    }

    /** The management server: /metrics and the probes, to whoever can connect to this machine's loopback. */
    private void configureManagement(JavalinConfig config) {
        config.showJavalinBanner = false;
        config.useVirtualThreads = false;
        config.http.defaultContentType = ApiJson.JSON;
        config.router.mount(routing -> {
            errors.addTo(routing);
            health.addTo(routing);
            metrics.addTo(routing, Access.PUBLIC);
        });
    }
}
