package io.tonearm.adapters.persistence;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.adapters.persistence.transactions.WriteRetries;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.PlayEvent;
import io.tonearm.domain.Track;
import io.tonearm.domain.port.Albums;
import io.tonearm.domain.port.Artists;
import io.tonearm.domain.port.PlayHistory;
import io.tonearm.domain.port.StoreHealth;
import io.tonearm.domain.port.Tracks;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PersistenceModuleTest {

    private static Injector injector(DatabaseSettings settings, Module... others) {
        return Guice.createInjector(new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().disableCircularProxies();
                install(new PersistenceModule(settings));
                for (Module other : others) {
                    install(other);
                }
            }
        });
    }

    @Test
    void writeRetries_areCountedInTheProcesssRegistry_whenOneIsBound() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        DatabaseSettings unused = DatabaseSettings.of("jdbc:mariadb://127.0.0.1:1/none", "nobody", "");

        injector(unused, binder -> binder.bind(MeterRegistry.class).toInstance(registry))
                .getInstance(WriteRetries.class);

        assertThat(registry.find(WriteRetries.RETRIES).counters()).extracting(c -> c.getId().getTag("cause"))
                .containsExactlyInAnyOrder("deadlock", "lock_wait_timeout", "serialization_failure");
        assertThat(registry.find(WriteRetries.EXHAUSTED).counter()).isNotNull();
    }

    @Test
    void writeRetries_needNoRegistry_whenTheModuleIsUsedAlone() {
        DatabaseSettings unused = DatabaseSettings.of("jdbc:mariadb://127.0.0.1:1/none", "nobody", "");

        Injector injector = injector(unused);

        assertThat(injector.getInstance(WriteRetries.class)).isSameAs(injector.getInstance(WriteRetries.class));
    }

    @Test
    void theModule_bindsTheFourPorts_onAMigratedDatabase_asSingletons() {
        try (TestDatabase db = TestDatabase.create()) {
            Injector injector = injector(db.settings());
            try {
                Tracks tracks = injector.getInstance(Tracks.class);
                Track track = tracks.add(aTrack().artists("Wired").album("Through Guice").build());
                injector.getInstance(PlayHistory.class).record(new PlayEvent(track.id(), Instant.now()));

                assertThat(injector.getInstance(Tracks.class)).isSameAs(tracks);
                assertThat(tracks.findById(track.id()).orElseThrow().playCount()).isOne();
                assertThat(injector.getInstance(Albums.class).findAll(PageRequest.first(5)).total()).isOne();
                assertThat(injector.getInstance(Artists.class).findAll(PageRequest.first(5)).total()).isOne();
            } finally {
                injector.getInstance(HikariDataSource.class).close();
            }
            assertThat(injector.getInstance(HikariDataSource.class).isClosed()).isTrue();
        }
    }

    @Test
    void storeHealth_isFine_onTheMigratedDatabase_andNamesTheMissingMigration_onceItsHistoryRowIsGone()
            throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Injector injector = injector(db.settings());
            try {
                StoreHealth health = injector.getInstance(StoreHealth.class);
                assertThat(health.problem()).isEmpty();
                String latest;
                try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery("SELECT version FROM flyway_schema_history "
                             + "WHERE version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
                    assertThat(result.next()).isTrue();
                    latest = result.getString(1);
                    statement.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '" + latest + "'");
                }

                assertThat(health.problem()).hasValueSatisfying(problem -> assertThat(problem)
                        .contains("lacks migration " + latest));

                try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
                    statement.executeUpdate("DROP TABLE flyway_schema_history");
                }

                assertThat(health.problem()).hasValueSatisfying(problem -> assertThat(problem)
                        .contains("lacks migration " + latest));
            } finally {
                injector.getInstance(HikariDataSource.class).close();
            }
        }
    }

    @Test
    void storeHealth_saysTheDatabaseCannotBeReached_onceThePoolIsGone() {
        try (TestDatabase db = TestDatabase.create()) {
            Injector injector = injector(db.settings());
            StoreHealth health = injector.getInstance(StoreHealth.class);
            injector.getInstance(HikariDataSource.class).close();

            assertThat(health.problem()).hasValueSatisfying(problem -> assertThat(problem)
                    .startsWith("the database cannot be reached: "));
        }
    }

    @Test
    void creatingTheInjector_opensNothing_untilAPortIsAskedFor() {
        DatabaseSettings unreachable = DatabaseSettings.of("jdbc:mariadb://127.0.0.1:1/none?connectTimeout=500",
                "nobody", "");

        Injector injector = injector(unreachable);

        assertThatThrownBy(() -> injector.getInstance(Tracks.class)).isInstanceOf(ProvisionException.class);
    }
}
