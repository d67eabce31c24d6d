package io.tonearm.adapters.http;

import io.tonearm.application.monitoring.CacheMonitor;
import io.tonearm.application.monitoring.Observation;
import io.tonearm.application.monitoring.Observed;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Observes every API request through the {@link CacheMonitor} (per-endpoint counters) and tells on every GET where
 * its answer came from: {@value #SOURCE} ({@code tier1}, {@code tier2}, {@code miss}, or {@code none} when the
 * request read nothing cached) and {@value #HIT}. Does nothing when no monitor is bound.
 */
final class CacheHeaders implements ResponseHeaderHook {
    static final String SOURCE = "X-Cache-Source";
    static final String HIT = "X-Cache-Hit";
    private static final Completion NOTHING = (status, headers) -> { };
    /** An id in a path: compiled once, not on every request. */
    private static final Pattern ID = Pattern.compile("/\\d+(?=/|$)");

    private final Optional<CacheMonitor> monitor;

    @Inject
    CacheHeaders(Optional<CacheMonitor> monitor) {
        this.monitor = monitor;
    }

    @Override
    public Completion begin(String method, String path) {
        if (monitor.isEmpty() || !path.startsWith("/api/")) {
            return NOTHING;
        }
        Observation observation = monitor.get().observe(method + " " + endpoint(path));
        boolean read = method.equals("GET") || method.equals("HEAD");
        return (status, headers) -> {
            Observed observed = observation.end();
            if (read) {
                headers.accept(SOURCE, observed.source().name().toLowerCase(Locale.ROOT));
                headers.accept(HIT, Boolean.toString(observed.hit()));
            }
        };
    }

    /** @return the path with its ids replaced by {@code {id}}, so that endpoints are counted, not paths */
    static String endpoint(String path) {
        return ID.matcher(path).replaceAll("/{id}");
    }
}
