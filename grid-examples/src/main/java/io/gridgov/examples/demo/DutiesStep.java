package io.gridgov.examples.demo;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import io.gridgov.core.format.TreeDocument;
import io.gridgov.duty.ActivityRecord;
import io.gridgov.duty.ComplianceReport;
import io.gridgov.duty.DutyCatalog;
import io.gridgov.duty.DutyPlanner;
import io.gridgov.duty.Obligation;
import io.gridgov.duty.Tally;
import io.gridgov.core.facts.FactFiles;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.examples.sample.SampleCity;
import java.io.IOException;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The demo's duties step: the S1 (civilised city) and S3 (community worker) duty templates bound to
 * the sample city are planned over the sample month for the people who hold the roles, the month's
 * activity records are checked against the plan, and the compliance is exported as grid-scoring
 * facts ({@code facts-2026-11.json}). Leaves the {@link ComplianceReport} for the scoring step.
 */
public final class DutiesStep extends BaseStep {

    /** Creates the step. */
    public DutiesStep() {
        super("duties");
    }

    @Override
    public StepOutcome run(DemoContext context) throws IOException {
        TreeDocument doc = context.sample();
        DutyCatalog catalog = SampleCity.catalog();
        DutyPlanner planner = DutyPlanner.builder(doc.tree(), catalog).staffing(doc.staffing()).build();
        long obligations = 0;
        Set<String> people = new HashSet<>();
        Set<String> grids = new HashSet<>();
        try (Stream<Obligation> plan = planner.plan(SampleCity.FROM, SampleCity.TO)) {
            for (Obligation o : (Iterable<Obligation>) plan::iterator) {
                obligations++;
                o.personId().ifPresent(people::add);
                grids.add(o.gridId());
            }
        }
        List<ActivityRecord> records = SampleCity.activities();
        ComplianceReport report = planner.checker().check(records, SampleCity.FROM, SampleCity.TO);
        context.put(ComplianceReport.class, report);
        String facts = FactFiles.toJson(report.facts(SampleCity.PERIOD));
        Tally all = report.overall();
        String rate = all.rate().multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + " %";
        List<LocalizedText> lines = List.of(
                MESSAGES.text("demo.duties", String.join(" + ", SampleCity.PRESETS), obligations, people.size(),
                        grids.size(), records.size(), report.unmatched().size()),
                MESSAGES.text("demo.compliance", all.fulfilled(), all.late(), all.partly(), all.missed(), rate));
        Path templates = context.copySample(SampleCity.TEMPLATES);
        Path activities = context.copySample(SampleCity.ACTIVITIES);
        Path factsFile = context.write("facts-2026-11.json", facts);
        List<Object> command = new java.util.ArrayList<>(List.of("duties", "check",
                "--tree", context.out().resolve(SampleCity.TREE)));   // staffing comes from the tree file
        SampleCity.directPresets().forEach(id -> command.addAll(List.of("--templates", "preset:" + id)));
        command.addAll(List.of("--templates", templates, "--from", SampleCity.FROM, "--to", SampleCity.TO,
                "--activities", activities, "--facts-out", factsFile));
        return new StepOutcome(lines, 0, 0, List.of(templates, activities, factsFile),
                List.of(DemoContext.command(command.toArray())));
    }
}
