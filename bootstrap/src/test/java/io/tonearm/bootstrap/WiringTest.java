package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.ConfigurationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.tonearm.adapters.cache.LocalCacheModule;
import io.tonearm.adapters.http.ApiServer;
import io.tonearm.application.Library;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The injector's shape, checked without starting anything. */
class WiringTest {
    /** Points at a port nobody listens on: building the wiring must not even try to connect. */
    private final TonearmConfig config = ConfigLoader.load(Optional.empty(), Map.of(
            "TONEARM_DB_URL", "jdbc:mariadb://127.0.0.1:1/nowhere"));

    @Test
    void theWiring_isCompleteAndDoesNoIoWhileConfigured() {
        // TOOL stage validates every binding and dependency but runs no provider: nothing is opened.
        Injector injector = Guice.createInjector(Stage.TOOL, new TonearmModule(Wiring.modules(config,
                Wiring.serverDatabase(config.db(), config.db().url()), Clock.systemUTC())));

        assertThat(injector.getBinding(Library.class)).isNotNull();
        assertThat(injector.getBinding(ApiServer.class)).isNotNull();
    }

    @Test
    void theInjector_refusesClassesNobodyBound() {
        Injector injector = Guice.createInjector(Stage.TOOL, new TonearmModule(Wiring.modules(config,
                Wiring.serverDatabase(config.db(), config.db().url()), Clock.systemUTC())));

        assertThatThrownBy(() -> injector.getBinding(Unbound.class))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Explicit bindings are required");
    }

    @Test
    void withoutRedis_theCacheIsTheInProcessOneAlone() {
        assertThat(config.redis().uri()).isEmpty();

        assertThat(Wiring.modules(config, Wiring.serverDatabase(config.db(), config.db().url()), Clock.systemUTC()))
                .hasAtLeastOneElementOfType(LocalCacheModule.class);
    }

    @Test
    void theConfiguration_reachesEachAdaptersSettings() {
        TonearmConfig custom = ConfigLoader.load(Optional.empty(), Map.of(
                "TONEARM_HTTP_PORT", "9191",
                "TONEARM_HTTP_SHUTDOWN_GRACE", "3s",
                "TONEARM_DB_POOL_SIZE", "7",
                "TONEARM_DB_USER", "tonearm",
                "TONEARM_CACHE_LOCAL_MAX_BYTES", "2M"));

        assertThat(Wiring.httpSettings(custom.http()).port()).isEqualTo(9191);
        assertThat(Wiring.httpSettings(custom.http()).shutdownGrace()).hasSeconds(3);
        assertThat(Wiring.serverDatabase(custom.db(), "jdbc:mariadb://h/db").maxPoolSize()).isEqualTo(7);
        assertThat(Wiring.serverDatabase(custom.db(), "jdbc:mariadb://h/db").user()).isEqualTo("tonearm");
        assertThat(Wiring.cacheSettings(custom.cache()).tier1MaxBytes()).isEqualTo(2L * 1024 * 1024);
    }

    /** A class with an injectable constructor that no module binds. */
    static final class Unbound {
        @Inject
        Unbound() {
        }
    }
}
