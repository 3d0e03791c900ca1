package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridgov.cases.CaseLists;
import io.gridgov.cases.CaseReplay;
import io.gridgov.cases.CaseReport;
import io.gridgov.cases.CaseSetup;
import io.gridgov.core.io.JsonTree;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gridgov cases lists}: S2's three lists of a node's subtree as of an instant — 问题清单 (open),
 * 交办清单 (dispatched, with unit and deadline), 督办清单 (overdue, escalated or supervised) — sorted by
 * deadline, and the 销号 history since {@code --from}. Exit 0, 1 when an event is an ERROR finding.
 */
@Command(name = "lists", mixinStandardHelpOptions = true)
public final class CasesListsCommand implements Callable<Integer> {

    @Mixin
    CaseInputs inputs;

    @Option(names = "--as-of", required = true, paramLabel = "INSTANT")
    String asOf;

    @Option(names = "--node", required = true, paramLabel = "ID")
    String node;

    @Option(names = "--from", paramLabel = "D")
    String from;

    @Override
    public Integer call() {
        PrintWriter out = inputs.out();
        CaseSetup setup = inputs.setup();
        ZoneId zone = setup.calendar().zone();
        Instant at = inputs.instant(asOf, zone, "--as-of");
        Instant since = from == null ? at.minus(Duration.ofDays(30)) : inputs.instant(from, zone, "--from");
        if (setup.tree().isPresent() && !setup.tree().get().contains(node)) {
            throw inputs.usage(MESSAGES.format(inputs.locale(), "usage.node", "--node", node));
        }
        CaseReport report = inputs.run(setup, CaseReplay.builder(setup).asOf(at).history(since).build());
        CaseLists lists = report.lists(node);
        switch (inputs.format) {
            case json -> {
                ObjectNode o = JsonTree.MAPPER.createObjectNode();
                o.put("node", node);
                o.put("asOf", java.time.OffsetDateTime.ofInstant(at, zone).toString());
                o.set("problems", CaseOutput.json(lists.problems(), zone, inputs.locale()));
                o.set("assigned", CaseOutput.json(lists.assigned(), zone, inputs.locale()));
                o.set("supervision", CaseOutput.json(lists.supervision(), zone, inputs.locale()));
                o.set("struckOff", CaseOutput.json(lists.struckOff(), zone, inputs.locale()));
                out.println(o.toPrettyString());
            }
            case csv -> {
                out.println(CaseOutput.CSV_HEADER);
                CaseOutput.csvRows(out, "problems", lists.problems(), zone);
                CaseOutput.csvRows(out, "assigned", lists.assigned(), zone);
                CaseOutput.csvRows(out, "supervision", lists.supervision(), zone);
                CaseOutput.csvRows(out, "struck_off", lists.struckOff(), zone);
            }
            default -> {
                Locale l = inputs.locale();
                out.println(MESSAGES.format(l, "cases.lists.node", node, CaseOutput.time(at, zone)));
                out.println(MESSAGES.format(l, "cases.lists.problems", lists.problems().size()));
                CaseOutput.textRows(out, lists.problems(), zone, inputs.limit, l);
                out.println(MESSAGES.format(l, "cases.lists.assigned", lists.assigned().size()));
                CaseOutput.textRows(out, lists.assigned(), zone, inputs.limit, l);
                out.println(MESSAGES.format(l, "cases.lists.supervision", lists.supervision().size()));
                CaseOutput.textRows(out, lists.supervision(), zone, inputs.limit, l);
                out.println(MESSAGES.format(l, "cases.lists.struckOff", CaseOutput.time(since, zone),
                        lists.struckOff().size()));
                CaseOutput.textRows(out, lists.struckOff(), zone, inputs.limit, l);
            }
        }
        return inputs.done(report);
    }
}
