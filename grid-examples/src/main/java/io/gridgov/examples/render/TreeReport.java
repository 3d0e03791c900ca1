package io.gridgov.examples.render;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridgov.core.Finding;
import io.gridgov.core.Severity;
import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.rule.StructuralReport;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a tree's summary and structural findings as text (in one language) or as JSON; shared by
 * the {@code tree} command and the demo. Stateless and thread-safe.
 */
public final class TreeReport {

    private static final int MAX_TEXT_FINDINGS = 50;

    private TreeReport() {
    }

    /** {@return a level's name in a language} */
    static String levelName(Level level, Locale locale) {
        return "zh".equals(locale.getLanguage()) ? level.nameZh() : level.nameEn();
    }

    /**
     * The text report.
     *
     * @param source the file name shown
     * @param doc the document
     * @param report the findings
     * @param locale the language
     * @return lines separated by {@code \n}, ending with one
     */
    public static String text(String source, TreeDocument doc, StructuralReport report, Locale locale) {
        GridTree tree = doc.tree();
        LevelScheme scheme = doc.scheme();
        boolean zh = "zh".equals(locale.getLanguage());
        StringBuilder b = new StringBuilder();
        line(b, locale, "tree.header", source, scheme.id(), zh ? scheme.nameZh() : scheme.nameEn(), report.asOf());
        if (doc.hasGenericScheme()) {
            line(b, locale, "tree.genericScheme");
        }
        line(b, locale, "tree.levels");
        for (Map.Entry<Integer, Integer> e : tree.countsByLevel().entrySet()) {
            if (e.getKey() <= scheme.depth()) {
                indented(b, locale, "  ", "tree.level", e.getKey(), levelName(scheme.level(e.getKey()), locale), e.getValue());
            } else {
                indented(b, locale, "  ", "tree.deeper", e.getKey(), e.getValue());
            }
        }
        line(b, locale, "tree.totals", tree.size(), tree.maxLevelNumber(), tree.leaves().size(), tree.roots().size(),
                doc.staffing().people().size(), doc.staffing().size());
        line(b, locale, "tree.findings", report.count(Severity.ERROR), report.count(Severity.WARNING),
                report.count(Severity.INFO));
        report.countsByRule().forEach((rule, count) -> {
            if (count > 0) {
                indented(b, locale, "  ", "tree.rule", rule, count);
            }
        });
        long total = report.countsByRule().values().stream().mapToLong(Integer::longValue).sum();
        int shown = 0;
        for (Finding f : report.findings()) {
            if (shown++ == MAX_TEXT_FINDINGS) {
                indented(b, locale, "  ", "tree.more", total - MAX_TEXT_FINDINGS);
                break;
            }
            line(b, locale, "tree.finding", f.severity(), f.ruleId(), String.join(", ", f.subjects()), f.message(locale));
        }
        if (shown <= MAX_TEXT_FINDINGS && total > report.findings().size()) {
            indented(b, locale, "  ", "tree.omitted", total - report.findings().size());
        }
        return b.toString();
    }

    private static void line(StringBuilder b, Locale locale, String key, Object... args) {
        indented(b, locale, "", key, args);
    }

    private static void indented(StringBuilder b, Locale locale, String indent, String key, Object... args) {
        b.append(indent).append(MESSAGES.format(locale, key, args)).append('\n');
    }

    /**
     * The JSON report: summary, counts per level and rule, and every finding in both languages.
     *
     * @param source the file name shown
     * @param doc the document
     * @param report the findings
     * @return the report object
     */
    public static ObjectNode json(String source, TreeDocument doc, StructuralReport report) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        GridTree tree = doc.tree();
        root.put("file", source);
        root.put("scheme", doc.scheme().id());
        root.put("genericScheme", doc.hasGenericScheme());
        root.put("asOf", report.asOf().toString());
        root.put("nodes", tree.size());
        root.put("depth", tree.maxLevelNumber());
        root.put("leaves", tree.leaves().size());
        root.put("roots", tree.roots().size());
        root.put("people", doc.staffing().people().size());
        root.put("assignments", doc.staffing().size());
        ArrayNode levels = root.putArray("levels");
        tree.countsByLevel().forEach((number, count) -> {
            ObjectNode l = levels.addObject();
            l.put("number", number);
            if (number <= doc.scheme().depth()) {
                Level level = doc.scheme().level(number);
                l.put("key", level.key());
                l.put("nameZh", level.nameZh());
                l.put("nameEn", level.nameEn());
            }
            l.put("count", count);
        });
        ObjectNode severities = root.putObject("severities");
        for (Severity s : Severity.values()) {
            severities.put(s.name(), report.count(s));
        }
        ObjectNode counts = root.putObject("rules");
        report.countsByRule().forEach(counts::put);
        ObjectNode omitted = root.putObject("omitted");   // found but not listed: the validator keeps 1,000 per rule
        report.countsByRule().keySet().forEach(rule -> {
            if (report.omitted(rule) > 0) {
                omitted.put(rule, report.omitted(rule));
            }
        });
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode o = findings.addObject();
            o.put("rule", f.ruleId());
            o.put("severity", f.severity().name());
            ArrayNode ids = o.putArray("nodes");
            f.subjects().forEach(ids::add);
            o.put("en", f.message().en());
            o.put("zh", f.message().zh());
        }
        return root;
    }
}
