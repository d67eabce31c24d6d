package io.tonearm.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static io.tonearm.bootstrap.architecture.Modules.ADAPTERS;
import static io.tonearm.bootstrap.architecture.Modules.APPLICATION;
import static io.tonearm.bootstrap.architecture.Modules.BOOTSTRAP;
import static io.tonearm.bootstrap.architecture.Modules.DOMAIN;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rule of the hexagon: dependencies point inward, and only bootstrap sees every adapter. */
final class DependencyRules {

    /*
     * Stated as the packages the domain MAY use, not as layers it may not use: a layered or onion rule only
     * looks at our own packages and lets a Guava or Jackson import into the domain pass unnoticed.
     */
    @ArchTest
    static final ArchRule domainDependsOnlyOnJava = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("the domain is the model every module shares; a library type in it would tie every module "
                    + "to that library and its version");

    @ArchTest
    static final ArchRule applicationDependsOnlyOnDomain = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage(APPLICATION, DOMAIN, "java..", "jakarta.inject..", "org.slf4j..")
            .because("use cases talk to the outside world only through the domain's ports, so that an adapter "
                    + "or framework can be replaced without touching them");

    @ArchTest
    static final ArchRule adaptersDoNotDependOnEachOther = slices()
            .matching("io.tonearm.adapters.(*)..").namingSlices("adapter '$1'")
            .should().notDependOnEachOther()
            .because("each adapter connects one technology to the ports; the cache knows nothing of MyBatis and "
                    + "the HTTP API nothing of Redis, and only bootstrap combines them");

    /* With adaptersDoNotDependOnEachOther this leaves bootstrap as the only module that knows the adapters. */
    @ArchTest
    static final ArchRule onlyBootstrapDependsOnAdapters = noClasses()
            .that().resideOutsideOfPackages(ADAPTERS, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(ADAPTERS)
            .because("the domain and the use cases must not know which database, cache or web server runs them; "
                    + "bootstrap wires adapters to ports");

    @ArchTest
    static final ArchRule noPackageCycles = slices()
            .matching("io.tonearm.(**)").namingSlices("package 'io.tonearm.$1'")
            .should().beFreeOfCycles()
            .because("packages that need each other cannot be understood, tested or moved apart");

    private DependencyRules() {
    }
}
