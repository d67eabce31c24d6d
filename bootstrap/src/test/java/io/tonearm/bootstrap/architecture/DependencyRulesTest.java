package io.tonearm.bootstrap.architecture;

import static io.tonearm.bootstrap.architecture.Planted.assertThatRuleFails;
import static io.tonearm.bootstrap.architecture.Planted.assertThatRulePasses;
import static io.tonearm.bootstrap.architecture.Planted.classes;

import io.tonearm.adapters.persistence.violations.JdbcTracks;
import io.tonearm.bootstrap.architecture.violations.cycle.left.Left;
import io.tonearm.bootstrap.architecture.violations.cycle.right.Right;
import io.tonearm.domain.compliant.Rating;
import io.tonearm.domain.violations.ValueUsingGuava;
import org.junit.jupiter.api.Test;

class DependencyRulesTest {

    @Test
    void domainRule_failsOnADomainValueTypedWithAThirdPartyCollection() {
        assertThatRuleFails(DependencyRules.domainDependsOnlyOnJava, classes(ValueUsingGuava.class))
                .hasMessageContaining(ValueUsingGuava.class.getName())
                .hasMessageContaining("com.google.common.collect.ImmutableList");
    }

    @Test
    void domainRule_passesOnARecordUsingOnlyJava() {
        assertThatRulePasses(DependencyRules.domainDependsOnlyOnJava, classes(Rating.class));
    }

    @Test
    void applicationRule_failsOnAServiceUsingGuice() {
        assertThatRuleFails(DependencyRules.applicationDependsOnlyOnDomain,
                classes("io.tonearm.application.violations.ServiceUsingGuice"))
                .hasMessageContaining("ServiceUsingGuice")
                .hasMessageContaining("com.google.inject.Injector");
    }

    @Test
    void applicationRule_failsOnAServiceUsingAnAdapter() {
        assertThatRuleFails(DependencyRules.applicationDependsOnlyOnDomain,
                classes("io.tonearm.application.violations.ServiceUsingAdapter"))
                .hasMessageContaining(JdbcTracks.class.getName());
    }

    @Test
    void applicationRule_passesOnAServiceUsingDomainJakartaInjectAndSlf4j() {
        assertThatRulePasses(DependencyRules.applicationDependsOnlyOnDomain,
                classes("io.tonearm.application.compliant.QuietService"));
    }

    @Test
    void adapterRule_failsWhenTheCacheAdapterUsesThePersistenceAdapter() {
        assertThatRuleFails(DependencyRules.adaptersDoNotDependOnEachOther,
                classes("io.tonearm.adapters.cache.violations.CacheWarmer", JdbcTracks.class.getName()))
                .hasMessageContaining("adapter 'cache' depends on adapter 'persistence'")
                .hasMessageContaining("CacheWarmer");
    }

    @Test
    void adapterRule_passesWhenAdaptersOnlyUseThemselvesAndTheDomain() {
        assertThatRulePasses(DependencyRules.adaptersDoNotDependOnEachOther,
                classes("io.tonearm.adapters.persistence.compliant.SqlFavorites", JdbcTracks.class.getName(),
                        "io.tonearm.adapters.http.violations.RequestPrinter"));
    }

    @Test
    void onlyBootstrapRule_failsWhenTheApplicationUsesAnAdapter() {
        assertThatRuleFails(DependencyRules.onlyBootstrapDependsOnAdapters,
                classes("io.tonearm.application.violations.ServiceUsingAdapter", JdbcTracks.class.getName()))
                .hasMessageContaining("ServiceUsingAdapter")
                .hasMessageContaining(JdbcTracks.class.getName());
    }

    @Test
    void onlyBootstrapRule_passesWhenBootstrapUsesAnAdapter() {
        assertThatRulePasses(DependencyRules.onlyBootstrapDependsOnAdapters,
                classes("io.tonearm.bootstrap.architecture.compliant.Wiring", JdbcTracks.class.getName(),
                        Rating.class.getName()));
    }

    @Test
    void cycleRule_failsOnTwoPackagesThatNeedEachOther() {
        assertThatRuleFails(DependencyRules.noPackageCycles, classes(Left.class, Right.class))
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining(Left.class.getName())
                .hasMessageContaining(Right.class.getName());
    }

    @Test
    void cycleRule_passesOnADependencyOneWay() {
        assertThatRulePasses(DependencyRules.noPackageCycles,
                classes("io.tonearm.bootstrap.architecture.compliant.Wiring", JdbcTracks.class.getName()));
    }
}
