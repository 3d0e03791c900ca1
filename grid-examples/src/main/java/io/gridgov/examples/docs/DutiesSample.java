package io.gridgov.examples.docs;

import io.gridgov.core.facts.FactFiles;
import io.gridgov.core.facts.FactSet;
import io.gridgov.duty.ActivityRecord;
import io.gridgov.duty.ComplianceReport;
import io.gridgov.duty.DutyCatalog;
import io.gridgov.duty.DutyPlanner;
import io.gridgov.duty.DutyTemplates;
import io.gridgov.duty.Evidence;
import io.gridgov.duty.Obligation;
import io.gridgov.core.calendar.WorkCalendar;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The Java sample of {@code docs/formats/duties.md}: S9 visit quotas from plan to facts. */
public final class DutiesSample {

    private DutiesSample() {
    }

    /**
     * Runs the sample.
     *
     * @return the facts JSON it writes
     */
    public static String run() {
        // tag::duties[]
        GridTree tree = GridTree.of(LevelScheme.of("party", Level.builder("general-branch").build(),
                Level.builder("branch").build(), Level.builder("homestead").build()), List.of(
                GridNode.builder("v1").build(),
                GridNode.builder("b1").parent("v1").build(),
                GridNode.builder("g1").parent("b1").households(26)
                        .attribute("households.key", "4").attribute("households.ordinary", "22").build()));
        DutyCatalog catalog = DutyCatalog.of(List.of(DutyTemplates.preset("s9-party-visits")));
        DutyPlanner planner = DutyPlanner.builder(tree, catalog)
                .calendar(WorkCalendar.builder().holiday(LocalDate.of(2026, 10, 1)).build()).build();

        LocalDate from = LocalDate.of(2026, 11, 1);
        LocalDate to = LocalDate.of(2026, 12, 1);
        try (Stream<Obligation> plan = planner.plan(from, to)) {   // lazy: grid by grid
            plan.forEach(o -> System.out.println(o.gridId() + " " + o.dutyCode() + " × " + o.count()));
        }

        List<ActivityRecord> done = List.of(ActivityRecord.of("w1", "worker", "g1", "visit", "key/h-03",
                LocalDate.of(2026, 11, 4).atTime(15, 0), LocalDate.of(2026, 11, 4).atTime(15, 40),
                Set.of(Evidence.RECORD)));
        ComplianceReport report = planner.checker().check(done, from, to);
        System.out.println(report.overall().rate());                      // 0.0333: 1 of 30 units (26 contacts + 4 key visits)
        FactSet facts = report.facts();                                    // grid-core's facts value, period 2026-11
        System.out.println(facts.subject("g1").orElseThrow().value("duty.visit.key.missed").orElseThrow());   // 3
        // FactFiles.write(facts, Path.of("facts.json"));                  // or .csv: what grid-scoring reads
        // end::duties[]
        return FactFiles.toJson(facts);
    }

    /**
     * Runs the sample from the command line.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println(run());
    }
}
