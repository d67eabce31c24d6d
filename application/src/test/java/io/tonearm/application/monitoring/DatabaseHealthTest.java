package io.tonearm.application.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The health report says the database is down while it cannot be reached, and no longer once it is back. */
class DatabaseHealthTest {
    private final FakeCache cache = new FakeCache();
    private final AtomicReference<Optional<String>> storeProblem = new AtomicReference<>(Optional.empty());
    private final CacheMonitor monitor = CacheMonitor.create(cache, storeProblem::get, MonitorSettings.defaults(),
            new MutableClock());

    @Test
    void aDatabaseThatCannotBeReached_makesTheHealthCritical_namingWhy_untilItIsBack() {
        cache.reads(100, 90);
        storeProblem.set(Optional.of("the database cannot be reached: connection refused"));

        HealthReport down = monitor.check();

        assertThat(down.health()).isEqualTo(Health.CRITICAL);
        assertThat(down.snapshot().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("database.reachable");
            assertThat(finding.message()).isEqualTo("the database cannot be reached: connection refused");
        });

        storeProblem.set(Optional.empty());

        assertThat(monitor.check().health()).isEqualTo(Health.HEALTHY);
    }

    @Test
    void aReachableDatabase_addsNoFinding() {
        cache.reads(100, 90);

        assertThat(monitor.check().snapshot().findings()).isEmpty();
    }
}
