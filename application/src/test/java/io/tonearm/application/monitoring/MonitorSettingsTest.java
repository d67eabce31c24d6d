package io.tonearm.application.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The monitor's settings: each accepted at the edge of its range and refused just past it, by name. */
class MonitorSettingsTest {
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    @Test
    void theDefaults_areTheDocumentedOnes() {
        MonitorSettings defaults = MonitorSettings.defaults();

        assertThat(defaults).isEqualTo(new MonitorSettings(15L << 20, 250L << 20, 260L << 20, 0.70, 0.50, 10,
                LIFETIME, 100, 1000, 200));
    }

    @Test
    void settingsAtTheEdgesOfTheirRanges_areAccepted() {
        assertThat(new MonitorSettings(0, 0, 0, 0, 0, 0, Duration.ofNanos(1), 1, 1, 1).snapshotsKept()).isEqualTo(1);
        assertThat(new MonitorSettings(0, 0, 0, 1, 1, 0, LIFETIME, 1, 1, 1).hitRateCritical()).isEqualTo(1);
    }

    @Test
    void negativeSizesAndCounts_areRefusedByName() {
        assertThatThrownBy(() -> settings(-1, 0, 0, 0)).hasMessage("tier1MaxBytes must be >= 0 but was -1");
        assertThatThrownBy(() -> settings(0, -1, 0, 0)).hasMessage("tier2MaxBytes must be >= 0 but was -1");
        assertThatThrownBy(() -> settings(0, 0, -1, 0)).hasMessage("totalMaxBytes must be >= 0 but was -1");
        assertThatThrownBy(() -> settings(0, 0, 0, -1)).hasMessage("minimumRequests must be >= 0 but was -1");
    }

    @Test
    void hitRatesOutsideZeroToOne_orACriticalAboveTheWarning_areRefused() {
        assertThatThrownBy(() -> new MonitorSettings(0, 0, 0, 1.01, 0, 0, LIFETIME, 1, 1, 1))
                .hasMessage("hitRateWarning must be between 0 and 1 but was 1.01");
        assertThatThrownBy(() -> new MonitorSettings(0, 0, 0, -0.01, 0, 0, LIFETIME, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MonitorSettings(0, 0, 0, Double.NaN, 0, 0, LIFETIME, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MonitorSettings(0, 0, 0, 0.5, 0.51, 0, LIFETIME, 1, 1, 1))
                .hasMessage("hitRateCritical must be between 0 and hitRateWarning (0.5) but was 0.51");
        assertThatThrownBy(() -> new MonitorSettings(0, 0, 0, 0.5, -0.01, 0, LIFETIME, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAlertLifetime_mustBePositive() {
        assertThatThrownBy(() -> new MonitorSettings(0, 0, 0, 0, 0, 0, Duration.ZERO, 1, 1, 1))
                .hasMessage("alertLifetime must be positive but was PT0S");
        assertThatThrownBy(() -> new MonitorSettings(0, 0, 0, 0, 0, 0, Duration.ofSeconds(-1), 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MonitorSettings(0, 0, 0, 0, 0, 0, null, 1, 1, 1)).hasMessage("alertLifetime");
    }

    @Test
    void whatIsKept_mustBeAtLeastOne() {
        assertThatThrownBy(() -> new MonitorSettings(0, 0, 0, 0, 0, 0, LIFETIME, 0, 1, 1))
                .hasMessage("snapshotsKept must be >= 1 but was 0");
        assertThatThrownBy(() -> new MonitorSettings(0, 0, 0, 0, 0, 0, LIFETIME, 1, 0, 1))
                .hasMessage("endpointSamples must be >= 1 but was 0");
        assertThatThrownBy(() -> new MonitorSettings(0, 0, 0, 0, 0, 0, LIFETIME, 1, 1, 0))
                .hasMessage("mostEndpoints must be >= 1 but was 0");
    }

    private static MonitorSettings settings(long tier1, long tier2, long total, long minimumRequests) {
        return new MonitorSettings(tier1, tier2, total, 0, 0, minimumRequests, LIFETIME, 1, 1, 1);
    }
}
