package io.tonearm.application.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.port.CacheSource;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The monitor's small values: health combined, an observed request, an endpoint's hit rate. */
class MonitoringValuesTest {

    @Test
    void healthCombines_toTheWorseOfTwo() {
        assertThat(Health.HEALTHY.and(Health.WARNING)).isEqualTo(Health.WARNING);
        assertThat(Health.CRITICAL.and(Health.WARNING)).isEqualTo(Health.CRITICAL);
        assertThat(Health.WARNING.and(Health.WARNING)).isEqualTo(Health.WARNING);
    }

    @Test
    void anObservedRequest_tellsItsMillisecondsAndWhetherItHit() {
        Observed observed = new Observed(CacheSource.TIER2, Duration.ofMillis(3).plusNanos(500_000));

        assertThat(observed.elapsedMillis()).isEqualTo(3.5);
        assertThat(observed.hit()).isTrue();
        assertThat(new Observed(CacheSource.MISS, Duration.ZERO).hit()).isFalse();
    }

    @Test
    void anEndpointsHitRate_countsBothTiersOverItsSamples() {
        EndpointMetrics metrics = new EndpointMetrics("GET /api/tracks", 10, 2, 3, 5, 0, 10, 1, 2);

        assertThat(metrics.hitRate()).isEqualTo(0.5);
        assertThat(new EndpointMetrics("GET /", 0, 0, 0, 0, 0, 0, 0, 0).hitRate()).isZero();
    }
}
