package io.tonearm.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.INTERFACES;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaModifier.FINAL;
import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static io.tonearm.bootstrap.architecture.ApiPredicates.PORT;
import static io.tonearm.bootstrap.architecture.ApiPredicates.USE_CASE;
import static io.tonearm.bootstrap.architecture.Modules.ADAPTERS;
import static io.tonearm.bootstrap.architecture.Modules.BOOTSTRAP;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.Slice;
import com.tngtech.archunit.lang.ArchRule;

/** How objects are built and wired: constructor injection with jakarta.inject, implementations hidden. */
final class WiringRules {
    private static final String GUICE_MODULE = "com.google.inject.Module";
    private static final String[] IO_PACKAGES =
            {"java.io..", "java.nio.file..", "java.nio.channels..", "java.net.http..", "java.sql..", "javax.sql.."};

    @ArchTest
    static final ArchRule noFieldInjection = noFields()
            .should().beAnnotatedWith("jakarta.inject.Inject")
            .orShould().beAnnotatedWith("com.google.inject.Inject")
            .orShould().beAnnotatedWith("javax.inject.Inject")
            .because("an injected field cannot be final, hides a dependency from the constructor and leaves "
                    + "a half-built object to any code that calls new; inject through the constructor");

    @ArchTest
    static final ArchRule injectionUsesJakartaInject = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("com.google.inject.Inject")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.inject.Inject")
            .because("jakarta.inject.Inject is the one standard annotation Guice 7 honours; it keeps the "
                    + "application free of Guice and there is only one annotation to look for");

    @ArchTest
    static final ArchRule injectedConstructorsArePackagePrivate = constructors()
            .that().areAnnotatedWith("jakarta.inject.Inject")
            .should().bePackagePrivate()
            .because("only the module's own Guice module builds its services and adapters; other code goes "
                    + "through the port, never through the constructor");

    @ArchTest
    static final ArchRule implementationsArePackagePrivateAndFinal = classes()
            .that().areNotInterfaces().and().areNotAnonymousClasses()
            .and().implement(INTERFACES.and(PORT.or(USE_CASE)).as("a port or a use case"))
            .should().notBePublic().andShould().haveModifier(FINAL)
            .because("callers depend on the port or use case, never on its implementation, so an implementation "
                    + "can be replaced; final because none is designed for extension");

    @ArchTest
    static final ArchRule everyAdapterOffersAPublicGuiceModule = slices()
            .matching("io.tonearm.adapters.(*)..").namingSlices("adapter '$1'")
            .should(containAPublicGuiceModule())
            .because("bootstrap installs an adapter through its public Guice module (PersistenceModule, "
                    + "HttpModule, ...) and needs nothing else of it; the wiring stays beside the code it wires");

    /* Not required public: an adapter may split its wiring into package-private modules it installs itself. */
    @ArchTest
    static final ArchRule guiceModulesAreFinalModulesOfAdaptersOrBootstrap = classes()
            .that().areAssignableTo(GUICE_MODULE)
            .and().areNotInterfaces().and().areNotAnonymousClasses()
            .should().haveModifier(FINAL).andShould().haveSimpleNameEndingWith("Module")
            .andShould().resideInAnyPackage(ADAPTERS, BOOTSTRAP)
            .because("a reader finds the wiring by its name; a module is not designed for extension (compose "
                    + "modules instead); the domain and the use cases know no container");

    /*
     * Only what configure() calls directly is seen, so this catches the obvious cases (reading a file,
     * opening a connection) rather than proving configure() pure; @Provides methods are where I/O belongs.
     */
    @ArchTest
    static final ArchRule guiceModulesDoNoIoInConfigure = methods()
            .that().haveName("configure")
            .and().areDeclaredInClassesThat().areAssignableTo(GUICE_MODULE)
            .should(notUseClassesIn(IO_PACKAGES))
            .because("configure() runs whenever an injector is built, in every test that wires the module too; "
                    + "I/O there fails before anything can report it, so it belongs in @Provides methods or in "
                    + "start-up code");

    private WiringRules() {
    }

    private static ArchCondition<Slice> containAPublicGuiceModule() {
        return new ArchCondition<>("contain a public Guice module") {
            @Override
            public void check(Slice slice, ConditionEvents events) {
                boolean found = slice.stream().anyMatch(type -> type.getModifiers().contains(PUBLIC)
                        && !type.isInterface() && type.isAssignableTo(GUICE_MODULE));
                events.add(new SimpleConditionEvent(slice, found, slice.getDescription()
                        + (found ? " contains" : " does not contain") + " a public Guice module"));
            }
        };
    }

    /** Neither calls, constructs nor reads a field of a class in these packages (directly). */
    private static ArchCondition<JavaCodeUnit> notUseClassesIn(String... packages) {
        DescribedPredicate<JavaClass> io = resideInAnyPackage(packages);
        return new ArchCondition<>("not use classes in " + String.join(", ", packages)) {
            @Override
            public void check(JavaCodeUnit codeUnit, ConditionEvents events) {
                codeUnit.getAccessesFromSelf().stream()
                        .filter(access -> io.test(access.getTargetOwner()))
                        .forEach(access -> events.add(SimpleConditionEvent.violated(access, access.getDescription())));
            }
        };
    }
}
