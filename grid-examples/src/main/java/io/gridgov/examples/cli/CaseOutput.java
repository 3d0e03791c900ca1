package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridgov.cases.CaseCounts;
import io.gridgov.cases.CaseEscalation;
import io.gridgov.cases.CaseView;
import io.gridgov.core.io.JsonTree;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Case tables as text, CSV and JSON for the {@code cases} subcommands. */
final class CaseOutput {

    static final String CSV_HEADER = "list,case,status,category,source,grid,responsible,deadline,minutes_left,overdue,"
            + "escalations,supervised,reported,closed";

    private CaseOutput() {
    }

    static String time(Instant t, ZoneId zone) {
        return OffsetDateTime.ofInstant(t, zone).toLocalDateTime().toString().replace('T', ' ');
    }

    static String left(CaseView v) {
        if (v.minutesLeft().isEmpty()) {
            return "-";
        }
        long m = v.minutesLeft().getAsLong();
        String hm = Math.abs(m) / 60 + "h" + String.format(Locale.ROOT, "%02d", Math.abs(m) % 60);
        return m < 0 ? "overdue " + hm : hm + " left";
    }

    static void textRows(PrintWriter out, List<CaseView> views, ZoneId zone, int limit, Locale locale) {
        out.printf("  %-12s %-10s %-30s %-8s %-22s %-16s %s%n", "case", "status", "category", "grid", "responsible",
                "deadline", "working time");
        views.stream().limit(limit).forEach(v -> out.printf("  %-12s %-10s %-30s %-8s %-22s %-16s %s%s%n", v.id(),
                v.state().status().name().toLowerCase(Locale.ROOT), v.state().category(), v.state().grid().orElse("-"),
                v.responsible(), v.deadline().map(d -> time(d, zone)).orElse("-"), left(v),
                v.escalated() ? "  ↑" + v.escalations().get(v.escalations().size() - 1).to() : ""));
        if (views.size() > limit) {
            out.println("  " + MESSAGES.format(locale, "cases.more", views.size() - limit));
        }
    }

    static void csvRows(PrintWriter out, String list, List<CaseView> views, ZoneId zone) {
        for (CaseView v : views) {
            out.println(String.join(",", list, csv(v.id()), v.state().status().name().toLowerCase(Locale.ROOT),
                    csv(v.state().category()), csv(v.state().source()), csv(v.state().grid().orElse("")),
                    csv(v.responsible().toString()), v.deadline().map(d -> OffsetDateTime.ofInstant(d, zone).toString())
                            .orElse(""),
                    v.minutesLeft().isPresent() ? String.valueOf(v.minutesLeft().getAsLong()) : "",
                    String.valueOf(v.overdue()), String.valueOf(v.escalations().size()), String.valueOf(v.supervised()),
                    OffsetDateTime.ofInstant(v.state().reportedAt(), zone).toString(),
                    v.state().closedAt().map(d -> OffsetDateTime.ofInstant(d, zone).toString()).orElse("")));
        }
    }

    static ArrayNode json(List<CaseView> views, ZoneId zone, Locale locale) {
        ArrayNode a = JsonTree.MAPPER.createArrayNode();
        for (CaseView v : views) {
            ObjectNode o = a.addObject();
            o.put("case", v.id());
            o.put("status", v.state().status().name().toLowerCase(Locale.ROOT));
            o.put("category", v.state().category());
            o.put("source", v.state().source());
            v.state().grid().ifPresent(g -> o.put("grid", g));
            ObjectNode r = o.putObject("responsible");
            r.put("kind", v.responsible().kind().name().toLowerCase(Locale.ROOT));
            r.put("id", v.responsible().id());
            v.responsible().staff().forEach(r.putArray("staff")::add);
            v.deadline().ifPresent(d -> o.put("deadline", OffsetDateTime.ofInstant(d, zone).toString()));
            v.minutesLeft().ifPresent(m -> o.put("workingMinutesLeft", m));
            o.put("overdue", v.overdue());
            o.put("reported", OffsetDateTime.ofInstant(v.state().reportedAt(), zone).toString());
            v.state().closedAt().ifPresent(d -> o.put("closed", OffsetDateTime.ofInstant(d, zone).toString()));
            ArrayNode es = o.putArray("escalations");
            for (CaseEscalation e : v.escalations()) {
                ObjectNode x = es.addObject();
                x.put("at", OffsetDateTime.ofInstant(e.at(), zone).toString());
                x.put("from", e.from());
                x.put("to", e.to());
                x.put("automatic", e.automatic());
                x.put("reason", e.reason().in(locale));
            }
            o.put("supervisions", v.state().supervisions());
        }
        return a;
    }

    static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static void countsText(PrintWriter out, String title, Map<String, CaseCounts> m, int limit, Locale locale) {
        out.println(title);
        out.printf("  %-34s %8s %6s %9s %7s %12s %5s %7s %8s %9s %10s %8s%n", "", "reported", "due", "postponed",
                "on_time", "overdue_open", "late", "closed", "reworked", "escalated", "supervised", "on-time%");
        m.entrySet().stream().limit(limit).forEach(e -> countsRow(out, e.getKey(), e.getValue()));
        if (m.size() > limit) {
            out.println("  " + MESSAGES.format(locale, "cases.more", m.size() - limit));
        }
    }

    static void countsRow(PrintWriter out, String key, CaseCounts c) {
        out.printf("  %-34s %8d %6d %9d %7d %12d %5d %7d %8d %9d %10d %8s%n", key, c.reported(), c.due(),
                c.postponed(), c.onTime(), c.overdueOpen(), c.late(), c.closed(), c.reworked(), c.escalated(),
                c.supervised(), c.onTimeRate().map(r -> r.movePointRight(2).stripTrailingZeros().toPlainString() + "%")
                        .orElse("-"));
    }
}
