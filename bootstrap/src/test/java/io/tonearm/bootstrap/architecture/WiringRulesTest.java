package io.tonearm.bootstrap.architecture;

import static io.tonearm.bootstrap.architecture.Planted.assertThatRuleFails;
import static io.tonearm.bootstrap.architecture.Planted.assertThatRulePasses;
import static io.tonearm.bootstrap.architecture.Planted.classes;

import io.tonearm.adapters.persistence.compliant.FavoritesModule;
import io.tonearm.adapters.persistence.violations.PublicFavoritesAdapter;
import io.tonearm.adapters.persistence.violations.SchemaWiring;
import io.tonearm.application.violations.PublicTrackLookupService;
import io.tonearm.application.violations.TrackLookup;
import io.tonearm.domain.port.compliant.Favorites;
import org.junit.jupiter.api.Test;

class WiringRulesTest {
    private static final String WIRING = "io.tonearm.bootstrap.architecture.compliant.Wiring";
    private static final String SQL_FAVORITES = "io.tonearm.adapters.persistence.compliant.SqlFavorites";

    @Test
    void fieldInjectionRule_failsOnJakartaAndGuiceInjectedFields() {
        assertThatRuleFails(WiringRules.noFieldInjection,
                classes("io.tonearm.bootstrap.architecture.violations.FieldInjectedWithJakarta",
                        "io.tonearm.bootstrap.architecture.violations.FieldInjectedWithGuice"))
                .hasMessageContaining("was violated (2 times)")
                .hasMessageContaining("FieldInjectedWithJakarta.tracks")
                .hasMessageContaining("FieldInjectedWithGuice.albums");
    }

    @Test
    void fieldInjectionRule_passesOnConstructorInjection() {
        assertThatRulePasses(WiringRules.noFieldInjection, classes(WIRING, SQL_FAVORITES));
    }

    @Test
    void jakartaInjectRule_failsOnGuicesInjectAnnotation() {
        assertThatRuleFails(WiringRules.injectionUsesJakartaInject,
                classes("io.tonearm.bootstrap.architecture.violations.GuiceInjectedConstructor"))
                .hasMessageContaining("GuiceInjectedConstructor")
                .hasMessageContaining("com.google.inject.Inject");
    }

    @Test
    void jakartaInjectRule_passesOnJakartaInject() {
        assertThatRulePasses(WiringRules.injectionUsesJakartaInject, classes(WIRING, SQL_FAVORITES));
    }

    @Test
    void injectedConstructorRule_failsOnAPublicInjectedConstructor() {
        assertThatRuleFails(WiringRules.injectedConstructorsArePackagePrivate, classes(PublicFavoritesAdapter.class))
                .hasMessageContaining("Constructor <" + PublicFavoritesAdapter.class.getName() + ".<init>()>");
    }

    @Test
    void injectedConstructorRule_passesOnPackagePrivateInjectedConstructors() {
        assertThatRulePasses(WiringRules.injectedConstructorsArePackagePrivate, classes(WIRING, SQL_FAVORITES));
    }

    @Test
    void implementationRule_failsOnPublicOpenAdapterAndUseCaseImplementations() {
        assertThatRuleFails(WiringRules.implementationsArePackagePrivateAndFinal,
                classes(PublicFavoritesAdapter.class, Favorites.class, PublicTrackLookupService.class,
                        TrackLookup.class))
                .hasMessageContaining(PublicFavoritesAdapter.class.getName() + "> has modifier PUBLIC")
                .hasMessageContaining(PublicFavoritesAdapter.class.getName() + "> does not have modifier FINAL")
                .hasMessageContaining(PublicTrackLookupService.class.getName() + "> has modifier PUBLIC");
    }

    @Test
    void implementationRule_passesOnAPackagePrivateFinalAdapter() {
        assertThatRulePasses(WiringRules.implementationsArePackagePrivateAndFinal,
                classes(Favorites.class.getName(), SQL_FAVORITES));
    }

    @Test
    void publicModuleRule_failsOnAnAdapterWithoutAPublicGuiceModule() {
        assertThatRuleFails(WiringRules.everyAdapterOffersAPublicGuiceModule,
                classes("io.tonearm.adapters.http.violations.RequestPrinter", FavoritesModule.class.getName()))
                .hasMessageContaining("was violated (1 times)")
                .hasMessageContaining("adapter 'http' does not contain a public Guice module");
    }

    @Test
    void publicModuleRule_passesOnAnAdapterWithAPublicGuiceModule() {
        assertThatRulePasses(WiringRules.everyAdapterOffersAPublicGuiceModule,
                classes(FavoritesModule.class.getName(), SQL_FAVORITES));
    }

    @Test
    void guiceModuleRule_failsOnAnOpenModuleNotNamedModule() {
        assertThatRuleFails(WiringRules.guiceModulesAreFinalModulesOfAdaptersOrBootstrap, classes(SchemaWiring.class))
                .hasMessageContaining(SchemaWiring.class.getName() + "> does not have modifier FINAL")
                .hasMessageContaining(SchemaWiring.class.getName() + "> does not have simple name ending with "
                        + "'Module'");
    }

    @Test
    void guiceModuleRule_passesOnAFinalModule() {
        assertThatRulePasses(WiringRules.guiceModulesAreFinalModulesOfAdaptersOrBootstrap,
                classes(FavoritesModule.class));
    }

    @Test
    void noIoInConfigureRule_failsOnAModuleReadingAFile() {
        assertThatRuleFails(WiringRules.guiceModulesDoNoIoInConfigure, classes(SchemaWiring.class))
                .hasMessageContaining(SchemaWiring.class.getName() + ".configure()> calls method "
                        + "<java.nio.file.Files.readString(java.nio.file.Path)>");
    }

    @Test
    void noIoInConfigureRule_passesOnAModuleThatOnlyBinds() {
        assertThatRulePasses(WiringRules.guiceModulesDoNoIoInConfigure, classes(FavoritesModule.class));
    }
}
