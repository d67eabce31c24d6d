package io.tonearm.application.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The monitor's thresholds at their exact edges, and trends measured against their tolerance. */
class CacheMonitorEdgesTest {
    private static final long MB = 1024 * 1024;

    private final FakeCache cache = new FakeCache();
    private final MutableClock clock = new MutableClock();
    private final CacheMonitor monitor = CacheMonitor.create(cache, MonitorSettings.defaults(), clock);

    @Test
    void tier2AtExactly250Mb_andAllTiersAtExactly260Mb_areStillHealthy() {
        cache.reads(100, 90).tier1Bytes(10 * MB).tier2(250 * MB, true, "up");

        assertThat(monitor.check().health()).isEqualTo(Health.HEALTHY);
    }

    @Test
    void allTiersOneByteOver260Mb_isCritical() {
        cache.reads(100, 90).tier1Bytes(10 * MB + 1).tier2(250 * MB, true, "up");

        assertThat(monitor.check().alerts()).extracting(Alert::rule).containsExactly("total.bytes");
    }

    @Test
    void aHitRateOfExactly50Percent_isAWarningNotCritical_andExactly70PercentHealthy() {
        cache.reads(100, 50);
        assertThat(monitor.check().health()).isEqualTo(Health.WARNING);

        cache.reads(100, 70);
        clock.advance(Duration.ofMinutes(10));
        assertThat(monitor.check().health()).isEqualTo(Health.HEALTHY);
    }

    @Test
    void theHitRate_isJudgedFromExactlyTheTenthRequest() {
        cache.reads(10, 0);

        assertThat(monitor.check().health()).isEqualTo(Health.CRITICAL);
    }

    @Test
    void twoSnapshots_areEnoughForATrend() {
        cache.reads(100, 50);
        monitor.check();
        clock.advance(Duration.ofMinutes(1));
        cache.reads(200, 150);
        monitor.check();

        assertThat(monitor.trend(Metric.HIT_RATE, Duration.ofMinutes(10))).isEqualTo(Trend.IMPROVING);
    }

    @Test
    void aChangeOfExactlyTheTolerance_isStable() {
        cache.reads(100, 90).tier1Bytes(0);
        monitor.check();
        clock.advance(Duration.ofMinutes(1));
        cache.tier1Bytes(1);
        monitor.check();

        assertThat(monitor.trend(Metric.TIER1_BYTES, Duration.ofMinutes(10))).isEqualTo(Trend.STABLE);

        clock.advance(Duration.ofMinutes(1));
        cache.tier1Bytes(3);
        monitor.check();
        assertThat(monitor.trend(Metric.TIER1_BYTES, Duration.ofMinutes(10))).isEqualTo(Trend.DEGRADING);
    }

    @Test
    void aLargeTierGrowingByLessThanFivePercent_isStable_andByMoreDegrading() {
        cache.reads(100, 90).tier1Bytes(100 * MB);
        monitor.check();
        clock.advance(Duration.ofMinutes(1));
        cache.tier1Bytes(102 * MB);
        monitor.check();

        assertThat(monitor.trend(Metric.TIER1_BYTES, Duration.ofMinutes(10))).isEqualTo(Trend.STABLE);

        clock.advance(Duration.ofMinutes(1));
        cache.tier1Bytes(120 * MB);
        monitor.check();
        assertThat(monitor.trend(Metric.TIER1_BYTES, Duration.ofMinutes(10))).isEqualTo(Trend.DEGRADING);
    }
}
