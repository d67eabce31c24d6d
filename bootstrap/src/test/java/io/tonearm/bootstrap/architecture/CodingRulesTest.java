package io.tonearm.bootstrap.architecture;

import static io.tonearm.bootstrap.architecture.Planted.assertThatRuleFails;
import static io.tonearm.bootstrap.architecture.Planted.assertThatRulePasses;
import static io.tonearm.bootstrap.architecture.Planted.classes;

import io.tonearm.application.Library;
import io.tonearm.domain.Track;
import io.tonearm.domain.compliant.Rating;
import io.tonearm.domain.violations.ValueUsingGuava;
import org.junit.jupiter.api.Test;

class CodingRulesTest {
    private static final String WIRING = "io.tonearm.bootstrap.architecture.compliant.Wiring";

    @Test
    void staticStateRule_failsOnAStaticCounter() {
        assertThatRuleFails(CodingRules.noStaticMutableState,
                classes("io.tonearm.bootstrap.architecture.violations.StaticCounter"))
                .hasMessageContaining("StaticCounter.requests> does not have modifier FINAL");
    }

    @Test
    void staticStateRule_passesOnStaticConstants() {
        assertThatRulePasses(CodingRules.noStaticMutableState,
                classes(WIRING, "io.tonearm.application.compliant.QuietService"));
    }

    @Test
    void consoleRule_failsOnAnAdapterPrintingToSystemOut() {
        assertThatRuleFails(CodingRules.onlyBootstrapWritesToTheConsole,
                classes("io.tonearm.adapters.http.violations.RequestPrinter"))
                .hasMessageContaining("RequestPrinter.print(java.lang.String)> gets field <java.lang.System.out>");
    }

    @Test
    void consoleRule_letsBootstrapPrint() {
        assertThatRulePasses(CodingRules.onlyBootstrapWritesToTheConsole, classes(WIRING, Rating.class.getName()));
    }

    /* The planted domain value lives in io.tonearm.domain but is compiled in bootstrap's test sources. */
    @Test
    void moduleRule_failsOnADomainPackageCompiledInBootstrap() {
        assertThatRuleFails(CodingRules.packagesMatchModules, classes(ValueUsingGuava.class))
                .hasMessageContaining(ValueUsingGuava.class.getName()
                        + " is compiled in module bootstrap, whose root package is io.tonearm.bootstrap");
    }

    @Test
    void moduleRule_passesOnClassesOfTheDomainApplicationAndBootstrapModules() {
        assertThatRulePasses(CodingRules.packagesMatchModules, classes(Track.class.getName(),
                Library.class.getName(), WIRING));
    }
}
