/**
 * GridGov core: the N-level grid tree, staffing, codes, structural rules, edits and versions, the
 * work calendar and the JSON tree format. Depends on nothing spatial.
 */
module io.gridgov.core {
    requires transitive com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports io.gridgov.core;
    exports io.gridgov.core.calendar;
    exports io.gridgov.core.format;
    exports io.gridgov.core.i18n;
    exports io.gridgov.core.io;
    exports io.gridgov.core.rule;
    exports io.gridgov.core.staff;
    exports io.gridgov.core.tree;
    exports io.gridgov.core.code;
    exports io.gridgov.core.edit;
    exports io.gridgov.core.facts;

    opens io.gridgov.core.i18n;
}
