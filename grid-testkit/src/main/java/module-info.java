/**
 * GridGov testkit: jqwik arbitraries that generate realistic grid partitions, defect mutators that
 * inject one known boundary defect, and AssertJ assertions over validation reports.
 */
module io.gridgov.testkit {
    requires transitive io.gridgov.core;
    requires transitive io.gridgov.geo;
    requires transitive com.fasterxml.jackson.core;
    requires transitive net.jqwik.api;
    requires transitive org.assertj.core;

    exports io.gridgov.testkit;
}
