package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void withNothingConfigured_servesOnPort8080FromTheEmbeddedDatabaseInDataDir() {
        TonearmConfig config = ConfigLoader.load(Optional.empty(), Map.of());

        assertThat(config.http().port()).isEqualTo(8080);
        assertThat(config.http().host()).isEqualTo("0.0.0.0");
        assertThat(config.http().shutdownGrace()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.http().maxRequestBytes()).isEqualTo(16L * 1024 * 1024);
        assertThat(config.db().serverUrl()).isEmpty();
        assertThat(config.db().poolSize()).isEqualTo(10);
        assertThat(config.embeddedDatabaseDir()).isEqualTo(Path.of("data", "mariadb"));
        assertThat(config.cache().localMaxBytes()).isEqualTo(15L * 1024 * 1024);
        assertThat(config.cache().ttl()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.cache().ttlJitter()).isEqualTo(0.1);
        assertThat(config.redis().uri()).isEmpty();
    }

    @Test
    void aConfigFile_overridesTheDefaults() throws IOException {
        Path file = write("""
                http { port = 9090, shutdown-grace = 5s }
                db.url = "jdbc:mariadb://db.example:3306/music"
                db.pool-size = 4
                data-dir = /var/lib/tonearm
                cache.local.max-bytes = 64M
                """);

        TonearmConfig config = ConfigLoader.load(Optional.of(file), Map.of());

        assertThat(config.http().port()).isEqualTo(9090);
        assertThat(config.http().shutdownGrace()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.db().serverUrl()).contains("jdbc:mariadb://db.example:3306/music");
        assertThat(config.db().poolSize()).isEqualTo(4);
        assertThat(config.db().user()).as("untouched default").isEqualTo("root");
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/tonearm"));
        assertThat(config.cache().localMaxBytes()).isEqualTo(64L * 1024 * 1024);
    }

    @Test
    void theConfigFileVariable_namesTheFileWhenNoOptionIsGiven() throws IOException {
        Path file = write("http.port = 7070");

        TonearmConfig config = ConfigLoader.load(Optional.empty(), Map.of("TONEARM_CONFIG", file.toString()));

        assertThat(config.http().port()).isEqualTo(7070);
    }

    @Test
    void theConfigOption_winsOverTheConfigFileVariable() throws IOException {
        Path option = write("http.port = 7070");
        Path variable = Files.writeString(dir.resolve("other.conf"), "http.port = 6060");

        TonearmConfig config = ConfigLoader.load(Optional.of(option), Map.of("TONEARM_CONFIG", variable.toString()));

        assertThat(config.http().port()).isEqualTo(7070);
    }

    @Test
    void environmentVariables_overrideTheFileAndTheDefaults() throws IOException {
        Path file = write("http.port = 9090\ndb.user = fromfile");

        TonearmConfig config = ConfigLoader.load(Optional.of(file), Map.of(
                "TONEARM_HTTP_PORT", "8181",
                "TONEARM_DB_URL", "jdbc:mariadb://127.0.0.1:3306/tonearm",
                "TONEARM_DB_USER", "tonearm",
                "TONEARM_DB_PASSWORD", "s3cret",
                "TONEARM_DATA_DIR", "/tmp/tonearm-data",
                "TONEARM_REDIS_URL", "redis://127.0.0.1:6379",
                "PATH", "/usr/bin"));

        assertThat(config.http().port()).isEqualTo(8181);
        assertThat(config.db().serverUrl()).contains("jdbc:mariadb://127.0.0.1:3306/tonearm");
        assertThat(config.db().user()).isEqualTo("tonearm");
        assertThat(config.db().password()).isEqualTo("s3cret");
        assertThat(config.embeddedDatabaseDir()).isEqualTo(Path.of("/tmp/tonearm-data/mariadb"));
        assertThat(config.redis().uri()).hasValueSatisfying(uri -> assertThat(uri.getPort()).isEqualTo(6379));
    }

    @Test
    void everyOverridableSetting_hasAnEnvironmentVariableThatReachesIt() {
        assertThat(ConfigLoader.ENVIRONMENT_OVERRIDES).containsKeys(
                "TONEARM_DB_URL", "TONEARM_DB_USER", "TONEARM_DB_PASSWORD", "TONEARM_HTTP_PORT",
                "TONEARM_DATA_DIR", "TONEARM_REDIS_URL");
        TonearmConfig config = ConfigLoader.load(Optional.empty(), Map.of(
                "TONEARM_HTTP_HOST", "127.0.0.1",
                "TONEARM_HTTP_SHUTDOWN_GRACE", "2s",
                "TONEARM_HTTP_MAX_REQUEST_BYTES", "1M",
                "TONEARM_DB_POOL_SIZE", "3",
                "TONEARM_CACHE_LOCAL_MAX_BYTES", "2M",
                "TONEARM_CACHE_TTL", "90s",
                "TONEARM_CACHE_TTL_JITTER", "0"));

        assertThat(config.http().host()).isEqualTo("127.0.0.1");
        assertThat(config.http().shutdownGrace()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.http().maxRequestBytes()).isEqualTo(1024L * 1024);
        assertThat(config.db().poolSize()).isEqualTo(3);
        assertThat(config.cache().localMaxBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(config.cache().ttl()).isEqualTo(Duration.ofSeconds(90));
        assertThat(config.cache().ttlJitter()).isZero();
    }

    @Test
    void theAccessLogManagementPortAndRequiredRedis_haveDefaults_reachTheAdapters_andAreChecked() {
        TonearmConfig defaults = ConfigLoader.load(Optional.empty(), Map.of());
        TonearmConfig custom = ConfigLoader.load(Optional.empty(), Map.of(
                "TONEARM_HTTP_ACCESS_LOG", "false",
                "TONEARM_HTTP_MANAGEMENT_PORT", "9100",
                "TONEARM_REDIS_URL", "redis://127.0.0.1:6379",
                "TONEARM_REDIS_REQUIRED", "true"));

        assertThat(defaults.http().accessLog()).isTrue();
        assertThat(defaults.http().managementPort()).isNull();
        assertThat(defaults.redis().required()).isFalse();
        assertThat(Wiring.operationsSettings(defaults.http()))
                .isEqualTo(new io.tonearm.adapters.http.OperationsSettings(true, -1));
        assertThat(Wiring.operationsSettings(custom.http()))
                .isEqualTo(new io.tonearm.adapters.http.OperationsSettings(false, 9100));
        assertThat(custom.redis().required()).isTrue();
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("TONEARM_HTTP_MANAGEMENT_PORT", "8080",
                "TONEARM_REDIS_REQUIRED", "true")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("http.management-port must differ from http.port but both are 8080")
                .hasMessageContaining("redis.required = true needs redis.url");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("TONEARM_HTTP_MANAGEMENT_PORT", "70000")))
                .hasMessageContaining("http.management-port must be 1-65535 (or 0 for any free port, or null for "
                        + "none) but was 70000");
    }

    @Test
    void aBlankEnvironmentVariable_countsAsUnset() {
        TonearmConfig config = ConfigLoader.load(Optional.empty(), Map.of("TONEARM_DB_URL", " ", "TONEARM_HTTP_PORT", ""));

        assertThat(config.db().serverUrl()).isEmpty();
        assertThat(config.http().port()).isEqualTo(8080);
    }

    @Test
    void everyInvalidSetting_isNamedInOneMessage() throws IOException {
        Path file = write("""
                db.pool-size = 0
                db.url = "mysql://nowhere"
                http.shutdown-grace = -1s
                """);

        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of(
                "TONEARM_HTTP_PORT", "99999",
                "TONEARM_REDIS_URL", "localhost:6379")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("invalid configuration: ")
                .hasMessageContaining("http.port must be 1-65535 (or 0 for any free port) but was 99999")
                .hasMessageContaining("http.shutdown-grace must be 0s-10m but was -1s")
                .hasMessageContaining("db.pool-size must be 1-100 but was 0")
                .hasMessageContaining("db.url must start with jdbc:mariadb:// (or be unset for the embedded database) "
                        + "but was mysql://nowhere")
                .hasMessageContaining("redis.url must be a redis://host:port URL (or be unset) but was localhost:6379")
                .extracting(e -> ((InvalidConfigurationException) e).problems(), list(String.class))
                .hasSize(5);
    }

    @Test
    void aValueOfTheWrongType_isNamedWithoutHidingTheOtherProblemsOfItsSection() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(
                "TONEARM_DB_POOL_SIZE", "many",
                "TONEARM_CACHE_TTL", "soon",
                "TONEARM_DB_USER", " x ",
                "TONEARM_HTTP_PORT", "-1")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("db.pool-size must be an integer but was \"many\"")
                .hasMessageContaining("cache.ttl must be a duration such as 30s or 500ms but was \"soon\"")
                .hasMessageContaining("http.port must be 1-65535 (or 0 for any free port) but was -1");
    }

    @Test
    void outOfRangeCacheAndRequestSizes_areRejected() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(
                "TONEARM_CACHE_TTL", "0s",
                "TONEARM_CACHE_TTL_JITTER", "0.75",
                "TONEARM_CACHE_LOCAL_MAX_BYTES", "-1",
                "TONEARM_HTTP_MAX_REQUEST_BYTES", "100")))
                .hasMessageContaining("cache.ttl must be a positive duration but was 0s")
                .hasMessageContaining("cache.ttl-jitter must be 0-0.5 but was 0.75")
                .hasMessageContaining("cache.local.max-bytes must be a size such as 15M but was \"-1\"")
                .hasMessageContaining("http.max-request-bytes must be at least 1K but was 100");
    }

    @Test
    void aMisspeltSettingInTheFile_isRejectedWithItsLine() throws IOException {
        Path file = write("""
                http.port = 9090
                htp.port = 9091
                db { pool-sise = 3 }
                """);

        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("unknown setting db.pool-sise (in " + file + ": 3)")
                .hasMessageContaining("unknown setting htp.port (in " + file + ": 2)");
    }

    @Test
    void aMisspeltTonearmEnvironmentVariable_isRejected() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(
                "TONEARM_HTTP_PROT", "9090",
                "TONEARM_LOG_LEVEL", "DEBUG",
                "HOME", "/root")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("invalid configuration: unknown environment variable TONEARM_HTTP_PROT (did you mean "
                        + "TONEARM_HTTP_PORT?)");
    }

    @Test
    void misspeltVariables_areRefusedWithTheNearestKnownName() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(
                "TONEARM_DB_PASWORD", "s3cret",
                "TONEARM_PORT", "9090",
                "TONEARM_REDIS", "redis://127.0.0.1",
                "TONEARM_SOMETHING_ELSE_ENTIRELY", "1")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("unknown environment variable TONEARM_DB_PASWORD (did you mean TONEARM_DB_PASSWORD?)")
                .hasMessageContaining("unknown environment variable TONEARM_PORT (did you mean TONEARM_HTTP_PORT?)")
                .hasMessageContaining("unknown environment variable TONEARM_REDIS (did you mean TONEARM_REDIS_URL?)")
                .hasMessageContaining("unknown environment variable TONEARM_SOMETHING_ELSE_ENTIRELY")
                .hasMessageNotContaining("ENTIRELY (did you mean")
                .hasMessageNotContaining("s3cret");
    }

    /** What Kubernetes injects for a service named tonearm (and one named tonearm-db) in the same namespace. */
    @Test
    void variablesAContainerPlatformInjectsForAServiceNamedTonearm_areIgnored() {
        TonearmConfig config = ConfigLoader.load(Optional.empty(), Map.of(
                "TONEARM_PORT", "tcp://10.96.0.12:8080",
                "TONEARM_SERVICE_HOST", "10.96.0.12",
                "TONEARM_SERVICE_PORT", "8080",
                "TONEARM_SERVICE_PORT_HTTP", "8080",
                "TONEARM_PORT_8080_TCP", "tcp://10.96.0.12:8080",
                "TONEARM_PORT_8080_TCP_PROTO", "tcp",
                "TONEARM_PORT_8080_TCP_PORT", "8080",
                "TONEARM_PORT_8080_TCP_ADDR", "10.96.0.12",
                "TONEARM_DB_PORT_3306_TCP_ADDR", "10.96.0.13",
                "TONEARM_HTTP_PORT", "8181"));

        assertThat(config.http().port()).isEqualTo(8181);
    }

    @Test
    void aMissingConfigFile_isNamed() {
        Path missing = dir.resolve("nope.conf");

        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(missing), Map.of()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("invalid configuration: config file " + missing + " does not exist or cannot be read");
    }

    @Test
    void aMalformedConfigFile_isNamedWithTheParserMessage() throws IOException {
        Path file = write("http { port = 9090 ");

        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("config file " + file + " is not valid HOCON");
    }

    @Test
    void anUnresolvableSubstitutionInTheFile_isNamed() throws IOException {
        Path file = write("db.password = ${TONEARM_TEST_SURELY_UNSET_VARIABLE}");

        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("TONEARM_TEST_SURELY_UNSET_VARIABLE");
    }

    @Test
    void theDatabasePassword_neverAppearsInTheSettingsText() {
        TonearmConfig config = ConfigLoader.load(Optional.empty(), Map.of("TONEARM_DB_PASSWORD", "hunter2"));

        assertThat(config.db().toString()).doesNotContain("hunter2").contains("password=***");
        assertThat(config.toString()).doesNotContain("hunter2");
    }

    private Path write(String hocon) throws IOException {
        return Files.writeString(dir.resolve("tonearm.conf"), hocon);
    }
}
