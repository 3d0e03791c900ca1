package io.gridgov.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package graph stays one-way (issue 10): no two packages of GridGov's main code depend on each
 * other, directly or through others, and implementations stay out of sight — package-private beside the
 * public type they serve, not public in a package named {@code internal}. grid-examples' test class path
 * holds every module (core, duty, geo, scoring, testkit and the examples), so this one test checks them
 * all; test code is not checked.
 */
@AnalyzeClasses(packages = "io.gridgov", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageGraphTest {

    /** Every package is its own slice; a cycle names the packages and the dependencies that form it. */
    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("io.gridgov.(**)")
            .should().beFreeOfCycles();

    /** An implementation class is package-private beside the type it serves, not public in {@code internal}. */
    @ArchTest
    static final ArchRule noPublicClassInInternal = noClasses()
            .that().resideInAPackage("..internal..")
            .should().bePublic()
            .allowEmptyShould(true);
}
