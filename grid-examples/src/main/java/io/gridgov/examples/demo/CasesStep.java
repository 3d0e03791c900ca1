package io.gridgov.examples.demo;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import io.gridgov.cases.CaseCategories;
import io.gridgov.cases.CaseCounts;
import io.gridgov.cases.CaseEvents;
import io.gridgov.cases.CaseLists;
import io.gridgov.cases.CaseReplay;
import io.gridgov.cases.CaseReport;
import io.gridgov.cases.CaseSetup;
import io.gridgov.cases.CaseStatistics;
import io.gridgov.core.facts.FactFiles;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.format.TreeDocument;
import io.gridgov.examples.sample.SampleCity;
import java.io.IOException;
import java.nio.file.Path;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The demo's cases step: the sample month's cases ({@code cases-2026-11.jsonl}, generated with the
 * sample city) replayed on the preset categories and the default work calendar; the three lists of the
 * first street as of the month's end; the month's statistics, written as facts
 * ({@code cases-facts-2026-11.json}) for {@code gridgov assess --scheme case-handling-monthly}. Leaves the
 * {@link CaseReport} for the scoring step (the grids' case facts join their scorecards) and the report (open
 * and overdue cases on the map).
 */
public final class CasesStep implements DemoStep {

    /** The street whose lists are shown. */
    static final String STREET = "s1";
    /** The month's case facts, written for {@code gridgov assess --facts}. */
    static final String FACTS = "cases-facts-2026-11.json";

    @Override
    public String id() {
        return "cases";
    }

    @Override
    public LocalizedText title() {
        return MESSAGES.text("demo.step.cases");
    }

    @Override
    public StepOutcome run(DemoContext context) throws IOException {
        TreeDocument doc = context.sample();
        CaseSetup setup = CaseSetup.builder().categories(CaseCategories.presets()).tree(doc.tree())
                .staffing(doc.staffing()).build();
        ZoneId zone = setup.calendar().zone();
        Instant from = SampleCity.FROM.atStartOfDay(zone).toInstant();
        Instant to = SampleCity.TO.atStartOfDay(zone).toInstant();
        CaseReplay replay = CaseReplay.builder(setup).period(from, to).history(from).build();
        try (InputStream in = SampleCity.class.getResourceAsStream(SampleCity.DIRECTORY + SampleCity.CASES)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing " + SampleCity.CASES));
            }
            CaseEvents.read(in, SampleCity.CASES, setup.categories(), zone, replay::accept);
        }
        CaseReport report = replay.finish();
        context.put(CaseReport.class, report);
        CaseLists lists = report.lists(STREET);
        CaseStatistics stats = report.statistics().orElseThrow();
        CaseCounts all = stats.total();
        String rate = all.onTimeRate().map(r -> r.movePointRight(2).stripTrailingZeros().toPlainString() + " %")
                .orElse("-");
        List<LocalizedText> lines = List.of(
                MESSAGES.text("demo.cases", report.events(), report.cases(), report.open().size(), all.due(), all.onTime(),
                        all.overdueOpen(), all.postponed(), rate),
                MESSAGES.text("demo.caseLists", STREET, lists.problems().size(), lists.assigned().size(),
                        lists.supervision().size(), lists.struckOff().size()));
        Path events = context.copySample(SampleCity.CASES);
        Path tree = context.out().resolve(SampleCity.TREE);
        Path facts = context.write(FACTS, FactFiles.toJson(stats.factSet(SampleCity.PERIOD)));
        return new StepOutcome(lines, report.isValid() ? 0 : 1, 0, List.of(events, facts), List.of(
                DemoContext.command("cases", "stats", "--events", events, "--tree", tree, "--from", SampleCity.FROM,
                        "--to", SampleCity.TO, "--facts-out", facts),
                DemoContext.command("cases", "lists", "--events", events, "--tree", tree, "--node", STREET,
                        "--as-of", SampleCity.TO)));
    }
}
