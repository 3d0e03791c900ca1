package io.gridgov.spring;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The starter's packages form a one-way graph like the library's (grid-examples' {@code PackageGraphTest}
 * cannot see the starter: grid-examples would depend on the starter whose tests use grid-examples' sample
 * city, a reactor cycle). The core package {@code io.gridgov.spring} knows none of the capability packages,
 * so an application without grid-geo, grid-duty, grid-cases or grid-scoring never loads their classes.
 */
@AnalyzeClasses(packages = "io.gridgov.spring", importOptions = ImportOption.DoNotIncludeTests.class)
class StarterPackagesTest {

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("io.gridgov.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theCoreKnowsNoCapability = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
            .that().resideInAPackage("io.gridgov.spring")
            .should().dependOnClassesThat().resideInAnyPackage("io.gridgov.geo..", "io.gridgov.duty..",
                    "io.gridgov.cases..", "io.gridgov.scoring..", "io.gridgov.spring.geo..", "io.gridgov.spring.duty..",
                    "io.gridgov.spring.cases..", "io.gridgov.spring.scoring..", "io.gridgov.spring.actuate..",
                    "io.micrometer..", "com.github.benmanes..");
}
