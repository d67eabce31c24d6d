package io.tonearm.application.monitoring;

import io.tonearm.domain.port.CacheSource;
import java.time.Duration;
import java.util.Objects;

/**
 * How one observed request was answered.
 *
 * @param source  the farthest source any cached read of the request needed
 * @param elapsed how long it took, from {@link CacheMonitor#observe} to {@link Observation#end}
 */
public record Observed(CacheSource source, Duration elapsed) {
    public Observed {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** @return whether every read was answered from a cache tier (false when the request read nothing cached) */
    public boolean hit() {
        return source.hit();
    }

    /** @return the elapsed time in (fractional) milliseconds */
    public double elapsedMillis() {
        return elapsed.toNanos() / 1_000_000.0;
    }
}
