package io.tonearm.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static io.tonearm.bootstrap.architecture.Modules.BOOTSTRAP;
import static io.tonearm.bootstrap.architecture.Modules.ROOT;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** House rules that hold in every module. */
final class CodingRules {

    @ArchTest
    static final ArchRule noStaticMutableState = fields()
            .that().areStatic()
            .should().beFinal()
            .because("state shared through a static field outlives tests and is shared by every request without "
                    + "any of Guice's scoping; state belongs to an object that is injected");

    @ArchTest
    static final ArchRule onlyBootstrapWritesToTheConsole = noClasses()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should(ACCESS_STANDARD_STREAMS)
            .because("only the command line talks to the terminal; everything else reports through SLF4J, "
                    + "whose output the operator configures");

    @ArchTest
    static final ArchRule packagesMatchModules = classes()
            .that().resideInAPackage(ROOT)
            .should(beCompiledInTheModuleTheirPackageNames())
            .because("one root package per module (io.tonearm.adapters.http lives in adapters-http) lets a "
                    + "reader find a class's module from its package, and keeps split packages out");

    /** {@code .../<module>/target/[test-]classes/...} or {@code .../<module>-<version>[-tests].jar!/...} */
    private static final Pattern MODULE_LOCATION =
            Pattern.compile("/([a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*)(?:/target/(?:test-)?classes/|-\\d[^/]*\\.jar!/)");

    private CodingRules() {
    }

    private static ArchCondition<JavaClass> beCompiledInTheModuleTheirPackageNames() {
        return new ArchCondition<>("be compiled in the module their package names") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Optional<String> module = moduleOf(type);
                String expectedRoot = module.map(name -> "io.tonearm." + name.replace('-', '.')).orElse("?");
                String pkg = type.getPackageName();
                boolean satisfied = pkg.equals(expectedRoot) || pkg.startsWith(expectedRoot + ".");
                events.add(new SimpleConditionEvent(type, satisfied, type.getName() + " is compiled in module "
                        + module.orElse("? (" + type.getSource().map(Object::toString).orElse("no source") + ")")
                        + ", whose root package is " + expectedRoot));
            }
        };
    }

    private static Optional<String> moduleOf(JavaClass type) {
        return type.getSource().map(source -> MODULE_LOCATION.matcher(source.getUri().toString()))
                .filter(Matcher::find).map(matcher -> matcher.group(1));
    }
}
