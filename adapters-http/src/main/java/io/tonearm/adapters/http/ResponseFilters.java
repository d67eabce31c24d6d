package io.tonearm.adapters.http;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps every request: measures its processing time into {@value #PROCESSING_TIME} (and the standard
 * {@value #SERVER_TIMING}), and runs the bound {@link ResponseHeaderHook}s around the handler.
 */
final class ResponseFilters {
    /** Milliseconds from the start of routing to the end of the handler (JSON included), three decimals. */
    static final String PROCESSING_TIME = "X-Processing-Time-Ms";
    static final String SERVER_TIMING = "Server-Timing";

    private static final Logger LOG = LoggerFactory.getLogger(ResponseFilters.class);
    private static final String STARTED = "tonearm.started";
    private static final String COMPLETIONS = "tonearm.completions";

    private final List<ResponseHeaderHook> hooks;

    @Inject
    ResponseFilters(Set<ResponseHeaderHook> hooks) {
        this.hooks = List.copyOf(hooks);
    }

    /** Adds the end of every request; {@link #begin(Context)} is to be called by the server's one before handler. */
    void addTo(JavalinDefaultRouting routing) {
        routing.after(this::complete);
    }

    /** Begins timing the request and the hooks. */
    void begin(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
        if (hooks.isEmpty()) {
            return;
        }
        List<ResponseHeaderHook.Completion> completions = new ArrayList<>(hooks.size());
        for (ResponseHeaderHook hook : hooks) {
            try {
                completions.add(Objects.requireNonNull(hook.begin(ctx.method().name(), ctx.path()), "completion"));
            } catch (RuntimeException e) {
                LOG.warn("response header hook {} failed to begin; ignored", hook, e);
            }
        }
        ctx.attribute(COMPLETIONS, completions);
    }

    private void complete(Context ctx) {
        List<ResponseHeaderHook.Completion> completions = ctx.attribute(COMPLETIONS);
        if (completions != null) {
            for (ResponseHeaderHook.Completion completion : completions) {
                try {
                    completion.complete(ctx.statusCode(), ctx::header);
                } catch (RuntimeException e) {
                    LOG.warn("response header hook {} failed to complete; ignored", completion, e);
                }
            }
        }
        Long started = ctx.attribute(STARTED);
        if (started != null) {
            String millis = millis(System.nanoTime() - started);
            ctx.header(PROCESSING_TIME, millis);
            ctx.header(SERVER_TIMING, "app;dur=" + millis);
        }
    }

    /**
     * @return the nanoseconds as milliseconds with three decimals, such as {@code 0.412} (truncated to the
     *     microsecond); by hand, as String.format costs several per cent of a cached read
     */
    static String millis(long nanos) {
        long micros = Math.max(0, nanos) / 1_000;
        long fraction = micros % 1_000;
        return (micros / 1_000) + (fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".") + fraction;
    }
}
