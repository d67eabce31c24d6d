package io.tonearm.adapters.http;

import io.tonearm.application.monitoring.CacheMonitor;
import io.tonearm.application.monitoring.Observation;
import io.tonearm.application.monitoring.Observed;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/**
 * Observes every API request through the {@link CacheMonitor} (per-endpoint counters) and tells on every GET where
 * its answer came from: {@value #SOURCE} ({@code tier1}, {@code tier2}, {@code miss}, or {@code none} when the
 * request read nothing cached) and {@value #HIT}. Does nothing when no monitor is bound.
 */
final class CacheHeaders implements ResponseHeaderHook {
    static final String SOURCE = "X-Cache-Source";
    static final String HIT = "X-Cache-Hit";
    private static final Completion NOTHING = (status, headers) -> { };

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

    /** @return the path with its ids (segments of digits only) as {@code {id}}, so that endpoints are counted */
    static String endpoint(String path) {
        StringBuilder named = null;
        int length = path.length();
        int start = 0;
        while (start < length) {
            int slash = path.indexOf('/', start);
            if (slash < 0) {
                break;
            }
            int end = path.indexOf('/', slash + 1);
            end = end < 0 ? length : end;
            if (end > slash + 1 && digitsOnly(path, slash + 1, end)) {
                if (named == null) {
                    named = new StringBuilder(length + 8).append(path, 0, slash);
                }
                named.append("/{id}");
            } else if (named != null) {
                named.append(path, slash, end);
            }
            start = end;
        }
        return named == null ? path : named.toString();
    }

    private static boolean digitsOnly(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
