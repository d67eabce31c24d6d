package io.tonearm.adapters.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Follows every request from its first handler to its answer. It gets an id: the client's {@value #REQUEST_ID} when
 * that is 1 to {@value #MAX_ID_LENGTH} printable ASCII characters, otherwise a new one; the id is sent back in the
 * same header, is in the logging MDC under {@value #MDC_KEY} while the request runs (so in every log line about it),
 * and in problem answers. Once the answer is complete, the request is timed into {@value #TIMER} (by method, route
 * template and status) when a registry is bound, and logged in one line at INFO on {@value #ACCESS_LOGGER} when the
 * access log is on.
 */
final class RequestLog {
    static final String REQUEST_ID = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    static final String ACCESS_LOGGER = "io.tonearm.access";
    static final String TIMER = "http.server.requests";
    static final int MAX_ID_LENGTH = 128;
    /** The route of a request that matched no endpoint: its path would make a new time series per path. */
    static final String UNMATCHED = "unmatched";

    private static final Logger ACCESS = LoggerFactory.getLogger(ACCESS_LOGGER);
    private static final String ID = "tonearm.requestId";
    private static final String STARTED = "tonearm.requestStarted";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final boolean accessLog;
    private final MeterRegistry registry;
    // one timer per method, route and status, found without building a meter id on every request
    private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();

    @Inject
    RequestLog(OperationsSettings settings, Optional<PrometheusMeterRegistry> registry) {
        this.accessLog = settings.accessLog();
        this.registry = registry.orElse(null);
    }

    /** Begins a request: run it first, before anything else that may log. */
    void begin(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
        String id = accepted(ctx.header(REQUEST_ID));
        ctx.attribute(ID, id);
        ctx.header(REQUEST_ID, id);
        MDC.put(MDC_KEY, id);
    }

    /** Ends a request whose answer is complete: Javalin's request logger. */
    void end(Context ctx, Float javalinMillis) {
        try {
            Long started = ctx.attribute(STARTED);
            long nanos = started == null ? 0 : System.nanoTime() - started;
            String method = ctx.method().name();
            String route = route(ctx);
            int status = ctx.statusCode();
            if (registry != null) {
                timers.computeIfAbsent(method + ' ' + route + ' ' + status, key -> Timer.builder(TIMER)
                        .description("HTTP requests answered, by method, route template and status")
                        .tags("method", method, "route", route, "status", Integer.toString(status))
                        .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
            }
            if (accessLog) {
                ACCESS.info("{} {} {} {} ms", method, route, status, nanos / 1_000 / 1000.0);
            }
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** @return the id of the request, or null outside a request this log has begun */
    static String requestId(Context ctx) {
        return ctx.attribute(ID);
    }

    /** @return the client's id if it is acceptable, otherwise a new one */
    static String accepted(String offered) {
        return offered != null && acceptable(offered) ? offered : newId();
    }

    private static boolean acceptable(String id) {
        int length = id.length();
        if (length == 0 || length > MAX_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (c < '!' || c > '~') { // printable ASCII, no space: safe in a header and in a log line
                return false;
            }
        }
        return true;
    }

    /** 128 random bits in hex: unique enough to find a request in the logs, and cheaper than a random UUID. */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[32];
        long high = random.nextLong();
        long low = random.nextLong();
        for (int i = 0; i < 16; i++) {
            id[15 - i] = HEX[(int) (high >>> (4 * i)) & 0xf];
            id[31 - i] = HEX[(int) (low >>> (4 * i)) & 0xf];
        }
        return new String(id);
    }

    private static String route(Context ctx) {
        String path;
        try {
            path = ctx.endpointHandlerPath();
        } catch (IllegalStateException e) { // the request ended in a before handler
            return UNMATCHED;
        }
        // without a matching endpoint Javalin names the path "No handler matched ...": not a route
        return path == null || !path.startsWith("/") ? UNMATCHED : path;
    }
}
