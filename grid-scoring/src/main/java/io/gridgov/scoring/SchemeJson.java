package io.gridgov.scoring;

import io.gridgov.core.io.AtomicFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridgov.core.io.DecimalLimits;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.Problems;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.io.JsonTree.Cursor;
import io.gridgov.core.Finding;
import io.gridgov.scoring.spi.RuleKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes schemes in the JSON format of {@code docs/formats/scheme.md}.
 *
 * <p>{@link #read} checks syntax, structure and the scheme's rules ({@link Scheme#validate()}); any
 * problem is an {@link InvalidInputException} naming the file, the line and column for syntax errors,
 * and the JSON path (as the field) for everything else; for scheme-rule problems the cause is an
 * {@link InvalidSchemeException} listing all of them. {@link #write} produces JSON that reads back to
 * an equal scheme. Stateless and thread-safe.
 */
public final class SchemeJson {

    private SchemeJson() {
    }

    /**
     * Reads and validates a scheme file.
     *
     * @param file the file
     * @return the scheme
     * @throws InvalidInputException for unreadable or invalid input
     */
    public static Scheme read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw JsonTree.unreadable(e, file.toString());
        }
    }

    /**
     * Reads and validates a scheme.
     *
     * @param in the JSON bytes (UTF-8)
     * @param file the name used in messages
     * @return the scheme
     */
    public static Scheme read(InputStream in, String file) {
        JsonTree json = new JsonTree(file);
        Scheme s = scheme(json.read(in));
        List<Finding> problems = s.validate().findings();
        if (!problems.isEmpty()) {
            InvalidSchemeException cause = new InvalidSchemeException(s.id(), problems);
            LocalizedText all = new LocalizedText(joined(problems, java.util.Locale.ENGLISH),
                    joined(problems, java.util.Locale.SIMPLIFIED_CHINESE));
            throw json.error(null, InvalidSchemeException.path(problems.get(0)), all, cause);
        }
        return s;
    }

    private static String joined(List<Finding> problems, java.util.Locale locale) {
        return InvalidSchemeException.lines(problems, locale);
    }

    /**
     * {@return a validated scheme from a JSON text}
     *
     * @param json the text
     * @param file the name used in messages
     */
    public static Scheme read(String json, String file) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), file);
    }

    /**
     * Reads a scheme's structure without checking its rules (sums, codes, bands, facts); use
     * {@link Scheme#validate()} to list the problems.
     *
     * @param in the JSON bytes
     * @param file the name used in messages
     * @return the scheme, possibly invalid
     */
    public static Scheme parse(InputStream in, String file) {
        return scheme(new JsonTree(file).read(in));
    }

    /**
     * {@return an unchecked scheme from a JSON text}
     *
     * @param json the text
     * @param file the name used in messages
     */
    public static Scheme parse(String json, String file) {
        return parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), file);
    }

    private static Scheme scheme(Cursor root) {
        root.object(keys("id", "name", "total", "rounding", "categories", "bonus", "vetoes", "grades", "lists",
                "facts", "missing"));
        Scheme.Rounding rounding = root.opt("rounding").map(r -> {
            r.object(keys("scale", "mode"));
            int scale = r.opt("scale").map(Cursor::integer).orElse(1);
            if (scale < 0 || scale > 6) {
                throw r.get("scale").fail(text("scale", String.valueOf(scale)));
            }
            RoundingMode mode = r.opt("mode").map(m -> {
                try {
                    RoundingMode rm = RoundingMode.valueOf(m.anyText());
                    if (rm == RoundingMode.UNNECESSARY) {
                        throw new IllegalArgumentException("UNNECESSARY does not round");
                    }
                    return rm;
                } catch (IllegalArgumentException e) {
                    throw m.fail(text("roundingMode", JsonTree.shown(m.node())));
                }
            }).orElse(RoundingMode.HALF_UP);
            return new Scheme.Rounding(scale, mode);
        }).orElse(Scheme.Rounding.DEFAULT);
        List<Scheme.Category> categories = new ArrayList<>();
        for (Cursor c : root.get("categories").array()) {
            c.object(keys("code", "name", "points", "indicators"));
            List<Scheme.Indicator> inds = new ArrayList<>();
            for (Cursor i : c.get("indicators").array()) {
                i.object(keys("code", "name", "points", "rule", "missing"));
                inds.add(new Scheme.Indicator(i.get("code").anyText(), i.get("name").anyText(), number(i.get("points")),
                        rule(i.get("rule")), missing(i)));
            }
            categories.add(new Scheme.Category(c.get("code").anyText(), c.get("name").anyText(), number(c.get("points")),
                    inds));
        }
        Optional<Scheme.Bonus> bonus = root.opt("bonus").map(b -> {
            b.object(keys("cap", "items"));
            List<Scheme.BonusItem> items = new ArrayList<>();
            for (Cursor i : b.opt("items").map(Cursor::array).orElse(List.of())) {
                i.object(keys("code", "name", "rule", "missing"));
                items.add(new Scheme.BonusItem(i.get("code").anyText(), i.get("name").anyText(), rule(i.get("rule")),
                        missing(i)));
            }
            return new Scheme.Bonus(number(b.get("cap")), items);
        });
        List<Scheme.Veto> vetoes = new ArrayList<>();
        for (Cursor v : root.opt("vetoes").map(Cursor::array).orElse(List.of())) {
            v.object(keys("code", "name", "fact", "when", "effect", "missing"));
            Cursor w = v.get("when").object(keys(Scheme.Condition.OPS.toArray(String[]::new)));
            List<Scheme.Condition> when = new ArrayList<>();
            w.node().fieldNames().forEachRemaining(op -> {
                if (Scheme.Condition.OPS.contains(op)) {
                    when.add(new Scheme.Condition(op, number(w.get(op))));
                }
            });
            Cursor e = v.get("effect");
            VetoEffect effect = VetoEffect.parse(e.anyText()).orElseThrow(
                    () -> e.fail(text("vetoEffect", JsonTree.shown(e.node()))));
            vetoes.add(new Scheme.Veto(v.get("code").anyText(), v.get("name").anyText(), v.get("fact").anyText(), when, effect,
                    missing(v)));
        }
        List<Scheme.Grade> grades = new ArrayList<>();
        for (Cursor g : root.opt("grades").map(Cursor::array).orElse(List.of())) {
            g.object(keys("name", "min"));
            grades.add(new Scheme.Grade(g.get("name").anyText(), number(g.get("min"))));
        }
        Scheme.Lists lists = root.opt("lists").map(l -> {
            l.object(keys("red", "black", "ties", "minGroupSize", "redMinGrade", "blackMaxGrade"));
            int red = l.opt("red").map(Cursor::integer).orElse(0);
            int black = l.opt("black").map(Cursor::integer).orElse(0);
            if (red < 0) {
                throw l.get("red").fail(text("count", String.valueOf(red)));
            }
            if (black < 0) {
                throw l.get("black").fail(text("count", String.valueOf(black)));
            }
            Scheme.Ties ties = l.opt("ties").map(t -> Scheme.Ties.parse(t.anyText())
                    .orElseThrow(() -> t.fail(text("ties", JsonTree.shown(t.node()))))).orElse(Scheme.Ties.INCLUDE_ALL);
            int minGroupSize = l.opt("minGroupSize").map(Cursor::integer).orElse(1);
            if (minGroupSize < 1) {
                throw l.get("minGroupSize").fail(text("groupSize", String.valueOf(minGroupSize)));
            }
            return new Scheme.Lists(red, black, ties, minGroupSize, optText(l, "redMinGrade"),
                    optText(l, "blackMaxGrade"));
        }).orElse(Scheme.Lists.NONE);
        Map<String, Scheme.FactDecl> facts = new LinkedHashMap<>();
        root.opt("facts").ifPresent(f -> {
            if (!f.node().isObject()) {
                throw f.fail(text("facts", found(f)));
            }
            f.node().fieldNames().forEachRemaining(name -> {
                // a null declaration is not "absent": it is refused like any other non-object (fuzzing found it)
                Cursor d = f.optQuoted(name).orElseGet(() -> f.fields().stream()
                        .filter(e -> e.getKey().equals(name)).findFirst().orElseThrow().getValue());
                d.object(keys("description", "default"));
                facts.put(name, new Scheme.FactDecl(d.opt("description").map(Cursor::anyText),
                        d.opt("default").map(SchemeJson::factDefault)));
            });
        });
        return new Scheme(root.get("id").anyText(), root.get("name").anyText(), number(root.get("total")), rounding,
                categories, bonus, vetoes, grades, lists, facts, missing(root));
    }

    private static Optional<Scheme.Missing> missing(Cursor owner) {
        return owner.opt("missing").map(m -> Scheme.Missing.parse(m.anyText())
                .orElseThrow(() -> m.fail(text("missing", JsonTree.shown(m.node())))));
    }

    /** {@return the reader text {@code json.key} of the scoring bundle in both languages} */
    static LocalizedText text(String key, Object... args) {
        return ScoringMessages.MESSAGES.text("json." + key, args);
    }

    /** {@return a found value for messages: "an object", "an array" in each language, else the value} */
    static Object found(Cursor c) {
        if (c.node().isObject()) {
            return text("found.object");
        }
        if (c.node().isArray()) {
            return text("found.array");
        }
        return JsonTree.shown(c.node());
    }

    /**
     * {@return a number of the scheme, within {@link DecimalLimits} (|x| &lt; 10^15, at most 12 decimals)}: anything
     * beyond is refused here, where its line and column are known, so no later computation or message expands it
     */
    static BigDecimal number(Cursor c) {
        BigDecimal v = c.number();
        if (!DecimalLimits.within(v)) {
            throw c.fail(Problems.text("input.numberRange", JsonTree.shown(c.node())));
        }
        return v;
    }

    private static BigDecimal factDefault(Cursor d) {
        if (d.node().isBoolean()) {
            return d.node().booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return number(d);
    }

    /** Keys allowed anywhere and ignored: comments and citations. */
    private static final Set<String> IGNORED = Set.of("description", "note", "source", "$comment");

    /** {@return the keys of a closed object of this format, with the comment keys allowed everywhere} */
    private static Set<String> keys(String... keys) {
        Set<String> all = new java.util.HashSet<>(IGNORED);
        all.addAll(List.of(keys));
        return all;
    }

    private static Optional<String> optText(Cursor r, String key) {
        return r.opt(key).map(Cursor::anyText);
    }

    private static List<String> texts(Cursor r, String key) {
        return r.opt(key).map(a -> a.array().stream().map(Cursor::anyText).toList()).orElse(List.of());
    }

    private static IndicatorRule.OnZero onZero(Cursor r, boolean required) {
        Optional<Cursor> z = r.opt("onZeroDenominator");
        if (z.isEmpty()) {
            if (required) {
                throw r.fail(text("onZeroRequired"));
            }
            return IndicatorRule.OnZero.ZERO;
        }
        return IndicatorRule.OnZero.parse(z.get().anyText())
                .orElseThrow(() -> z.get().fail(text("onZero", JsonTree.shown(z.get().node()))));
    }

    private static IndicatorRule rule(Cursor r) {
        r.objectNode();
        String type = r.get("type").anyText();
        Set<String> common = Set.of("type");
        switch (type) {
            case "deduct" -> {
                only(r, common, "items");
                List<IndicatorRule.Deduct.Item> items = new ArrayList<>();
                for (Cursor i : r.get("items").array()) {
                    i.object(keys("fact", "each", "name"));
                    items.add(new IndicatorRule.Deduct.Item(i.get("fact").anyText(), number(i.get("each")), optText(i, "name")));
                }
                return new IndicatorRule.Deduct(items);
            }
            case "rate" -> {
                only(r, common, "numerator", "denominator", "denominatorPlus", "denominatorMinus", "fullAt",
                        "perPercentBelow", "zeroBelow", "onZeroDenominator");
                return new IndicatorRule.Rate(r.get("numerator").anyText(), r.get("denominator").anyText(), texts(r, "denominatorPlus"),
                        texts(r, "denominatorMinus"), r.opt("fullAt").map(SchemeJson::number).orElse(BigDecimal.ONE),
                        number(r.get("perPercentBelow")), r.opt("zeroBelow").map(SchemeJson::number), onZero(r, true));
            }
            case "linear" -> {
                only(r, common, "fact", "denominator", "zeroAt", "fullAt", "onZeroDenominator");
                Optional<String> den = optText(r, "denominator");
                return new IndicatorRule.Linear(r.get("fact").anyText(), den, number(r.get("zeroAt")), number(r.get("fullAt")),
                        onZero(r, den.isPresent()));
            }
            case "bands" -> {
                only(r, common, "fact", "denominator", "bands", "onZeroDenominator");
                Optional<String> den = optText(r, "denominator");
                List<IndicatorRule.Bands.Band> bands = new ArrayList<>();
                for (Cursor b : r.get("bands").array()) {
                    b.object(keys("from", "to", "points"));
                    bands.add(new IndicatorRule.Bands.Band(b.opt("from").map(SchemeJson::number), b.opt("to").map(SchemeJson::number),
                            number(b.get("points"))));
                }
                return new IndicatorRule.Bands(r.get("fact").anyText(), den, bands, onZero(r, den.isPresent()));
            }
            case "checklist" -> {
                only(r, common, "items");
                List<IndicatorRule.Checklist.Item> items = new ArrayList<>();
                for (Cursor i : r.get("items").array()) {
                    i.object(keys("fact", "points", "name"));
                    items.add(new IndicatorRule.Checklist.Item(i.get("fact").anyText(), number(i.get("points")),
                            optText(i, "name")));
                }
                return new IndicatorRule.Checklist(items);
            }
            case "manual" -> {
                only(r, common, "fact");
                return new IndicatorRule.Manual(r.get("fact").anyText());
            }
            case "add" -> {
                only(r, common, "fact", "each", "cap");
                return new IndicatorRule.Add(r.get("fact").anyText(), number(r.get("each")), r.opt("cap").map(SchemeJson::number));
            }
            default -> {
                ObjectNode params = (ObjectNode) r.objectNode();
                List<String> facts = RuleKinds.find(type).map((RuleKind k) -> k.facts(params)).orElse(List.of());
                return new IndicatorRule.Custom(type, params, facts);
            }
        }
    }

    private static void only(Cursor r, Set<String> common, String... keys) {
        Set<String> allowed = new java.util.HashSet<>(common);
        allowed.addAll(List.of(keys));
        r.object(allowed);
    }

    /**
     * Writes a scheme as JSON (UTF-8, indented, exact decimals).
     *
     * @param s the scheme
     * @return the JSON text
     */
    public static String write(Scheme s) {
        try {
            return JsonTree.MAPPER.writeValueAsString(tree(s)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a scheme to a file, through a temporary file moved into place.
     *
     * @param s the scheme
     * @param file the target
     * @throws IOException when the file cannot be written
     */
    public static void write(Scheme s, Path file) throws IOException {
        String text = write(s);
        try {
            AtomicFiles.writeText(file, out -> out.write(text));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * {@return the scheme as a JSON tree}
     *
     * @param s the scheme
     */
    public static ObjectNode tree(Scheme s) {
        ObjectNode o = JsonTree.MAPPER.createObjectNode();
        o.put("id", s.id());
        o.put("name", s.name());
        o.put("total", s.total());
        o.putObject("rounding").put("scale", s.rounding().scale()).put("mode", s.rounding().mode().name());
        s.missing().ifPresent(m -> o.put("missing", m.json()));
        ArrayNode cats = o.putArray("categories");
        for (Scheme.Category c : s.categories()) {
            ObjectNode co = cats.addObject().put("code", c.code()).put("name", c.name()).put("points", c.points());
            ArrayNode inds = co.putArray("indicators");
            for (Scheme.Indicator i : c.indicators()) {
                ObjectNode io = inds.addObject().put("code", i.code()).put("name", i.name()).put("points", i.points());
                io.set("rule", rule(i.rule()));
                i.missing().ifPresent(m -> io.put("missing", m.json()));
            }
        }
        s.bonus().ifPresent(b -> {
            ObjectNode bo = o.putObject("bonus").put("cap", b.cap());
            ArrayNode items = bo.putArray("items");
            for (Scheme.BonusItem i : b.items()) {
                ObjectNode io = items.addObject().put("code", i.code()).put("name", i.name());
                io.set("rule", rule(i.rule()));
                i.missing().ifPresent(m -> io.put("missing", m.json()));
            }
        });
        ArrayNode vetoes = o.putArray("vetoes");
        for (Scheme.Veto v : s.vetoes()) {
            ObjectNode vo = vetoes.addObject().put("code", v.code()).put("name", v.name()).put("fact", v.fact());
            ObjectNode w = vo.putObject("when");
            v.when().forEach(c -> w.put(c.op(), c.value()));
            vo.put("effect", v.effect().json());
            v.missing().ifPresent(m -> vo.put("missing", m.json()));
        }
        ArrayNode grades = o.putArray("grades");
        s.grades().forEach(g -> grades.addObject().put("name", g.name()).put("min", g.min()));
        ObjectNode lists = o.putObject("lists").put("red", s.lists().red()).put("black", s.lists().black())
                .put("ties", s.lists().ties().json()).put("minGroupSize", s.lists().minGroupSize());
        s.lists().redMinGrade().ifPresent(g -> lists.put("redMinGrade", g));
        s.lists().blackMaxGrade().ifPresent(g -> lists.put("blackMaxGrade", g));
        if (!s.facts().isEmpty()) {
            ObjectNode f = o.putObject("facts");
            s.facts().forEach((name, d) -> {
                ObjectNode fo = f.putObject(name);
                d.description().ifPresent(t -> fo.put("description", t));
                d.defaultValue().ifPresent(v -> fo.put("default", v));
            });
        }
        return o;
    }

    private static JsonNode rule(IndicatorRule rule) {
        ObjectNode o = JsonTree.MAPPER.createObjectNode();
        if (rule instanceof IndicatorRule.Deduct d) {
            o.put("type", "deduct");
            ArrayNode items = o.putArray("items");
            for (IndicatorRule.Deduct.Item i : d.items()) {
                ObjectNode io = items.addObject().put("fact", i.fact()).put("each", i.each());
                i.name().ifPresent(n -> io.put("name", n));
            }
        }
        else if (rule instanceof IndicatorRule.Rate r) {
            o.put("type", "rate").put("numerator", r.numerator()).put("denominator", r.denominator());
            if (!r.denominatorPlus().isEmpty()) {
                r.denominatorPlus().forEach(o.putArray("denominatorPlus")::add);
            }
            if (!r.denominatorMinus().isEmpty()) {
                r.denominatorMinus().forEach(o.putArray("denominatorMinus")::add);
            }
            o.put("fullAt", r.fullAt()).put("perPercentBelow", r.perPercentBelow());
            r.zeroBelow().ifPresent(z -> o.put("zeroBelow", z));
            o.put("onZeroDenominator", r.onZeroDenominator().json());
        }
        else if (rule instanceof IndicatorRule.Linear l) {
            o.put("type", "linear").put("fact", l.fact());
            l.denominator().ifPresent(d -> o.put("denominator", d));
            o.put("zeroAt", l.zeroAt()).put("fullAt", l.fullAt());
            o.put("onZeroDenominator", l.onZeroDenominator().json());
        }
        else if (rule instanceof IndicatorRule.Bands b) {
            o.put("type", "bands").put("fact", b.fact());
            b.denominator().ifPresent(d -> o.put("denominator", d));
            ArrayNode bands = o.putArray("bands");
            for (IndicatorRule.Bands.Band band : b.bands()) {
                ObjectNode bo = bands.addObject();
                band.from().ifPresent(f -> bo.put("from", f));
                band.to().ifPresent(t -> bo.put("to", t));
                bo.put("points", band.points());
            }
            o.put("onZeroDenominator", b.onZeroDenominator().json());
        }
        else if (rule instanceof IndicatorRule.Checklist c) {
            o.put("type", "checklist");
            ArrayNode items = o.putArray("items");
            for (IndicatorRule.Checklist.Item i : c.items()) {
                ObjectNode io = items.addObject().put("fact", i.fact()).put("points", i.points());
                i.name().ifPresent(n -> io.put("name", n));
            }
        }
        else if (rule instanceof IndicatorRule.Manual m) { o.put("type", "manual").put("fact", m.fact()); }
        else if (rule instanceof IndicatorRule.Add a) {
            o.put("type", "add").put("fact", a.fact()).put("each", a.each());
            a.cap().ifPresent(c -> o.put("cap", c));
        }
        else if (rule instanceof IndicatorRule.Custom c) {
            return c.params();
        }
        return o;
    }
}
