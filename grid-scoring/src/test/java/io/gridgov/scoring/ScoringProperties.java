package io.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridgov.core.facts.FactSet;
import io.gridgov.core.facts.SubjectFacts;
import io.gridgov.core.io.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ScoringProperties {

    private static Scorecard score(Scheme s, SubjectFacts subject) {
        return Scoring.of(s).score(subject, Optional.of("2026-11"));
    }

    @Property(tries = 300)
    void aTotalLiesBetweenZeroAndTotalPlusBonusCap(@ForAll long seed) {
        Gen g = new Gen(seed);
        Scheme s = g.scheme();
        assertThat(s.validate().findings()).isEmpty();
        Scorecard c = score(s, g.subject(s, "g1", Optional.empty()));
        assertThat(c.total()).isBetween(BigDecimal.ZERO, s.maximum());
        for (LineItem l : c.lines()) {
            assertThat(l.awarded()).isBetween(BigDecimal.ZERO, l.points());
            assertThat(l.awarded().add(l.deducted())).isEqualByComparingTo(l.points());
        }
        if (!c.vetoes().stream().anyMatch(v -> v.effect() == VetoEffect.ZERO)) {
            assertThat(c.total()).isEqualByComparingTo(c.base().add(c.bonus()));
        }
    }

    @Property(tries = 200)
    void moreDeductionsNeverRaiseAScore(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int more) {
        eachRaised(seed, f -> f.matches(".*\\.d\\d+"), more, (before, after) -> assertThat(after).isLessThanOrEqualTo(before));
    }

    @Property(tries = 200)
    void aHigherRateNeverLowersAScore(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int more) {
        eachRaised(seed, f -> f.endsWith(".rate.done"), more, (before, after) -> assertThat(after).isGreaterThanOrEqualTo(before));
    }

    @Property(tries = 200)
    void aVetoAlwaysWins(@ForAll long seed) {
        Gen g = new Gen(seed);
        Scheme s = g.scheme();
        for (VetoEffect effect : VetoEffect.values()) {
            List<Scheme.Veto> vetoes = new ArrayList<>(s.vetoes());
            vetoes.add(new Scheme.Veto("VX", "弄虚作假", "falsification",
                    List.of(new Scheme.Condition("ge", BigDecimal.ONE)), effect));
            Scheme withVeto = new Scheme(s.id(), s.name(), s.total(), s.rounding(), s.categories(), s.bonus(), vetoes,
                    s.grades(), s.lists(), s.facts().isEmpty() ? Map.of() : withFact(s.facts(), "falsification"));
            SubjectFacts subject = g.subject(withVeto, "g1", Optional.empty());
            Map<String, BigDecimal> v = new HashMap<>(subject.values());
            v.put("falsification", BigDecimal.ONE);
            Scorecard c = score(withVeto, new SubjectFacts("g1", Optional.empty(), Optional.empty(), v));
            switch (effect) {
                case ZERO -> assertThat(c.total()).isEqualByComparingTo("0");
                case LOWEST_GRADE -> assertThat(c.grade()).isEqualTo(withVeto.lowestGrade().map(Scheme.Grade::name));
                default -> assertThat(Ranking.of(List.of(c), withVeto.lists()).entries()).isEmpty();
            }
            assertThat(c.vetoes()).extracting(Scorecard.VetoHit::code).contains("VX");
        }
    }

    private static Map<String, Scheme.FactDecl> withFact(Map<String, Scheme.FactDecl> facts, String f) {
        Map<String, Scheme.FactDecl> m = new java.util.LinkedHashMap<>(facts);
        m.put(f, new Scheme.FactDecl(Optional.empty(), Optional.of(BigDecimal.ZERO)));
        return m;
    }

    @Property(tries = 300)
    void generatedInvalidSchemesAreAlwaysRejectedWithTheRightPath(@ForAll long seed) {
        Gen g = new Gen(seed);
        Scheme s = g.scheme();
        Random r = g.random();
        int ci = r.nextInt(s.categories().size());
        Scheme.Category c = s.categories().get(ci);
        int ii = r.nextInt(c.indicators().size());
        Scheme.Indicator ind = c.indicators().get(ii);
        String expected;
        Scheme broken;
        switch (r.nextInt(4)) {
            case 0 -> { // indicator points no longer add up to the category
                expected = "$.categories[" + ci + "].points";
                broken = replaceCategory(s, ci, new Scheme.Category(c.code(), c.name(),
                        c.points().add(BigDecimal.ONE), c.indicators()));
            }
            case 1 -> { // a duplicate code
                expected = "$.categories[" + ci + "].indicators[" + ii + "].code";
                List<Scheme.Indicator> inds = new ArrayList<>(c.indicators());
                inds.set(ii, new Scheme.Indicator(c.code(), ind.name(), ind.points(), ind.rule()));
                broken = replaceCategory(s, ci, new Scheme.Category(c.code(), c.name(), c.points(), inds));
            }
            case 2 -> { // a gap between two bands
                expected = "$.categories[" + ci + "].indicators[" + ii + "].rule.bands[1].from";
                IndicatorRule.Bands bands = new IndicatorRule.Bands("x", Optional.empty(), List.of(
                        new IndicatorRule.Bands.Band(Optional.empty(), Optional.of(BigDecimal.TEN), BigDecimal.ZERO),
                        new IndicatorRule.Bands.Band(Optional.of(BigDecimal.valueOf(11)), Optional.empty(), ind.points())),
                        IndicatorRule.OnZero.ZERO);
                List<Scheme.Indicator> inds = new ArrayList<>(c.indicators());
                inds.set(ii, new Scheme.Indicator(ind.code(), ind.name(), ind.points(), bands));
                broken = replaceCategory(s, ci, new Scheme.Category(c.code(), c.name(), c.points(), inds));
            }
            default -> { // a referenced fact left undeclared
                Map<String, Scheme.FactDecl> facts = new java.util.LinkedHashMap<>();
                for (String f : s.referencedFacts()) {
                    facts.put(f, new Scheme.FactDecl(Optional.empty(), Optional.empty()));
                }
                List<SchemeValidatorRefs.Ref> refs = SchemeValidatorRefs.of(s, ci, ii);
                SchemeValidatorRefs.Ref ref = refs.get(r.nextInt(refs.size()));
                facts.remove(ref.fact());
                // keep the block non-empty: an empty "facts" block means no declarations at all
                facts.put("unused.declared", new Scheme.FactDecl(Optional.empty(), Optional.empty()));
                expected = ref.path();
                broken = new Scheme(s.id(), s.name(), s.total(), s.rounding(), s.categories(), s.bonus(), s.vetoes(),
                        s.grades(), s.lists(), facts);
            }
        }
        assertThat(broken.validate().findings()).extracting(SchemeFindings::path).contains(expected);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> SchemeJson.read(SchemeJson.write(broken), "gen.json"));
        assertThat(e).isNotNull();
        assertThat(((InvalidSchemeException) e.getCause()).findings()).extracting(SchemeFindings::path).contains(expected);
    }

    private static Scheme replaceCategory(Scheme s, int i, Scheme.Category c) {
        List<Scheme.Category> cats = new ArrayList<>(s.categories());
        cats.set(i, c);
        return new Scheme(s.id(), s.name(), s.total(), s.rounding(), cats, s.bonus(), s.vetoes(), s.grades(),
                s.lists(), s.facts());
    }

    @Property(tries = 300)
    void rankingIsAPermutationConsistentWithTheTotals(@ForAll long seed) {
        Random r = new Random(seed);
        List<Scorecard> cards = new ArrayList<>();
        int n = 1 + r.nextInt(30);
        for (int i = 0; i < n; i++) {
            cards.add(RankingTest.card("s" + i, r.nextBoolean() ? "g" + r.nextInt(3) : null,
                    String.valueOf(r.nextInt(8) * 10)));
        }
        Ranking ranking = Ranking.of(cards, new Scheme.Lists(r.nextInt(4), r.nextInt(4)));
        assertThat(ranking.entries()).extracting(Ranking.Entry::subject)
                .containsExactlyInAnyOrderElementsOf(cards.stream().map(Scorecard::subject).toList());
        for (Ranking.Entry a : ranking.entries()) {
            long greater = ranking.entries().stream().filter(b -> b.group().equals(a.group())
                    && b.total().compareTo(a.total()) > 0).count();
            assertThat(a.rank()).isEqualTo(greater + 1);
            assertThat(a.red() && a.black()).isFalse();
        }
    }

    @Property(tries = 200)
    void aRollUpOfIdenticalChildrenEqualsTheChild(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int n) {
        Gen g = new Gen(seed);
        Scheme s = g.scheme();
        Scorecard child = score(s, g.subject(s, "g1", Optional.empty()));
        List<RollUp.Part> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(new RollUp.Part(child, BigDecimal.valueOf(1 + g.random().nextInt(500))));
        }
        RollUp up = RollUp.children(s, "parent", "2026-11", parts);
        assertThat(up.total()).isEqualByComparingTo(child.total());
        assertThat(up.grade()).isEqualTo(s.gradeFor(child.total()).map(Scheme.Grade::name));
        child.categoryTotals().forEach((k, v) -> assertThat(up.categories().get(k)).isEqualByComparingTo(v));
    }

    @Property(tries = 200)
    void schemesAndScorecardsSurviveAJsonRoundTrip(@ForAll long seed) {
        Gen g = new Gen(seed);
        Scheme s = g.scheme();
        assertThat(SchemeJson.read(SchemeJson.write(s), "rt.json")).isEqualTo(s);
        List<Scorecard> cards = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cards.add(score(s, g.subject(s, "g" + i, Optional.of("L3"))));
        }
        assertThat(ScorecardJson.read(ScorecardJson.write(cards), "rt.json")).isEqualTo(cards);
    }

    @Property(tries = 100)
    void scoringIsDeterministicAndParallelScoringEqualsSequential(@ForAll long seed) {
        Gen g = new Gen(seed);
        Scheme s = g.scheme();
        List<SubjectFacts> subjects = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            subjects.add(g.subject(s, "g" + i, Optional.empty()));
        }
        FactSet f = FactSet.of("2026-11", subjects);
        List<Scorecard> sequential = Scoring.score(s, f);
        assertThat(Scoring.of(s).parallel(true).scoreAll(f)).isEqualTo(sequential);
        assertThat(Scoring.of(s).parallel(true).stream(f).toList()).isEqualTo(sequential);
    }

    /**
     * Scores a generated subject, then again with each referenced fact that {@code which} accepts raised
     * by {@code more}, one fact at a time, and gives each pair of totals to {@code beforeAfter}.
     */
    private static void eachRaised(long seed, Predicate<String> which, int more,
            BiConsumer<BigDecimal, BigDecimal> beforeAfter) {
        Gen g = new Gen(seed);
        Scheme s = g.scheme();
        SubjectFacts subject = g.subject(s, "g1", Optional.empty());
        Scorecard before = score(s, subject);
        for (String f : s.referencedFacts()) {
            if (which.test(f)) {
                Map<String, BigDecimal> v = new HashMap<>(subject.values());
                v.put(f, v.getOrDefault(f, BigDecimal.ZERO).add(BigDecimal.valueOf(more)));
                Scorecard after = score(s, new SubjectFacts(subject.id(), Optional.empty(), Optional.empty(), v));
                beforeAfter.accept(before.total(), after.total());
            }
        }
    }
}
