/**
 * GridGov scoring: the 1,000-point assessment engine (千分制考核) — schemes, rules, vetoes, grades,
 * rankings, red and black lists, roll-ups and presets.
 */
module io.gridgov.scoring {
    requires transitive io.gridgov.core;
    requires transitive com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports io.gridgov.scoring;
    exports io.gridgov.scoring.spi;

    opens io.gridgov.scoring.i18n;

    uses io.gridgov.scoring.spi.RuleKind;
}
