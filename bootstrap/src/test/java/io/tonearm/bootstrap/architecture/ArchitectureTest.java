package io.tonearm.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * Runs every architecture rule over the production classes of all modules (bootstrap depends on every
 * module, so its test class path holds them all). The *RulesTest classes show that each rule fails on a
 * planted violation.
 */
@AnalyzeClasses(packages = "io.tonearm",
        importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchTests dependencyRules = ArchTests.in(DependencyRules.class);

    @ArchTest
    static final ArchTests apiGuidelineRules = ArchTests.in(ApiGuidelineRules.class);

    @ArchTest
    static final ArchTests domainRules = ArchTests.in(DomainRules.class);

    @ArchTest
    static final ArchTests wiringRules = ArchTests.in(WiringRules.class);

    @ArchTest
    static final ArchTests codingRules = ArchTests.in(CodingRules.class);
}
