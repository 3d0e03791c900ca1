package io.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.facts.FactSet;
import io.gridgov.core.facts.SubjectFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A streamed pass ({@link ScoringPass}) gives what the one-call API gives on the same subjects: the same
 * scorecards, the same ranking (red and black lists, ties, previous period) and the same fact check,
 * for random schemes' list rules and random facts with gaps, misspellings and vetoes.
 */
class ScoringPassProperties {

    private static final String[] TIES = {"include-all", "cut-by-next-key", "none"};
    private static final String[] FACTS = {"a", "b", "c", "d", "veto.zero", "veto.low", "veto.out", "extra.count",
        "vetoo.zero"};

    /** A scheme of three categories, three veto effects and random list rules. */
    static Scheme scheme(Random r) {
        String lists = "{\"red\": " + r.nextInt(4) + ", \"black\": " + r.nextInt(4) + ", \"ties\": \""
                + TIES[r.nextInt(3)] + "\", \"minGroupSize\": " + (1 + r.nextInt(3))
                + (r.nextBoolean() ? ", \"redMinGrade\": \"good\"" : "")
                + (r.nextBoolean() ? ", \"blackMaxGrade\": \"pass\"" : "") + "}";
        return SchemeJson.read("""
                {"id": "p", "name": "p", "total": 100, "missing": "zero", "rounding": {"scale": 1, "mode": "HALF_UP"},
                 "categories": [
                  {"code": "A", "name": "A", "points": 40, "indicators": [
                    {"code": "A1", "name": "a", "points": 40, "rule": {"type": "deduct", "items": [{"fact": "a", "each": 3}]}}]},
                  {"code": "B", "name": "B", "points": 30, "indicators": [
                    {"code": "B1", "name": "b", "points": 30, "rule": {"type": "rate", "numerator": "b",
                     "denominator": "c", "fullAt": 1.0, "perPercentBelow": 1, "onZeroDenominator": "full"}}]},
                  {"code": "C", "name": "C", "points": 30, "indicators": [
                    {"code": "C1", "name": "d", "points": 30, "missing": "skip",
                     "rule": {"type": "deduct", "items": [{"fact": "d", "each": 7}]}}]}],
                 "vetoes": [
                  {"code": "V1", "name": "z", "fact": "veto.zero", "when": {"gt": 0}, "effect": "zero"},
                  {"code": "V2", "name": "l", "fact": "veto.low", "when": {"gt": 0}, "effect": "lowestGrade"},
                  {"code": "V3", "name": "o", "fact": "veto.out", "when": {"gt": 0}, "effect": "exclude"}],
                 "grades": [{"name": "top", "min": 90}, {"name": "good", "min": 75}, {"name": "pass", "min": 60},
                            {"name": "fail", "min": 0}],
                 "lists": %s}""".formatted(lists), "p.json");
    }

    /** Up to 40 subjects in up to 3 groups, each fact present or not; few values, so totals tie. */
    static FactSet facts(Random r, String period) {
        FactSet.Builder b = FactSet.builder().period(period).source(period + ".json");
        int n = r.nextInt(41);
        int offset = r.nextInt(60);
        for (int i = 0; i < n; i++) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (String f : FACTS) {
                boolean rare = f.startsWith("veto") || f.startsWith("extra");
                if (r.nextInt(rare ? 8 : 5) == 0) {
                    values.put(f, BigDecimal.valueOf(f.startsWith("veto") ? 1 : r.nextInt(6)));
                } else if (!rare && r.nextInt(6) > 0) {
                    values.put(f, BigDecimal.valueOf(r.nextInt(6)));
                }
            }
            Optional<String> group = r.nextInt(4) == 0 ? Optional.empty() : Optional.of("G" + r.nextInt(3));
            b.subject(new SubjectFacts("s" + ((i * 37 + offset) % 60), group, Optional.empty(), values));
        }
        return b.build();
    }

    private static ScoringPass pass(Scoring engine, FactSet facts, List<Scorecard> handed) {
        ScoringPass pass = engine.pass(facts.source().orElseThrow());
        for (SubjectFacts s : facts.subjects()) {
            handed.add(pass.score(s, facts.period()));
        }
        return pass;
    }

    @Property(tries = 150)
    void aStreamedPassGivesTheOneCallResults(@ForAll long seed) {
        Random r = new Random(seed);
        Scheme scheme = scheme(r);
        Scoring engine = Scoring.of(scheme);
        FactSet now = facts(r, "2026-11");
        FactSet before = facts(r, "2026-10");

        List<Scorecard> handed = new ArrayList<>();
        ScoringPass pass = pass(engine, now, handed);
        ScoringPass previous = pass(engine, before, new ArrayList<>());

        List<Scorecard> cards = engine.scoreAll(now);
        assertThat(handed).isEqualTo(cards);
        assertThat(pass.count()).isEqualTo(cards.size());
        assertThat(pass.check().findings()).isEqualTo(engine.check(now).findings());

        Ranking one = Ranking.of(cards, scheme, engine.scoreAll(before));
        Ranking streamed = pass.ranking(previous);
        assertThat(streamed.entries()).isEqualTo(one.entries());
        assertThat(streamed.excluded()).extracting(Scorecard::subject, Scorecard::group, Scorecard::total,
                Scorecard::base, Scorecard::bonus, Scorecard::grade, Scorecard::vetoes)
                .isEqualTo(one.excluded().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.subject(), c.group(),
                        c.total(), c.base(), c.bonus(), c.grade(), c.vetoes())).toList());
        assertThat(pass.ranking().entries()).isEqualTo(Ranking.of(cards, scheme).entries());
    }
}
