package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridgov.cases.CaseCounts;
import io.gridgov.cases.CaseReplay;
import io.gridgov.cases.CaseReport;
import io.gridgov.cases.CaseSetup;
import io.gridgov.cases.CaseStatistics;
import io.gridgov.core.facts.FactFiles;
import io.gridgov.core.io.JsonTree;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gridgov cases stats}: statistics of {@code [--from, --to)} per node (rolled up), grid,
 * department and category; {@code --facts-out} writes them as facts for {@code gridgov assess}. Exit 0,
 * 1 when an event is an ERROR finding.
 */
@Command(name = "stats", mixinStandardHelpOptions = true)
public final class CasesStatsCommand implements Callable<Integer> {

    @Mixin
    CaseInputs inputs;

    @Mixin
    PeriodOptions days;

    @Option(names = "--as-of", paramLabel = "INSTANT")
    String asOf;

    @Option(names = "--node", paramLabel = "ID")
    String node;

    @Option(names = "--facts-out", paramLabel = "F")
    java.nio.file.Path factsOut;

    @Option(names = "--period", paramLabel = "LABEL")
    String period;

    @Override
    public Integer call() {
        PrintWriter out = inputs.out();
        days.check(inputs.command, inputs.locale());
        LocalDate from = days.from;
        LocalDate to = days.to;
        CaseSetup setup = inputs.setup();
        ZoneId zone = setup.calendar().zone();
        Instant f = from.atStartOfDay(zone).toInstant();
        Instant t = to.atStartOfDay(zone).toInstant();
        CaseReplay.Builder b = CaseReplay.builder(setup).period(f, t);
        if (asOf != null) {
            Instant a = inputs.instant(asOf, zone, "--as-of");
            if (a.isBefore(t)) {
                throw inputs.usage(MESSAGES.format(inputs.locale(), "usage.asOfEnd", "--as-of"));
            }
            b.asOf(a);
        }
        CaseReport report = inputs.run(setup, b.build());
        CaseStatistics stats = report.statistics().orElseThrow();
        Map<String, CaseCounts> nodes = filter(setup, stats.byNode().isEmpty() ? stats.byGrid() : stats.byNode());
        switch (inputs.format) {
            case json -> {
                ObjectNode o = JsonTree.MAPPER.createObjectNode();
                o.put("from", from.toString());
                o.put("to", to.toString());
                o.set("total", JsonTree.MAPPER.valueToTree(stats.total().facts()));
                ObjectNode n = o.putObject("nodes");
                nodes.forEach((k, c) -> n.set(k, JsonTree.MAPPER.valueToTree(c.facts())));
                ObjectNode d = o.putObject("departments");
                stats.byDepartment().forEach((k, c) -> d.set(k, JsonTree.MAPPER.valueToTree(c.facts())));
                ObjectNode c2 = o.putObject("categories");
                stats.byCategory().forEach((k, c) -> c2.set(k, JsonTree.MAPPER.valueToTree(c.facts())));
                out.println(o.toPrettyString());
            }
            case csv -> {
                out.println("dimension,subject,reported,due,postponed,on_time,overdue_open,late,closed,reworked,escalated,supervised");
                csv(out, "total", Map.of("all", stats.total()));
                csv(out, "node", nodes);
                csv(out, "department", stats.byDepartment());
                csv(out, "category", stats.byCategory());
            }
            default -> {
                java.util.Locale l = inputs.locale();
                out.println(MESSAGES.format(l, "cases.stats", from, to.minusDays(1), CaseOutput.time(report.asOf(), zone),
                        report.events(), report.cases()));
                out.println(MESSAGES.format(l, "cases.stats.total"));
                CaseOutput.countsRow(out, MESSAGES.format(l, "cases.stats.all"), stats.total());
                CaseOutput.countsText(out, MESSAGES.format(l, "cases.stats.byNode"), nodes, inputs.limit, l);
                CaseOutput.countsText(out, MESSAGES.format(l, "cases.stats.byDepartment"), stats.byDepartment(),
                        inputs.limit, l);
                CaseOutput.countsText(out, MESSAGES.format(l, "cases.stats.byCategory"), stats.byCategory(),
                        inputs.limit, l);
            }
        }
        if (factsOut != null) {
            String label = period != null ? period : from.toString().substring(0, 7);
            writeFacts(stats, label);
            out.println(MESSAGES.format(inputs.locale(), "duties.factsWritten", stats.facts().size(), factsOut));
        }
        return inputs.done(report);
    }

    private Map<String, CaseCounts> filter(CaseSetup setup, Map<String, CaseCounts> m) {
        if (node == null) {
            return m;
        }
        Map<String, CaseCounts> out = new TreeMap<>();
        m.forEach((k, c) -> {
            if (k.equals(node) || setup.tree().map(tr -> tr.contains(k) && tr.contains(node) && tr.isAncestor(node, k))
                    .orElse(false)) {
                out.put(k, c);
            }
        });
        return out;
    }

    private static void csv(PrintWriter out, String dim, Map<String, CaseCounts> m) {
        m.forEach((k, c) -> out.println(String.join(",", dim, CaseOutput.csv(k), String.valueOf(c.reported()),
                String.valueOf(c.due()), String.valueOf(c.postponed()), String.valueOf(c.onTime()),
                String.valueOf(c.overdueOpen()), String.valueOf(c.late()), String.valueOf(c.closed()),
                String.valueOf(c.reworked()), String.valueOf(c.escalated()), String.valueOf(c.supervised()))));
    }

    private void writeFacts(CaseStatistics stats, String label) {
        FactFiles.write(stats.factSet(label), factsOut);
    }
}
