package io.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridgov.core.facts.FactFiles;
import io.gridgov.core.facts.FactSet;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §1, structured fuzzing of the scheme reader and the engine behind it: a preset and a month
 * of facts, mutated — fields deleted, duplicated under another name, retyped; huge, tiny and oddly
 * scaled numbers; long and control-character strings — are read, checked and scored. Contract: every
 * input either scores or raises the declared {@link InvalidInputException} (or, for a scheme built in
 * code, {@link InvalidSchemeException}) with a located message of a few short lines; never another
 * exception, never an out-of-memory error. A short run is part of {@code mvn verify}; the long run is
 * tagged {@code long}. Every input that ever crashed is kept under {@code fuzz/} and replayed by
 * {@link #everyKeptCrashReadsOrFailsCleanly()}.
 */
class SchemeFuzzProperties {

    private static final List<String> PRESETS = Presets.IDS;
    private static final String[] NUMBERS = {"1e999999", "-1e999999", "1e-999999", "1E+2147483647", "1e15",
            "0.0000000000001", "999999999999999.999999999999", "-0", "0.000000000001", "1e308", "4.9e-324",
            "123456789012345678901234567890.123456789", "1.0000000000000000000000000001", "0", "-1", "3"};

    @Property(tries = 100)
    void mutatedSchemesAndFactsScoreOrFailWithALocatedMessage(@ForAll long seed) {
        run(seed);
    }

    @Tag("long")
    @Property(tries = 100_000)
    void mutatedSchemesAndFactsScoreOrFailWithALocatedMessageLongRun(@ForAll long seed) {
        run(seed);
    }

    @Test
    void everyKeptCrashReadsOrFailsCleanly() throws IOException {
        for (String name : List.of("huge-exponent-each.json", "tiny-exponent-points.json", "unnecessary-rounding.json",
                "huge-exponent-veto.json", "many-problems.json",
                "null-fact-declaration.json", "long-rule-type.json",
                "unparseable-exponent-each.json")) {
            String scheme = resource("fuzz/" + name);
            contract(scheme, facts(new Random(name.hashCode()), SchemeJson.parse(Presets.json("grid-worker-monthly"),
                    "p")));
        }
        // facts whose number the JSON parser cannot hold (long run, seed 8655746248613723986)
        contract(Presets.json("plant-safety-monthly"), resource("fuzz/unparseable-exponent-facts.json"));
    }

    private static void run(long seed) {
        Random r = new Random(seed);
        String preset = PRESETS.get(r.nextInt(PRESETS.size()));
        ObjectNode tree;
        try {
            tree = (ObjectNode) JsonTree.MAPPER.readTree(Presets.json(preset));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Scheme base = Presets.load(preset);
        String facts = facts(r, base);
        int mutations = 1 + r.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            mutate(r, tree);
        }
        if (r.nextInt(4) == 0) {
            facts = mutateText(r, facts);
        }
        contract(tree.toString(), facts);
    }

    /** The contract: a score, or the declared exception with a located message of a few short lines. */
    private static void contract(String schemeJson, String factsJson) {
        try {
            Scheme s = SchemeJson.read(schemeJson, "fuzz.json");
            FactSet f = FactFiles.readJson(factsJson, "facts.json");
            Scoring engine = Scoring.of(s);
            engine.check(f);
            for (Scorecard c : engine.scoreAll(f)) {
                assertThat(c.total()).isBetween(BigDecimal.ZERO, s.maximum());
                c.lines().forEach(l -> assertThat(l.reason(Locale.SIMPLIFIED_CHINESE)).hasSizeLessThan(2_000));
                c.bonusLines().forEach(l -> assertThat(l.reason(Locale.ENGLISH)).hasSizeLessThan(2_000));
            }
            Ranking.of(engine.scoreAll(f), s);
        } catch (InvalidInputException e) {
            assertThat(e.location().file()).as(e.getMessage()).isPresent();
            assertThat(e.location().line().isPresent() || e.location().field().isPresent()
                    || e.location().record().isPresent()).as(e.getMessage()).isTrue();
            String[] lines = e.getMessage().split("\n");
            assertThat(lines.length).as(e.getMessage()).isLessThanOrEqualTo(1 + 1 + InvalidSchemeException.LISTED);
            for (String line : lines) {
                assertThat(line).hasSizeLessThan(600);
            }
            assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isNotBlank();
        }
    }

    /** A month of facts for every fact the scheme reads, some missing, some extreme. */
    private static String facts(Random r, Scheme s) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode subjects = root.putArray("subjects");
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            ObjectNode sub = subjects.addObject().put("id", "g" + i).put("group", "G" + r.nextInt(2));
            ObjectNode f = sub.putObject("facts");
            for (String name : s.referencedFacts()) {
                int k = r.nextInt(20);
                if (k == 0) {
                    continue;
                }
                f.put(name, k == 1 ? new BigDecimal(NUMBERS[r.nextInt(NUMBERS.length)]) : BigDecimal.valueOf(r.nextInt(40)));
            }
        }
        return root.toString();
    }

    private static String mutateText(Random r, String json) {
        int at = r.nextInt(json.length());
        return switch (r.nextInt(3)) {
            case 0 -> json.substring(0, at);                                  // truncated
            case 1 -> json.substring(0, at) + NUMBERS[r.nextInt(NUMBERS.length)] + json.substring(at);
            default -> json.replace("\"facts\"", "\"facts\", \"facts\"");   // broken on purpose
        };
    }

    /** One structural mutation somewhere in the tree. */
    private static void mutate(Random r, ObjectNode root) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(root, objects);
        ObjectNode o = objects.get(r.nextInt(objects.size()));
        List<String> keys = new ArrayList<>();
        o.fieldNames().forEachRemaining(keys::add);
        if (keys.isEmpty()) {
            return;
        }
        String key = keys.get(r.nextInt(keys.size()));
        switch (r.nextInt(8)) {
            case 0 -> o.remove(key);                                          // deleted
            case 1 -> o.set(key + (r.nextBoolean() ? "x" : ""), o.get(key).deepCopy());   // duplicated or misspelt
            case 2 -> o.put(key, "x".repeat(r.nextInt(3) == 0 ? 20_000 : 3));  // retyped as a (long) string
            case 3 -> o.put(key, new BigDecimal(NUMBERS[r.nextInt(NUMBERS.length)]));   // a number, maybe extreme
            case 4 -> o.putArray(key);                                        // an empty array
            case 5 -> o.putNull(key);
            case 6 -> o.put(key, "\u202e\u0000\n" + key);                       // control and bidi characters
            default -> {
                JsonNode v = o.get(key);
                if (v.isArray() && v.size() > 0) {
                    ((ArrayNode) v).add(v.get(r.nextInt(v.size())).deepCopy());   // an element repeated
                } else {
                    o.put(key, r.nextBoolean());
                }
            }
        }
    }

    private static void collect(JsonNode n, List<ObjectNode> out) {
        if (n.isObject()) {
            out.add((ObjectNode) n);
        }
        for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
            collect(it.next(), out);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SchemeFuzzProperties.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
