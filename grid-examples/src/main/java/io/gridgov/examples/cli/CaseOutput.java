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

    /** {@return the working time left or overdue, such as {@code 2h05 left} or {@code overdue 144h30}; {@code -} when there is no deadline} */
    static String left(CaseView v, Locale locale) {
        if (v.minutesLeft().isEmpty()) {
            return "-";
        }
        long m = v.minutesLeft().getAsLong();
        String hm = MESSAGES.format(locale, "cases.hoursMinutes", String.valueOf(Math.abs(m) / 60),
                String.format(Locale.ROOT, "%02d", Math.abs(m) % 60));
        return MESSAGES.format(locale, m < 0 ? "cases.overdueBy" : "cases.timeLeft", hm);
    }

    /** {@return a case's status in a language, such as {@code dispatched} or 已派遣} */
    static String status(CaseView v, Locale locale) {
        return MESSAGES.format(locale, "cases.statusName." + v.state().status().name());
    }

    /** {@return the responsible unit in a language, such as {@code node:c04} or 节点 c04} */
    static String responsible(CaseView v, Locale locale) {
        var r = v.responsible();
        return r.kind() == io.gridgov.cases.ResponsibleUnit.Kind.NONE ? "-"
                : MESSAGES.format(locale, "cases.responsibleKind." + r.kind().name(), r.id());
    }

    /**
     * {@return {@code text} padded with spaces to {@code width} terminal columns} A Chinese character takes two
     * columns, so a column of Chinese and Latin text stays aligned.
     */
    static String pad(String text, int width) {
        int columns = text.codePoints().map(c -> Character.isIdeographic(c)
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60) ? 2 : 1).sum();
        return columns >= width ? text : text + " ".repeat(width - columns);
    }

    /** {@return {@code text} right-aligned in {@code width} terminal columns} */
    static String padLeft(String text, int width) {
        String padded = pad(text, width);
        int spaces = padded.length() - text.length();
        return " ".repeat(spaces) + text;
    }

    private static final int[] CASE_WIDTHS = {12, 10, 30, 8, 22, 16};

    static void textRows(PrintWriter out, List<CaseView> views, ZoneId zone, int limit, Locale locale) {
        out.println(row(MESSAGES.format(locale, "cases.columns").split("\\|"), CASE_WIDTHS));
        views.stream().limit(limit).forEach(v -> out.println(row(new String[] {v.id(), status(v, locale),
            v.state().category(), v.state().grid().orElse("-"), responsible(v, locale),
            v.deadline().map(d -> time(d, zone)).orElse("-"), left(v, locale)
                    + (v.escalated() ? "  ↑" + v.escalations().get(v.escalations().size() - 1).to() : "")},
                CASE_WIDTHS)));
        if (views.size() > limit) {
            out.println("  " + MESSAGES.format(locale, "cases.more", views.size() - limit));
        }
    }

    /** {@return "  " and the cells, each but the last padded to its width and followed by a space} */
    private static String row(String[] cells, int[] widths) {
        StringBuilder b = new StringBuilder("  ");
        for (int i = 0; i < cells.length; i++) {
            b.append(i < widths.length ? pad(cells[i], widths[i]) + " " : cells[i]);
        }
        return b.toString().stripTrailing();
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

    private static final int[] COUNT_WIDTHS = {8, 6, 9, 7, 12, 5, 7, 8, 9, 10, 8};

    static void countsText(PrintWriter out, String title, Map<String, CaseCounts> m, int limit, Locale locale) {
        out.println(title);
        String[] columns = MESSAGES.format(locale, "cases.countColumns").split("\\|");
        StringBuilder header = new StringBuilder("  ").append(pad("", 34));
        for (int i = 0; i < columns.length; i++) {
            header.append(' ').append(padLeft(columns[i], COUNT_WIDTHS[i]));
        }
        out.println(header);
        m.entrySet().stream().limit(limit).forEach(e -> countsRow(out, e.getKey(), e.getValue()));
        if (m.size() > limit) {
            out.println("  " + MESSAGES.format(locale, "cases.more", m.size() - limit));
        }
    }

    static void countsRow(PrintWriter out, String key, CaseCounts c) {
        out.printf("  %s %8d %6d %9d %7d %12d %5d %7d %8d %9d %10d %8s%n", pad(key, 34), c.reported(), c.due(),
                c.postponed(), c.onTime(), c.overdueOpen(), c.late(), c.closed(), c.reworked(), c.escalated(),
                c.supervised(), c.onTimeRate().map(r -> r.movePointRight(2).stripTrailingZeros().toPlainString() + "%")
                        .orElse("-"));
    }
}
