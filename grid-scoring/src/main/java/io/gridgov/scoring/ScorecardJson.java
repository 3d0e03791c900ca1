package io.gridgov.scoring;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridgov.core.Finding;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.io.JsonTree.Cursor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Scorecards and rankings as JSON. Each reason is written as its message key and arguments (what is
 * read back) plus the rendered English and Chinese texts (for readers of the file). Reading what
 * {@link #write} wrote gives equal scorecards. Stateless and thread-safe.
 *
 * <pre>
 * {"scorecards": [{"scheme": "grid-worker-monthly", "subject": "g1", "period": "2026-11",
 *   "base": 925.0, "bonus": 20.0, "total": 945.0, "grade": "优秀", "excluded": false,
 *   "lines": [{"code": "A2", "name": "巡查记录缺失", "category": "A", "type": "deduct",
 *     "facts": [{"name": "patrol.missing_records", "value": 3}], "points": 100.0, "awarded": 70.0,
 *     "deducted": 30.0, "reasons": [{"key": "deduct.item", "args": ["巡查记录缺失", "3", "10", "30"],
 *     "en": "巡查记录缺失 3 times, 10 points each, 30 points deducted", "zh": "巡查记录缺失 3 次, 每次扣 10 分, 扣 30 分"}]}],
 *   "bonusLines": [], "vetoes": []}]}
 * </pre>
 */
public final class ScorecardJson {

    private ScorecardJson() {
    }

    /**
     * {@return the cards as a JSON text}
     *
     * @param cards the scorecards
     */
    public static String write(List<Scorecard> cards) {
        ObjectNode root = JsonTree.MAPPER.createObjectNode();
        ArrayNode arr = root.putArray("scorecards");
        cards.forEach(c -> arr.add(tree(c)));
        return text(root);
    }

    /**
     * {@return a JSON tree as indented text}
     *
     * @param node the tree
     */
    public static String text(ObjectNode node) {
        try {
            return JsonTree.MAPPER.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return an empty JSON object to build output in} */
    public static ObjectNode object() {
        return JsonTree.MAPPER.createObjectNode();
    }

    /**
     * {@return one card as a JSON tree}
     *
     * @param c the scorecard
     */
    public static ObjectNode tree(Scorecard c) {
        ObjectNode o = JsonTree.MAPPER.createObjectNode();
        o.put("scheme", c.schemeId()).put("subject", c.subject());
        c.period().ifPresent(p -> o.put("period", p));
        c.group().ifPresent(g -> o.put("group", g));
        o.put("base", c.base()).put("bonus", c.bonus()).put("total", c.total());
        c.grade().ifPresent(g -> o.put("grade", g));
        o.put("excluded", c.excluded());
        ArrayNode lines = o.putArray("lines");
        c.lines().forEach(l -> lines.add(line(l)));
        ArrayNode bonus = o.putArray("bonusLines");
        c.bonusLines().forEach(l -> bonus.add(line(l)));
        ArrayNode vetoes = o.putArray("vetoes");
        for (Scorecard.VetoHit v : c.vetoes()) {
            ObjectNode vo = vetoes.addObject().put("code", v.code()).put("name", v.name()).put("fact", v.fact())
                    .put("value", v.value()).put("effect", v.effect().json());
            vo.set("reason", reason(v.reason()));
        }
        return o;
    }

    private static ObjectNode line(LineItem l) {
        ObjectNode o = JsonTree.MAPPER.createObjectNode();
        o.put("code", l.code()).put("name", l.name());
        l.category().ifPresent(c -> o.put("category", c));
        o.put("type", l.type());
        ArrayNode facts = o.putArray("facts");
        for (LineItem.FactValue f : l.facts()) {
            ObjectNode fo = facts.addObject().put("name", f.name()).put("value", f.value());
            if (f.defaulted()) {
                fo.put("defaulted", true);
            }
        }
        o.put("points", l.points()).put("awarded", l.awarded()).put("deducted", l.deducted());
        ArrayNode rs = o.putArray("reasons");
        l.reasons().forEach(r -> rs.add(reason(r)));
        return o;
    }

    private static ObjectNode reason(Explanation e) {
        ObjectNode o = JsonTree.MAPPER.createObjectNode();
        o.put("key", e.key());
        e.args().forEach(o.putArray("args")::add);
        var t = e.text();
        o.put("en", t.en()).put("zh", t.zh());
        return o;
    }

    /**
     * Reads scorecards written by {@link #write}.
     *
     * @param json the text
     * @param file the name used in messages
     * @return the scorecards
     * @throws InvalidInputException naming the JSON path of a bad field
     */
    public static List<Scorecard> read(String json, String file) {
        Cursor root = new JsonTree(file).read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        root.object(Set.of("scorecards", "ranking", "scheme", "period", "findings"));
        List<Scorecard> out = new ArrayList<>();
        for (Cursor c : root.get("scorecards").array()) {
            c.object(Set.of("scheme", "subject", "period", "group", "base", "bonus", "total", "grade", "excluded",
                    "lines", "bonusLines", "vetoes"));
            List<LineItem> lines = c.get("lines").array().stream().map(ScorecardJson::line).toList();
            List<LineItem> bonus = c.get("bonusLines").array().stream().map(ScorecardJson::line).toList();
            List<Scorecard.VetoHit> vetoes = new ArrayList<>();
            for (Cursor v : c.get("vetoes").array()) {
                v.object(Set.of("code", "name", "fact", "value", "effect", "reason"));
                Cursor e = v.get("effect");
                vetoes.add(new Scorecard.VetoHit(v.get("code").anyText(), v.get("name").anyText(), v.get("fact").anyText(),
                        v.get("value").number(), VetoEffect.parse(e.anyText())
                                .orElseThrow(() -> e.fail(SchemeJson.text("vetoEffect", JsonTree.shown(e.node())))),
                        reason(v.get("reason"))));
            }
            boolean excluded = c.get("excluded").bool();
            out.add(new Scorecard(c.get("scheme").anyText(), c.get("subject").anyText(), c.opt("period").map(Cursor::anyText),
                    c.opt("group").map(Cursor::anyText), lines, bonus, vetoes, c.get("base").number(), c.get("bonus").number(),
                    c.get("total").number(), c.opt("grade").map(Cursor::anyText), excluded));
        }
        return out;
    }

    private static LineItem line(Cursor l) {
        l.object(Set.of("code", "name", "category", "type", "facts", "points", "awarded", "deducted", "reasons"));
        List<LineItem.FactValue> facts = new ArrayList<>();
        for (Cursor f : l.get("facts").array()) {
            f.object(Set.of("name", "value", "defaulted"));
            facts.add(new LineItem.FactValue(f.get("name").anyText(), f.get("value").number(),
                    f.opt("defaulted").map(d -> d.node().asBoolean()).orElse(false)));
        }
        return new LineItem(l.get("code").anyText(), l.get("name").anyText(), l.opt("category").map(Cursor::anyText),
                l.get("type").anyText(), facts, l.get("points").number(), l.get("awarded").number(),
                l.get("deducted").number(), l.get("reasons").array().stream().map(ScorecardJson::reason).toList());
    }

    private static Explanation reason(Cursor r) {
        r.object(Set.of("key", "args", "en", "zh"));
        return Explanation.of(r.get("key").anyText(),
                r.opt("args").map(a -> a.array().stream().map(Cursor::anyText).toList()).orElse(List.of()));
    }

    /**
     * {@return a ranking as a JSON tree}
     *
     * @param r the ranking
     */
    public static ObjectNode tree(Ranking r) {
        ObjectNode o = JsonTree.MAPPER.createObjectNode();
        ArrayNode entries = o.putArray("entries");
        r.entries().forEach(e -> entries.add(entry(e)));
        ArrayNode ex = o.putArray("excluded");
        r.excluded().forEach(c -> ex.add(excluded(c)));
        return o;
    }

    /**
     * Writes a ranking as {@link #tree(Ranking)} builds it, entry by entry, so that a ranking of a
     * million subjects is never one tree in memory.
     *
     * @param r the ranking
     * @param g where to write it, as the value of the current field or array element
     * @throws IOException when writing fails
     */
    public static void write(Ranking r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("entries");
        for (Ranking.Entry e : r.entries()) {
            g.writeTree(entry(e));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("excluded");
        for (Scorecard c : r.excluded()) {
            g.writeTree(excluded(c));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static ObjectNode entry(Ranking.Entry e) {
        ObjectNode eo = JsonTree.MAPPER.createObjectNode().put("subject", e.subject());
        e.group().ifPresent(g -> eo.put("group", g));
        eo.put("rank", e.rank()).put("total", e.total());
        e.grade().ifPresent(g -> eo.put("grade", g));
        eo.put("red", e.red()).put("black", e.black()).put("best", e.best()).put("worst", e.worst());
        e.previousRank().ifPresent(p -> eo.put("previousRank", p));
        e.previousTotal().ifPresent(p -> eo.put("previousTotal", p));
        e.change().ifPresent(ch -> eo.put("change", ch));
        return eo;
    }

    private static ObjectNode excluded(Scorecard c) {
        ObjectNode eo = JsonTree.MAPPER.createObjectNode().put("subject", c.subject());
        c.group().ifPresent(g -> eo.put("group", g));
        eo.put("total", c.total());
        c.vetoes().forEach(v -> eo.withArray("vetoes").add(v.code()));
        return eo;
    }

    /**
     * {@return a finding (of the fact check, {@link Scoring#check}) as a JSON tree}: {@code rule},
     * {@code severity}, {@code subjects}, {@code location} when it has one (file, record and field as one
     * text), and the message in English ({@code en}) and Chinese ({@code zh})
     *
     * @param f the finding
     */
    public static ObjectNode tree(Finding f) {
        ObjectNode o = JsonTree.MAPPER.createObjectNode();
        o.put("rule", f.ruleId()).put("severity", f.severity().name());
        ArrayNode subjects = o.putArray("subjects");
        f.subjects().forEach(subjects::add);
        f.location().ifPresent(l -> o.put("location", l.toString()));
        o.put("en", f.message().en()).put("zh", f.message().zh());
        return o;
    }

    /**
     * {@return a JSON generator writing to {@code w} indented as {@link #text} indents} (for reports
     * written as they are made; {@link JsonGenerator#writeTree} writes this class's trees into it)
     *
     * @param w where to write; closing the generator does not close it
     * @throws IOException when the generator cannot be made
     */
    public static JsonGenerator generator(Writer w) throws IOException {
        JsonGenerator g = JsonTree.MAPPER.createGenerator(w);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }
}
