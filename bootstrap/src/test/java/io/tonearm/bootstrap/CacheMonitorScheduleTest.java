package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import io.tonearm.adapters.cache.LocalCacheModule;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.application.monitoring.Alert;
import io.tonearm.application.monitoring.CacheMonitor;
import io.tonearm.application.monitoring.Health;
import io.tonearm.application.monitoring.MonitorSettings;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CacheStatistics;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.ResultType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server checks the cache's health by itself, so that trends and alerts need nobody polling. */
class CacheMonitorScheduleTest {
    private static final NamedQuery<String> QUERY = NamedQuery.of("test.schedule", new ResultType<String>() { });

    private final QueryCache cache = Guice.createInjector(new LocalCacheModule()).getInstance(QueryCache.class);
    private CacheMonitorSchedule schedule;

    @AfterEach
    void stop() {
        if (schedule != null) {
            schedule.close();
        }
    }

    @Test
    void theScheduleKeepsSnapshots_andRaisesAlerts_withoutAnyonePolling() {
        CacheMonitor monitor = CacheMonitor.create(cache, MonitorSettings.defaults(), Clock.systemUTC());
        for (int key = 0; key < 20; key++) {
            cache.get(QUERY, CacheKey.of(key), () -> "loaded"); // 20 misses: a hit rate of 0
        }

        schedule = CacheMonitorSchedule.start(monitor, Duration.ofMillis(20));

        Await.until("three snapshots were taken", () -> monitor.snapshots().size() >= 3);
        assertThat(monitor.alerts()).extracting(Alert::rule, Alert::severity)
                .contains(org.assertj.core.groups.Tuple.tuple("hitRate", Health.CRITICAL));
        assertThat(monitor.snapshots().get(0).requests()).isEqualTo(20);
    }

    @Test
    void aCheckThatFails_isLogged_andTheNextOnesStillRun() {
        AtomicInteger statisticsCalls = new AtomicInteger();
        CacheMonitor monitor = CacheMonitor.create(new FailingOnce(cache, statisticsCalls), MonitorSettings.defaults(),
                Clock.systemUTC());

        schedule = CacheMonitorSchedule.start(monitor, Duration.ofMillis(20));

        Await.until("two snapshots were taken after the failed check", () -> monitor.snapshots().size() >= 2);
        assertThat(statisticsCalls).hasValueGreaterThanOrEqualTo(3);
    }

    @Test
    void closing_stopsTheChecksAndTheirThread_andIsHarmlessTwice() {
        CacheMonitor monitor = CacheMonitor.create(cache, MonitorSettings.defaults(), Clock.systemUTC());
        schedule = CacheMonitorSchedule.start(monitor, Duration.ofMillis(20));
        Await.until("a snapshot was taken", () -> !monitor.snapshots().isEmpty());
        assertThat(scheduleThreads()).isPositive();

        schedule.close();
        int taken = monitor.snapshots().size();
        schedule.close();

        // close() waited for the executor to end: no check can run any more; its thread is on its way out
        Await.until("the schedule's thread ended", () -> scheduleThreads() == 0);
        assertThat(monitor.snapshots()).hasSize(taken);
    }

    @Test
    void anIntervalThatIsNotPositive_isRefused() {
        CacheMonitor monitor = CacheMonitor.create(cache, MonitorSettings.defaults(), Clock.systemUTC());

        assertThatThrownBy(() -> CacheMonitorSchedule.start(monitor, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval must be positive");
    }

    @Test
    void aServer_checksTheCacheByItself_atTheConfiguredInterval_andStopsOnShutdown(@TempDir Path dataDir) {
        try (TestDatabase database = TestDatabase.create()) {
            Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(), dataDir));
            environment.put("TONEARM_CACHE_MONITOR_CHECK_INTERVAL", "1s");
            Tonearm tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC());
            CacheMonitor monitor;
            try {
                monitor = tonearm.get(CacheMonitor.class);
                // nobody calls /api/cache/stats or /api/cache/health, which would take snapshots too
                Await.until("the server took two snapshots by itself", () -> monitor.snapshots().size() >= 2);
                assertThat(scheduleThreads()).isEqualTo(1);
            } finally {
                tonearm.close();
            }
            Await.until("the schedule's thread ended with the server", () -> scheduleThreads() == 0);
        }
    }

    @Test
    void aServerConfiguredWithoutPeriodicChecks_startsNoScheduleThread(@TempDir Path dataDir) {
        try (TestDatabase database = TestDatabase.create()) {
            Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(), dataDir));
            environment.put("TONEARM_CACHE_MONITOR_CHECK_INTERVAL", "0s");
            Tonearm tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC());
            try {
                assertThat(scheduleThreads()).isZero();
                assertThat(tonearm.get(CacheMonitor.class).snapshots()).isEmpty();
            } finally {
                tonearm.close();
            }
        }
    }

    private static long scheduleThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(CacheMonitorSchedule.THREAD_NAME) && thread.isAlive())
                .count();
    }

    /** The real cache, whose statistics fail the first time they are read (a Redis error, say). */
    private static final class FailingOnce extends ForwardingQueryCache {
        private final AtomicInteger calls;

        FailingOnce(QueryCache delegate, AtomicInteger calls) {
            super(delegate);
            this.calls = calls;
        }

        @Override
        public CacheStatistics statistics() {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("statistics unavailable");
            }
            return delegate.statistics();
        }
    }
}
