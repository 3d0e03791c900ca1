package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridgov.cases.CaseReplay;
import io.gridgov.cases.CaseReport;
import io.gridgov.cases.CaseSetup;
import io.gridgov.cases.CaseView;
import io.gridgov.core.io.JsonTree;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gridgov cases status}: every open case as of an instant — status, responsible unit, deadline,
 * working time left or overdue, escalations. Exit 0, 1 when an event is an ERROR finding; unreadable
 * input ends in {@link ExitHandler} (exit 2).
 */
@Command(name = "status", mixinStandardHelpOptions = true)
public final class CasesStatusCommand implements Callable<Integer> {

    @Mixin
    CaseInputs inputs;

    @Option(names = "--as-of", paramLabel = "INSTANT")
    String asOf;

    @Option(names = "--case", paramLabel = "ID")
    String caseId;

    @Option(names = "--node", paramLabel = "ID")
    String node;

    @Override
    public Integer call() {
        PrintWriter out = inputs.out();
        CaseSetup setup = inputs.setup();
        ZoneId zone = setup.calendar().zone();
        CaseReplay.Builder b = CaseReplay.builder(setup);
        if (asOf != null) {
            b.asOf(inputs.instant(asOf, zone, "--as-of"));
        }
        if (caseId != null) {
            b.history(java.time.Instant.MIN);
        }
        CaseReport report = inputs.run(setup, b.build());
        List<CaseView> views = report.open();
        if (caseId != null) {
            views = report.view(caseId).map(List::of).orElse(List.of());
        } else if (node != null) {
            views = report.lists(node).problems();
        }
        switch (inputs.format) {
            case json -> {
                ObjectNode o = JsonTree.MAPPER.createObjectNode();
                o.put("asOf", java.time.OffsetDateTime.ofInstant(report.asOf(), zone).toString());
                o.set("cases", CaseOutput.json(views, zone, inputs.locale()));
                out.println(o.toPrettyString());
            }
            case csv -> {
                out.println(CaseOutput.CSV_HEADER);
                CaseOutput.csvRows(out, "status", views, zone);
            }
            default -> {
                out.println(MESSAGES.format(inputs.locale(), "cases.status", CaseOutput.time(report.asOf(), zone),
                        report.events(), report.cases(), report.open().size(), report.findingCount()));
                CaseOutput.textRows(out, views, zone, inputs.limit, inputs.locale());
            }
        }
        return inputs.done(report);
    }
}
