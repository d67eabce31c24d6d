package io.tonearm.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out other modules' test jars ({@code *-tests.jar}, for example the persistence test support that
 * bootstrap's tests reuse). {@link ImportOption.DoNotIncludeTests} only recognises test-class directories, and
 * test support code is not production code the rules are about.
 */
public final class DoNotIncludeTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
        return !location.contains("-tests.jar");
    }
}
