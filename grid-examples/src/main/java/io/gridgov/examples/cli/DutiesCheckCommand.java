package io.gridgov.examples.cli;

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
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check activity records (JSON lines or CSV) against the obligations due in [--from, --to).")
public final class DutiesCheckCommand implements Callable<Integer> {

    @Mixin
    DutyInputs inputs;

    @Option(names = "--activities", required = true, arity = "1..*", paramLabel = "A",
            description = "Activity records: .csv (header row) or JSON lines.")
    List<Path> activities;

    @Option(names = "--facts-out", paramLabel = "FILE", description = "Write grid-scoring facts here (JSON, atomically).")
    Path factsOut;

    @Option(names = "--period", paramLabel = "LABEL", description = "Period label of the facts; default 2026-11 style from the dates.")
    String period;

    @Option(names = "--misses-out", paramLabel = "FILE",
            description = "Write every shortfall and unmatched record here (CSV, atomically).")
    Path missesOut;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many misses and unmatched records to print.")
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
        out.printf("Checked %d records against %d obligations due %s … %s (period %s)%n", report.records(),
                all.obligations(), inputs.period.from, inputs.period.to.minusDays(1), label);
        out.printf("Compliance %s (on time %s): %d fulfilled, %d late, %d partly, %d missed; %d of %d units done%n",
                pct(all.rate()), pct(all.onTimeRate()), all.fulfilled(), all.late(), all.partly(), all.missed(),
                all.done() + all.doneLate(), all.required());
        section(out, "By level", report.byLevel());
        section(out, "By category", report.byCategory());
        section(out, "By duty", report.byDuty());
        List<Outcome> errors = report.shortfalls().stream().filter(o -> o.obligation().severity() == Severity.ERROR
                && (o.status() == Status.MISSED || o.status() == Status.PARTLY)).toList();
        out.printf("ERROR-severity misses: %d%s%n", errors.size(), errors.size() > limit ? " (first " + limit + ")" : "");
        errors.stream().limit(limit).forEach(o -> out.printf("  %s %s %s %s window %s … %s: %d of %d done%n",
                o.status(), o.obligation().gridId(), o.obligation().personId().orElse(o.obligation().role()),
                o.obligation().dutyKey(), o.obligation().from(), o.obligation().due(), o.done() + o.late(),
                o.obligation().count()));
        out.printf("Unmatched records: %d%s%n", report.unmatched().size(),
                report.unmatched().size() > limit ? " (first " + limit + ")" : "");
        report.unmatched().stream().limit(limit).forEach(u -> out.printf("  line %d %s %s %s %s: %s %s%n",
                u.record().line(), u.record().who(), u.record().grid(), u.record().action(), u.record().start(),
                u.reason(), u.message().in(inputs.locale())));
        if (factsOut != null) {
            report.writeFacts(factsOut, label);
            out.printf("Facts for %d subjects written to %s%n", report.facts().subjects().size(), factsOut);
        }
        if (missesOut != null) {
            writeMisses(report);
            out.printf("Shortfalls and unmatched records written to %s%n", missesOut);
        }
        out.flush();
        return !report.isValid() || !loaded.isValid() ? GridGovCli.FINDINGS : GridGovCli.OK;
    }

    private static void section(PrintWriter out, String title, Map<String, Tally> tallies) {
        out.println(title + ":");
        tallies.forEach((k, t) -> out.printf("  %-40s %8s  (%d obligations, %d missed, %d partly, %d late)%n", k,
                pct(t.rate()), t.obligations(), t.missed(), t.partly(), t.late()));
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
