package io.tonearm.application.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.port.CacheSource;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheMonitorTest {
    private static final long MB = 1024 * 1024;

    private final FakeCache cache = new FakeCache();
    private final MutableClock clock = new MutableClock();
    private final CacheMonitor monitor = CacheMonitor.create(cache, MonitorSettings.defaults(), clock);

    @Test
    void aCacheWithinEveryThreshold_isHealthy_withoutAlerts() {
        cache.reads(100, 90).tier1Bytes(10 * MB).tier2(200 * MB, true, "up");

        HealthReport report = monitor.check();

        assertThat(report.health()).isEqualTo(Health.HEALTHY);
        assertThat(report.alerts()).isEmpty();
        assertThat(report.snapshot().hitRate()).isEqualTo(0.9);
        assertThat(report.snapshot().totalBytes()).isEqualTo(210 * MB);
    }

    @Test
    void tier1Over15Mb_isAWarning() {
        cache.reads(100, 90).tier1Bytes(15 * MB + 1);

        HealthReport report = monitor.check();

        assertThat(report.health()).isEqualTo(Health.WARNING);
        assertThat(report.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.rule()).isEqualTo("tier1.bytes");
            assertThat(alert.severity()).isEqualTo(Health.WARNING);
            assertThat(alert.message()).contains("15.0 MB");
        });
    }

    @Test
    void tier1AtExactly15Mb_isStillHealthy() {
        cache.reads(100, 90).tier1Bytes(15 * MB);

        assertThat(monitor.check().health()).isEqualTo(Health.HEALTHY);
    }

    @Test
    void tier2Over250Mb_isAWarning() {
        cache.reads(100, 90).tier1Bytes(1 * MB).tier2(251 * MB, true, "up");

        HealthReport report = monitor.check();

        assertThat(report.health()).isEqualTo(Health.WARNING);
        assertThat(report.alerts()).extracting(Alert::rule).containsExactly("tier2.bytes");
    }

    @Test
    void bothTiersOver260MbTogether_isCritical() {
        cache.reads(100, 90).tier1Bytes(12 * MB).tier2(249 * MB, true, "up");

        HealthReport report = monitor.check();

        assertThat(report.health()).isEqualTo(Health.CRITICAL);
        assertThat(report.alerts()).extracting(Alert::rule).containsExactly("total.bytes");
    }

    @Test
    void aHitRateBelow70Percent_isAWarning_andBelow50PercentCritical() {
        assertThat(monitor.check().health()).isEqualTo(Health.HEALTHY);

        cache.reads(100, 69);
        assertThat(monitor.check().health()).isEqualTo(Health.WARNING);
        cache.reads(100, 70);
        assertThat(monitor.check().health()).isEqualTo(Health.HEALTHY);
        cache.reads(100, 49);
        HealthReport critical = monitor.check();

        assertThat(critical.health()).isEqualTo(Health.CRITICAL);
        assertThat(critical.snapshot().findings()).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("49.0 %").contains("50.0 %"));
    }

    @Test
    void theHitRate_isJudgedOnlyAfterTenRequests() {
        cache.reads(9, 0);
        assertThat(monitor.check().health()).isEqualTo(Health.HEALTHY);

        cache.reads(10, 0);
        assertThat(monitor.check().health()).isEqualTo(Health.CRITICAL);
    }

    @Test
    void everyThreshold_isConfigurable() {
        MonitorSettings strict = new MonitorSettings(1 * MB, 2 * MB, 100 * MB, 0.95, 0.9, 100,
                Duration.ofMinutes(1), 10, 10, 10);
        CacheMonitor strictMonitor = CacheMonitor.create(cache, strict, clock);
        cache.reads(99, 50).tier1Bytes(2 * MB).tier2(3 * MB, true, "up");

        assertThat(strictMonitor.check().alerts()).extracting(Alert::rule)
                .containsExactlyInAnyOrder("tier1.bytes", "tier2.bytes");
        cache.reads(100, 92);
        assertThat(strictMonitor.check().snapshot().findings()).extracting(Finding::rule).contains("hitRate");
    }

    @Test
    void aTierOutOfUse_isAWarning_thatSaysWhy() {
        cache.reads(100, 90).tier2(0, false, "out of use since 2025-03-01T11:59:00Z: connection refused");

        HealthReport report = monitor.check();

        assertThat(report.health()).isEqualTo(Health.WARNING);
        assertThat(report.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.rule()).isEqualTo("tier2.available");
            assertThat(alert.message()).contains("connection refused");
        });
    }

    @Test
    void anAlert_expiresFiveMinutesAfterTheLastCheckThatFoundItsProblem() {
        cache.reads(100, 40);
        monitor.check();
        clock.advance(Duration.ofMinutes(3));
        monitor.check();
        cache.reads(200, 180);
        monitor.check();

        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(monitor.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.raisedAt()).isEqualTo(clock.instant().minus(Duration.ofMinutes(7).plusSeconds(59)));
            assertThat(alert.expiresAt()).isEqualTo(clock.instant().plusSeconds(1));
        });
        clock.advance(Duration.ofSeconds(1));
        assertThat(monitor.alerts()).isEmpty();
        assertThat(monitor.check().health()).isEqualTo(Health.HEALTHY);
    }

    @Test
    void alerts_comeMostSevereFirst() {
        cache.reads(100, 90).tier1Bytes(12 * MB).tier2(0, false, "down");
        monitor.check();
        clock.advance(Duration.ofSeconds(10));
        cache.tier2(255 * MB, false, "down");

        List<Alert> alerts = monitor.check().alerts();

        assertThat(alerts).extracting(Alert::severity).first().isEqualTo(Health.CRITICAL);
        assertThat(alerts).extracting(Alert::rule)
                .containsExactly("total.bytes", "tier2.bytes", "tier2.available");
    }

    @Test
    void theLast100Snapshots_areKept_oldestFirst() {
        for (int i = 1; i <= 150; i++) {
            cache.reads(i, i);
            monitor.check();
            clock.advance(Duration.ofSeconds(1));
        }

        List<CacheSnapshot> snapshots = monitor.snapshots();

        assertThat(snapshots).hasSize(100);
        assertThat(snapshots.get(0).requests()).isEqualTo(51);
        assertThat(snapshots.get(99).requests()).isEqualTo(150);
        assertThat(snapshots.get(99).recentRequests()).isEqualTo(1);
    }

    @Test
    void aHitRateRisingBetweenSnapshots_isImproving_andFallingIsDegrading() {
        long requests = 0;
        long hits = 0;
        for (int minute = 0; minute < 10; minute++) {
            requests += 100;
            hits += 50 + minute * 5; // 50 %, 55 %, ... of each minute's reads
            cache.reads(requests, hits);
            monitor.check();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(monitor.trend(Metric.HIT_RATE, Duration.ofMinutes(30))).isEqualTo(Trend.IMPROVING);

        for (int minute = 0; minute < 10; minute++) {
            requests += 100;
            hits += 95 - minute * 5;
            cache.reads(requests, hits);
            monitor.check();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(monitor.trend(Metric.HIT_RATE, Duration.ofMinutes(10))).isEqualTo(Trend.DEGRADING);
    }

    @Test
    void growingTiers_areDegrading_flatOnesStable() {
        for (int i = 0; i < 5; i++) {
            cache.reads(100, 90).tier1Bytes((10 + i) * MB);
            monitor.check();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(monitor.trend(Metric.TIER1_BYTES, Duration.ofMinutes(10))).isEqualTo(Trend.DEGRADING);
        assertThat(monitor.trend(Metric.TIER2_BYTES, Duration.ofMinutes(10))).isEqualTo(Trend.STABLE);
    }

    @Test
    void aTrend_looksOnlyAtTheSnapshotsWithinTheWindow() {
        for (int i = 0; i < 5; i++) {
            cache.tier1Bytes((10 + i) * MB);
            monitor.check();
            clock.advance(Duration.ofMinutes(10));
        }
        for (int i = 0; i < 5; i++) {
            cache.tier1Bytes(14 * MB);
            monitor.check();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(monitor.trend(Metric.TIER1_BYTES, Duration.ofHours(2))).isEqualTo(Trend.DEGRADING);
        assertThat(monitor.trend(Metric.TIER1_BYTES, Duration.ofMinutes(6))).isEqualTo(Trend.STABLE);
    }

    @Test
    void withFewerThanTwoSnapshots_aTrendIsStable() {
        assertThat(monitor.trend(Metric.TOTAL_BYTES, Duration.ofMinutes(5))).isEqualTo(Trend.STABLE);
        monitor.check();
        assertThat(monitor.trend(Metric.TOTAL_BYTES, Duration.ofMinutes(5))).isEqualTo(Trend.STABLE);
        assertThatThrownBy(() -> monitor.trend(Metric.HIT_RATE, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
    }

    @Test
    void anObservedRequest_isCountedForItsEndpoint_withTheSourceItsReadsNeeded() {
        cache.answering(CacheSource.TIER2);

        Observation observation = monitor.observe("GET /api/tracks");
        Observed observed = observation.end();

        assertThat(observed.source()).isEqualTo(CacheSource.TIER2);
        assertThat(observed.hit()).isTrue();
        assertThat(observation.end()).as("ending twice counts once").isSameAs(observed);
        assertThat(monitor.endpoints()).singleElement().satisfies(endpoint -> {
            assertThat(endpoint.endpoint()).isEqualTo("GET /api/tracks");
            assertThat(endpoint.requests()).isEqualTo(1);
            assertThat(endpoint.tier2()).isEqualTo(1);
        });
    }

    @Test
    void aRequestThatReadNothingCached_isNoHit() {
        cache.answering(CacheSource.NONE);

        Observed observed = monitor.observe("POST /api/tracks").end();

        assertThat(observed.hit()).isFalse();
        assertThat(monitor.endpoints().get(0).uncached()).isEqualTo(1);
    }

    @Test
    void invalidatingNamedQueries_passesThemToTheCache_andRejectsUnknownNames() {
        monitor.invalidateQueries(List.of("tracks.all", "track.byId", "tracks.all"));
        monitor.invalidateAll();

        assertThat(cache.invalidated).containsExactly(List.of("tracks.all", "track.byId"), List.of("*"));
        assertThatThrownBy(() -> monitor.invalidateQueries(List.of("tracks.all", "no.such")))
                .isInstanceOf(io.tonearm.domain.InvalidValueException.class).hasMessageContaining("no.such");
        assertThatThrownBy(() -> monitor.invalidateQueries(List.of()))
                .isInstanceOf(io.tonearm.domain.InvalidValueException.class).hasMessageContaining("queries");
        assertThat(cache.invalidated).hasSize(2);
    }

    @Test
    void endpointMetrics_coverTheLast1000Requests_withMeanAndP95() {
        for (int i = 1; i <= 1200; i++) {
            CacheSource source = i % 4 == 0 ? CacheSource.MISS : CacheSource.TIER1;
            monitor.recordRequest("GET /api/tracks", source, Duration.ofMillis(i > 200 ? (i - 200) % 100 + 1 : 10_000));
        }

        EndpointMetrics metrics = monitor.endpoints().get(0);

        assertThat(metrics.requests()).isEqualTo(1200);
        assertThat(metrics.samples()).isEqualTo(1000);
        // the 200 slow first requests have left the window: times are 1..100 ms, ten times each
        assertThat(metrics.meanMillis()).isEqualTo(50.5);
        assertThat(metrics.p95Millis()).isEqualTo(95.0);
        assertThat(metrics.misses()).isEqualTo(250);
        assertThat(metrics.tier1()).isEqualTo(750);
        assertThat(metrics.hitRate()).isEqualTo(0.75);
    }

    @Test
    void endpointsBeyondTheLimit_areCountedTogether() {
        CacheMonitor small = CacheMonitor.create(cache, new MonitorSettings(MB, MB, MB, 0.7, 0.5, 10,
                Duration.ofMinutes(5), 10, 10, 2), clock);
        for (String endpoint : List.of("GET /a", "GET /b", "GET /c", "GET /d")) {
            small.recordRequest(endpoint, CacheSource.TIER1, Duration.ofMillis(1));
        }

        assertThat(small.endpoints()).extracting(EndpointMetrics::endpoint).containsExactly("GET /a", "GET /b", "other");
        assertThat(small.endpoints().get(2).requests()).isEqualTo(2);
    }

    @Test
    void settingsOutOfRange_areRejectedByName() {
        assertThatThrownBy(() -> new MonitorSettings(MB, MB, MB, 0.5, 0.7, 10, Duration.ofMinutes(5), 100, 1000, 200))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hitRateCritical");
        assertThatThrownBy(() -> new MonitorSettings(-1, MB, MB, 0.7, 0.5, 10, Duration.ofMinutes(5), 100, 1000, 200))
                .hasMessageContaining("tier1MaxBytes");
        assertThatThrownBy(() -> new MonitorSettings(MB, MB, MB, 0.7, 0.5, 10, Duration.ZERO, 100, 1000, 200))
                .hasMessageContaining("alertLifetime");
        assertThatThrownBy(() -> new MonitorSettings(MB, MB, MB, 0.7, 0.5, 10, Duration.ofMinutes(5), 0, 1000, 200))
                .hasMessageContaining("snapshotsKept");
    }
}
