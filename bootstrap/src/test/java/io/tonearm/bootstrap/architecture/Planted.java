package io.tonearm.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import org.assertj.core.api.AbstractThrowableAssert;

/** Imports planted sample classes (test sources) and checks a rule against them. */
final class Planted {
    private Planted() {
    }

    /** @return exactly these classes, imported */
    static JavaClasses classes(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    /** @return the classes of these names (for package-private samples a test cannot name as a literal) */
    static JavaClasses classes(String... names) {
        return classes(Arrays.stream(names).map(Planted::load).toArray(Class<?>[]::new));
    }

    /**
     * Asserts that the rule reports a violation (not merely "failed to check any classes", which is also an
     * AssertionError) and returns the failure for assertions on its message.
     */
    static AbstractThrowableAssert<?, ? extends Throwable> assertThatRuleFails(ArchRule rule, JavaClasses classes) {
        return assertThatThrownBy(() -> rule.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("was violated");
    }

    /** Asserts that the rule checks these classes and finds nothing wrong. */
    static void assertThatRulePasses(ArchRule rule, JavaClasses classes) {
        assertThatCode(() -> rule.check(classes)).doesNotThrowAnyException();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Planted.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no planted class " + name, e);
        }
    }
}
