package io.tonearm.adapters.http.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboundPolicyTest {
    private static final Duration S = Duration.ofSeconds(1);

    @Test
    void theDefaults_areValid_andKeepMusicBrainzsOneRequestPerSecond() {
        OutboundPolicy policy = OutboundPolicy.defaults(1);

        assertThat(policy.requestsPerSecond()).isEqualTo(1);
        assertThat(policy.maxDelay()).isGreaterThanOrEqualTo(policy.baseDelay());
        assertThat(policy.maxAttempts()).isGreaterThan(1);
    }

    @Test
    void everySettingOutOfRange_isNamed_allAtOnce() {
        assertThatThrownBy(() -> new OutboundPolicy(0, Duration.ofSeconds(-1), 0.5, Duration.ofSeconds(-2), 0,
                Duration.ZERO, Duration.ZERO, Duration.ofSeconds(-1), 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("requests-per-second must be a positive number but was 0.0")
                .hasMessageContaining("retry.base-delay must not be negative")
                .hasMessageContaining("retry.max-delay (PT-2S) must not be less than retry.base-delay (PT-1S)")
                .hasMessageContaining("retry.factor must be at least 1 but was 0.5")
                .hasMessageContaining("retry.max-attempts must be at least 1 but was 0")
                .hasMessageContaining("retry.max-total must be positive")
                .hasMessageContaining("connect-timeout must be positive")
                .hasMessageContaining("read-timeout must be positive")
                .hasMessageContaining("breaker.failures must be at least 1")
                .hasMessageContaining("breaker.delay must be positive");
    }

    @Test
    void aMaxDelayBelowTheBase_isRefused_butEqualIsFine() {
        assertThatThrownBy(() -> new OutboundPolicy(1, S, 2, Duration.ofMillis(999), 3, S, S, S, 1, S))
                .hasMessageContaining("retry.max-delay");
        assertThat(new OutboundPolicy(1, S, 1, S, 1, S, S, S, 1, S).delayCap(5)).isEqualTo(S);
    }

    @Test
    void nonNumbers_areRefused() {
        assertThatThrownBy(() -> new OutboundPolicy(Double.NaN, S, 2, S, 1, S, S, S, 1, S))
                .hasMessageContaining("requests-per-second");
        assertThatThrownBy(() -> new OutboundPolicy(Double.POSITIVE_INFINITY, S, 2, S, 1, S, S, S, 1, S))
                .hasMessageContaining("requests-per-second");
        assertThatThrownBy(() -> new OutboundPolicy(1, S, Double.NaN, S, 1, S, S, S, 1, S))
                .hasMessageContaining("retry.factor");
    }
}
