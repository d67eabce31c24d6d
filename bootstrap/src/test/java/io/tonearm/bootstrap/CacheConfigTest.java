package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.tonearm.adapters.cache.LocalCacheModule;
import io.tonearm.adapters.cache.RedisCacheModule;
import io.tonearm.adapters.cache.RedisSettings;
import io.tonearm.application.monitoring.CacheMonitor;
import io.tonearm.application.monitoring.MonitorSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache's settings: from the configuration to the adapter's and the monitor's settings. */
class CacheConfigTest {
    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void byDefault_theMonitorJudgesByTheIssuesThresholds_andRedisIsOff() {
        TonearmConfig config = ConfigLoader.load(Optional.empty(), Map.of());

        MonitorSettings monitor = Wiring.monitorSettings(config.monitor());
        assertThat(monitor).isEqualTo(MonitorSettings.defaults());
        assertThat(config.redis().uri()).isEmpty();
        assertThat(config.redis().keyPrefix()).isEqualTo("tonearm:");
        assertThat(config.redis().timeout()).isEqualTo(Duration.ofMillis(50));
        assertThat(config.redis().stalenessBound()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.cache().ttls())
                .as("only MusicBrainz's answers outlive cache.ttl: a day, its not-founds an hour")
                .containsOnly(Map.entry("musicbrainz.release", Duration.ofHours(24)),
                        Map.entry("musicbrainz.search", Duration.ofHours(24)),
                        Map.entry("musicbrainz.release-not-found", Duration.ofHours(1)),
                        Map.entry("musicbrainz.search-not-found", Duration.ofHours(1)),
                        Map.entry("musicbrainz.artist", Duration.ofHours(24)),
                        Map.entry("musicbrainz.artist-search", Duration.ofHours(24)),
                        Map.entry("musicbrainz.artist-not-found", Duration.ofHours(1)),
                        Map.entry("musicbrainz.artist-search-not-found", Duration.ofHours(1)));
        assertThat(config.monitor().checkInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.monitor().checksPeriodically()).isTrue();
    }

    @Test
    void aProcessThatCannotFollowTheChangeLog_distrustsItsTierAfterTheLongestCatalogLife_notMusicBrainzsDay()
            throws IOException {
        Path file = dir.resolve("tonearm.conf");
        Files.writeString(file, "cache.ttls { \"tracks.chart\" = 30m }\n");
        TonearmConfig byDefault = ConfigLoader.load(Optional.empty(), Map.of());
        TonearmConfig longerChart = ConfigLoader.load(Optional.of(file), Map.of());

        assertThat(byDefault.cache().longestLife()).as("10 min, lengthened by the 10 % jitter")
                .isEqualTo(Duration.ofMinutes(11));
        assertThat(longerChart.cache().longestLife()).isEqualTo(Duration.ofMinutes(33));
    }

    @Test
    void thePeriodicHealthCheck_isConfigurable_andZeroTurnsItOff() {
        assertThat(ConfigLoader.load(Optional.empty(), Map.of("TONEARM_CACHE_MONITOR_CHECK_INTERVAL", "5m"))
                .monitor().checkInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(ConfigLoader.load(Optional.empty(), Map.of("TONEARM_CACHE_MONITOR_CHECK_INTERVAL", "0"))
                .monitor().checksPeriodically()).isFalse();
    }

    @Test
    void theRedisUrl_selectsTheLayeredCache_withTheConfiguredSettings() {
        TonearmConfig config = ConfigLoader.load(Optional.empty(), Map.of(
                "TONEARM_REDIS_URL", "redis://cache.example:6380",
                "TONEARM_REDIS_KEY_PREFIX", "music:",
                "TONEARM_REDIS_TIMEOUT", "20ms",
                "TONEARM_REDIS_STALENESS_BOUND", "2s"));

        assertThat(Wiring.cacheModule(config)).isInstanceOf(RedisCacheModule.class);
        RedisSettings redis = Wiring.redisSettings(config.redis());
        assertThat(redis.uri().getHost()).isEqualTo("cache.example");
        assertThat(redis.keyPrefix()).isEqualTo("music:");
        assertThat(redis.timeout()).isEqualTo(Duration.ofMillis(20));
        assertThat(redis.stalenessBound()).isEqualTo(Duration.ofSeconds(2));
        assertThat(redis.acknowledgementTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(Wiring.cacheModule(ConfigLoader.load(Optional.empty(), Map.of())))
                .isInstanceOf(LocalCacheModule.class);
    }

    @Test
    void withRedis_theWiringIsComplete_bindsTheMonitor_andConnectsToNothing() {
        // nothing listens on port 1: building the injector must not even try
        TonearmConfig config = ConfigLoader.load(Optional.empty(), Map.of(
                "TONEARM_DB_URL", "jdbc:mariadb://127.0.0.1:1/nowhere",
                "TONEARM_REDIS_URL", "redis://127.0.0.1:1"));

        Injector injector = Guice.createInjector(Stage.TOOL, new TonearmModule(Wiring.modules(config,
                Wiring.serverDatabase(config.db(), config.db().url()), Clock.systemUTC())));

        assertThat(injector.getBinding(CacheMonitor.class)).isNotNull();
    }

    @Test
    void monitorThresholds_comeFromTheEnvironment() {
        TonearmConfig config = ConfigLoader.load(Optional.empty(), Map.of(
                "TONEARM_CACHE_MONITOR_TIER1_MAX_BYTES", "20M",
                "TONEARM_CACHE_MONITOR_TIER2_MAX_BYTES", "1G",
                "TONEARM_CACHE_MONITOR_TOTAL_MAX_BYTES", "2G",
                "TONEARM_CACHE_MONITOR_HIT_RATE_WARNING", "0.9",
                "TONEARM_CACHE_MONITOR_HIT_RATE_CRITICAL", "0.8",
                "TONEARM_CACHE_MONITOR_MINIMUM_REQUESTS", "100",
                "TONEARM_CACHE_MONITOR_ALERT_LIFETIME", "1m"));

        MonitorSettings monitor = Wiring.monitorSettings(config.monitor());
        assertThat(monitor.tier1MaxBytes()).isEqualTo(20 * MB);
        assertThat(monitor.tier2MaxBytes()).isEqualTo(1024 * MB);
        assertThat(monitor.totalMaxBytes()).isEqualTo(2048 * MB);
        assertThat(monitor.hitRateWarning()).isEqualTo(0.9);
        assertThat(monitor.hitRateCritical()).isEqualTo(0.8);
        assertThat(monitor.minimumRequests()).isEqualTo(100);
        assertThat(monitor.alertLifetime()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void timeToLivePerNamedQuery_comesFromTheFile_andReachesTheCache() throws IOException {
        Path file = Files.writeString(dir.resolve("tonearm.conf"), """
                cache.ttls { "tracks.chart" = 1m, "track.byId" = 30m }
                """);

        TonearmConfig config = ConfigLoader.load(Optional.of(file), Map.of());

        assertThat(Wiring.cacheSettings(config.cache()).ttl("tracks.chart")).isEqualTo(Duration.ofMinutes(1));
        assertThat(Wiring.cacheSettings(config.cache()).ttl("track.byId")).isEqualTo(Duration.ofMinutes(30));
        assertThat(Wiring.cacheSettings(config.cache()).ttl("tracks.all")).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void badCacheSettings_areAllNamedInOneMessage() throws IOException {
        Path file = Files.writeString(dir.resolve("tonearm.conf"), """
                cache.ttls { "tracks.al" = 1m, "tracks.chart" = soon, "track.byId" = 0s }
                cache.monitor.hit-rate-critical = 0.8
                """);

        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of(
                "TONEARM_REDIS_TIMEOUT", "5m",
                "TONEARM_REDIS_STALENESS_BOUND", "10ms",
                "TONEARM_CACHE_MONITOR_ALERT_LIFETIME", "0s",
                "TONEARM_CACHE_MONITOR_CHECK_INTERVAL", "500ms")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("cache.ttls names the unknown query tracks.al")
                .hasMessageContaining("cache.ttls.tracks.chart must be a duration such as 30s or 500ms but was \"soon\"")
                .hasMessageContaining("cache.ttls.track.byId must be a positive duration but was 0s")
                .hasMessageContaining("cache.monitor.hit-rate-critical must be 0-1 and at most "
                        + "cache.monitor.hit-rate-warning (0.7) but was 0.8")
                .hasMessageContaining("cache.monitor.alert-lifetime must be a positive duration but was 0s")
                .hasMessageContaining("cache.monitor.check-interval must be 0 (off) or at least 1s but was 500ms")
                .hasMessageContaining("redis.timeout must be 1ms-1m but was 300s")
                .hasMessageContaining("redis.staleness-bound must be 100ms-1h but was 10ms");
    }
}
