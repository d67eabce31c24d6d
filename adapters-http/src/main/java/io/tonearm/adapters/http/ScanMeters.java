package io.tonearm.adapters.http;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.tonearm.application.scanning.LibraryScans;
import io.tonearm.application.scanning.ScanTotals;
import io.tonearm.domain.ScanCounts;
import java.util.function.ToDoubleFunction;

/**
 * The library scans' meters, read from {@link LibraryScans#totals()} when scraped: {@value #SCANS} (tag
 * {@code outcome}: started, succeeded, failed), {@value #RUNNING}, and {@value #FILES} (tag {@code outcome}: what
 * became of the files of every scan that ended), and {@value #STALE_TRACKS} (tracks a stream found vanished or
 * changed, counted for the next scan).
 */
final class ScanMeters {
    static final String SCANS = "tonearm.scans";
    static final String RUNNING = "tonearm.scans.running";
    static final String FILES = "tonearm.scan.files";
    static final String STALE_TRACKS = "tonearm.tracks.stale";

    private ScanMeters() {
    }

    static void bindTo(MeterRegistry registry, LibraryScans scans) {
        scans(registry, scans, "started", ScanTotals::started);
        scans(registry, scans, "succeeded", ScanTotals::succeeded);
        scans(registry, scans, "failed", ScanTotals::failed);
        Gauge.builder(RUNNING, scans, s -> s.totals().running() ? 1 : 0)
                .description("1 while a library scan runs").register(registry);
        Gauge.builder(STALE_TRACKS, scans, LibraryScans::staleTracks)
                .description("tracks whose file a stream found vanished or changed since the scan that read it,"
                        + " until a scan of their directory").register(registry);
        files(registry, scans, "found", ScanCounts::found);
        files(registry, scans, "unchanged", ScanCounts::unchanged);
        files(registry, scans, "added", ScanCounts::added);
        files(registry, scans, "updated", ScanCounts::updated);
        files(registry, scans, "moved", ScanCounts::moved);
        files(registry, scans, "removed", ScanCounts::removed);
        files(registry, scans, "failed", ScanCounts::failed);
    }

    private static void scans(MeterRegistry registry, LibraryScans scans, String outcome,
                              ToDoubleFunction<ScanTotals> value) {
        FunctionCounter.builder(SCANS, scans, s -> value.applyAsDouble(s.totals()))
                .description("library scans started, and those that ended, by outcome").tag("outcome", outcome)
                .register(registry);
    }

    private static void files(MeterRegistry registry, LibraryScans scans, String outcome,
                              ToDoubleFunction<ScanCounts> value) {
        FunctionCounter.builder(FILES, scans, s -> value.applyAsDouble(s.totals().files()))
                .description("the files of the library scans that ended, by what became of them")
                .tag("outcome", outcome).register(registry);
    }
}
