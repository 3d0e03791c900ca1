package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import io.gridgov.core.io.AtomicFiles;
import io.gridgov.core.Severity;
import io.gridgov.duty.ActivityRecord;
import io.gridgov.duty.ActivityRecords;
import io.gridgov.duty.ComplianceReport;
import io.gridgov.duty.Outcome;
import io.gridgov.duty.Status;
import io.gridgov.duty.Tally;
import io.gridgov.duty.UnmatchedRecord;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gridgov duties check}: compliance of activity records with the plan of a period. Prints rates
 * per level, category and duty, the ERROR-severity misses and the unmatched records; writes the
 * grid-scoring facts with {@code --facts-out}. Exit 0, 1 when an ERROR-severity obligation was missed
 * or only partly done (or a template has an ERROR against the tree); unreadable input ends in
 * {@link ExitHandler} (exit 2).
 */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class DutiesCheckCommand implements Callable<Integer> {

    @Mixin
    DutyInputs inputs;

    @Option(names = "--activities", required = true, arity = "1..*", paramLabel = "A")
    List<Path> activities;

    @Option(names = "--facts-out", paramLabel = "FILE")
    Path factsOut;

    @Option(names = "--period", paramLabel = "LABEL")
    String period;

    @Option(names = "--misses-out", paramLabel = "FILE")
    Path missesOut;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20")
    int limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DutyInputs.Loaded loaded = inputs.load();
        List<ActivityRecord> records = new ArrayList<>();
        for (Path a : activities) {
            records.addAll(ActivityRecords.read(a));
        }
        inputs.printProblems(loaded.problems(), err);
        ComplianceReport report = loaded.planner().checker().check(records, inputs.period.from, inputs.period.to);
        String label = period != null ? period : report.periodLabel();
        Tally all = report.overall();
        Locale locale = inputs.locale();
        out.println(MESSAGES.format(locale, "duties.checked", report.records(), all.obligations(), inputs.period.from,
                inputs.period.to.minusDays(1), label));
        out.println(MESSAGES.format(locale, "duties.compliance", pct(all.rate()), pct(all.onTimeRate()), all.fulfilled(),
                all.late(), all.partly(), all.missed(), all.done() + all.doneLate(), all.required()));
        section(out, locale, "duties.byLevel", report.byLevel());
        section(out, locale, "duties.byCategory", report.byCategory());
        section(out, locale, "duties.byDuty", report.byDuty());
        List<Outcome> errors = report.shortfalls().stream().filter(o -> o.obligation().severity() == Severity.ERROR
                && (o.status() == Status.MISSED || o.status() == Status.PARTLY)).toList();
        out.println(MESSAGES.format(locale, "duties.errors", errors.size(), first(locale, errors.size())));
        errors.stream().limit(limit).forEach(o -> out.println("  " + MESSAGES.format(locale, "duties.miss",
                MESSAGES.format(locale, "duties.status." + o.status().name()),
                o.obligation().gridId(), o.obligation().personId().orElse(o.obligation().role()),
                o.obligation().dutyKey(), o.obligation().from(), o.obligation().due(), o.done() + o.late(),
                o.obligation().count())));
        out.println(MESSAGES.format(locale, "duties.unmatched", report.unmatched().size(),
                first(locale, report.unmatched().size())));
        report.unmatched().stream().limit(limit).forEach(u -> out.println("  " + MESSAGES.format(locale,
                "duties.unmatchedRow", String.valueOf(u.record().line()), u.record().who(), u.record().grid(),
                u.record().action(), u.record().start(), u.reason(), u.message().in(locale))));
        if (factsOut != null) {
            report.writeFacts(factsOut, label);
            out.println(MESSAGES.format(locale, "duties.factsWritten", report.facts().subjects().size(), factsOut));
        }
        if (missesOut != null) {
            writeMisses(report);
            out.println(MESSAGES.format(locale, "duties.missesWritten", missesOut));
        }
        out.flush();
        return !report.isValid() || !loaded.isValid() ? GridGovCli.FINDINGS : GridGovCli.OK;
    }

    private String first(Locale locale, int size) {
        return size > limit ? MESSAGES.format(locale, "duties.first", limit) : "";
    }

    private static void section(PrintWriter out, Locale locale, String title, Map<String, Tally> tallies) {
        out.println(MESSAGES.format(locale, title));
        tallies.forEach((k, t) -> out.println(String.format("  %-40s %8s  ", k, pct(t.rate()))
                + MESSAGES.format(locale, "duties.row", t.obligations(), t.missed(), t.partly(), t.late())));
    }

    private static String pct(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private void writeMisses(ComplianceReport report) {
        AtomicFiles.writeText(missesOut, w -> {
            w.write("kind,status,grid,person,role,duty,from,until,count,done,late,severity,line,reason,message\n");
            for (Outcome o : report.shortfalls()) {
                var ob = o.obligation();
                w.write(String.join(",", "obligation", o.status().name(), ob.gridId(), ob.personId().orElse(""),
                        ob.role(), DutiesPlanCommand.csv(ob.dutyKey()), ob.from().toString(), ob.until().toString(),
                        String.valueOf(ob.count()), String.valueOf(o.done()), String.valueOf(o.late()),
                        ob.severity().name(), "", "", "") + "\n");
            }
            for (UnmatchedRecord u : report.unmatched()) {
                ActivityRecord r = u.record();
                w.write(String.join(",", "record", "", DutiesPlanCommand.csv(r.grid()), DutiesPlanCommand.csv(r.who()),
                        DutiesPlanCommand.csv(r.role()), DutiesPlanCommand.csv(r.action()), r.start().toString(),
                        r.end().toString(), "", "", "", "", String.valueOf(r.line()), u.reason(),
                        DutiesPlanCommand.csv(u.message().in(inputs.locale()))) + "\n");
            }
        });
    }
}
