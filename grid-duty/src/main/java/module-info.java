/**
 * GridGov duties: duty templates and presets, plans of obligations over a work calendar,
 * compliance from activity records, and the facts that compliance yields for scoring.
 */
module io.gridgov.duty {
    requires transitive io.gridgov.core;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.slf4j;

    exports io.gridgov.duty;
}
