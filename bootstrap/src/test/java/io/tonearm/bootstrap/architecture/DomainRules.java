package io.tonearm.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT;
import static com.tngtech.archunit.core.domain.JavaModifier.FINAL;
import static com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static io.tonearm.bootstrap.architecture.Modules.DOMAIN;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Domain types are immutable: records (or final classes) with final fields and no setters; a change makes a
 * new value ({@code Track.withFavorite}). Ports are interfaces and are not concerned.
 */
final class DomainRules {

    @ArchTest
    static final ArchRule domainFieldsAreFinal = fields()
            .that().areDeclaredInClassesThat().resideInAPackage(DOMAIN)
            .should().beFinal()
            .because("domain values are cached and shared between threads and requests; a value that can "
                    + "change after construction would silently change every cached copy");

    @ArchTest
    static final ArchRule domainTypesHaveNoSetters = noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage(DOMAIN)
            .and().areDeclaredInClassesThat().areNotInterfaces()
            .should().haveNameMatching("set[A-Z].*")
            .because("a domain value is changed by making a new one (Track.withFavorite), so that it is "
                    + "validated once, in its constructor");

    /* Records are final already; this catches a plain class that a subclass could extend with mutable state. */
    @ArchTest
    static final ArchRule domainClassesAreFinal = classes()
            .that().resideInAPackage(DOMAIN)
            .and().areNotInterfaces().and().areNotEnums().and().areNotAnonymousClasses()
            .and().doNotHaveModifier(SYNTHETIC)
            .should().haveModifier(FINAL).orShould().haveModifier(ABSTRACT)
            .because("a subclass could add mutable state or override an accessor, and the domain's "
                    + "immutability would no longer hold for every instance of its types");

    private DomainRules() {
    }
}
