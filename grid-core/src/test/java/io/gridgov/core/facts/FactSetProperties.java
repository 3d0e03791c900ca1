package io.gridgov.core.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridgov.core.io.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Merging facts by subject, and the files' round trips. */
class FactSetProperties {

    private static final List<String> SUBJECTS = List.of("g1", "g2", "g3", "网格4");

    /** Exact values with scales from 0 to 3 and either sign. */
    @Provide
    Arbitrary<BigDecimal> values() {
        return Combinators.combine(Arbitraries.longs().between(-100_000, 100_000), Arbitraries.integers().between(0, 3))
                .as(BigDecimal::valueOf);
    }

    /** Three sources whose facts are disjoint (a fact of a subject is in at most one), subjects shared. */
    @Provide
    Arbitrary<List<FactSet>> disjoint() {
        return Arbitraries.integers().between(0, 2).list().ofSize(24)
                .flatMap(owners -> values().list().ofSize(24).map(vs -> {
                    List<FactSet.Builder> b = List.of(FactSet.builder().source("a.json").period("2026-11"),
                            FactSet.builder().source("b.csv"), FactSet.builder().source("c.json").period("2026-11"));
                    for (int i = 0; i < 24; i++) {
                        b.get(owners.get(i)).fact(SUBJECTS.get(i % 4), "f" + (i / 4), vs.get(i));
                    }
                    b.get(owners.get(0)).group("g1", "L3").weight("g2", new BigDecimal("12.5"));
                    b.get(owners.get(1)).group("g1", "L3");
                    return b.stream().map(FactSet.Builder::build).toList();
                }));
    }

    @Property
    void mergeIsAssociative(@ForAll("disjoint") List<FactSet> s) {
        FactSet left = FactSet.merge(FactSet.merge(s.get(0), s.get(1)), s.get(2));
        FactSet right = FactSet.merge(s.get(0), FactSet.merge(s.get(1), s.get(2)));
        assertThat(left).isEqualTo(right);
        assertThat(left).isEqualTo(FactSet.merge(s));
        assertThat(left.source()).contains("a.json + b.csv + c.json");
    }

    @Property
    void mergeDoesNotDependOnTheOrderOfTheSources(@ForAll("disjoint") List<FactSet> s) {
        FactSet abc = FactSet.merge(s.get(0), s.get(1), s.get(2));
        for (List<FactSet> order : List.of(List.of(s.get(2), s.get(0), s.get(1)), List.of(s.get(1), s.get(2), s.get(0)),
                List.of(s.get(2), s.get(1), s.get(0)))) {
            FactSet other = FactSet.merge(order);
            assertThat(other.bySubject()).isEqualTo(abc.bySubject());
            assertThat(other.period()).isEqualTo(abc.period());
        }
        int facts = s.stream().mapToInt(f -> f.subjects().stream().mapToInt(x -> x.values().size()).sum()).sum();
        assertThat(abc.subjects().stream().mapToInt(x -> x.values().size()).sum()).isEqualTo(facts);
    }

    @Property
    void aFactGivenTwiceWithDifferentValuesIsRejectedNamingBothSources(@ForAll("disjoint") List<FactSet> s,
            @ForAll("values") BigDecimal delta) {
        if (delta.signum() == 0) {
            delta = BigDecimal.ONE;
        }
        FactSet a = s.get(0);
        SubjectFacts victim = a.subjects().stream().filter(x -> !x.values().isEmpty()).findFirst().orElse(null);
        if (victim == null) {
            return;
        }
        Map.Entry<String, BigDecimal> fact = victim.values().entrySet().iterator().next();
        FactSet clash = FactSet.builder().source("clash.csv")
                .fact(victim.id(), fact.getKey(), fact.getValue().add(delta)).build();
        List<FactSet> sources = new ArrayList<>(s);
        sources.add(1 + Math.abs(delta.intValue()) % 3, clash);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> FactSet.merge(sources));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("a.json", "clash.csv", "subject \"" + victim.id() + "\"",
                "\"" + fact.getKey() + "\"");
        // an equal value (even written with another scale) is fine
        FactSet same = FactSet.builder().source("same.csv")
                .fact(victim.id(), fact.getKey(), fact.getValue().setScale(fact.getValue().scale() + 2)).build();
        assertThat(FactSet.merge(a, same).subject(victim.id()).orElseThrow().values().get(fact.getKey()))
                .isEqualTo(fact.getValue());
    }

    @Property(tries = 50)
    void differentPeriodsAreRejectedNamingBothSources(@ForAll("disjoint") List<FactSet> s) {
        FactSet december = FactSet.builder().source("dec.json").period("2026-12").build();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> FactSet.merge(s.get(0), s.get(1), december));
        assertThat(e.getMessage()).contains("a.json", "dec.json", "2026-11", "2026-12");
    }

    /** Any facts: ids, groups and names with commas, quotes, line breaks, blanks and CJK. */
    @Provide
    Arbitrary<FactSet> anyFacts() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab,\"\n\r 网格é\t").ofMinLength(1).ofMaxLength(6)
                .filter(t -> !t.isBlank());
        Arbitrary<String> names = text.filter(t -> !FactsCsv.RESERVED.contains(t.strip()));
        Arbitrary<SubjectFacts> subject = Combinators.combine(text, text.optional(),
                values().map(BigDecimal::abs).optional(), Arbitraries.maps(names, values()).ofMaxSize(4))
                .as(SubjectFacts::new);
        return Combinators.combine(text.optional(), subject.list().ofMaxSize(5).uniqueElements(SubjectFacts::id))
                .as((period, subjects) -> new FactSet(period, Optional.empty(), subjects));
    }

    @Property
    void jsonRoundTripKeepsEverything(@ForAll("anyFacts") FactSet f) {
        FactSet back = FactFiles.readJson(FactFiles.toJson(f), "f.json");
        assertThat(back.subjects()).isEqualTo(f.subjects());
        assertThat(back.period()).isEqualTo(f.period());
    }

    @Property
    void csvRoundTripKeepsEverything(@ForAll("anyFacts") FactSet f) {
        FactSet back = FactFiles.readCsv(FactFiles.toCsv(f), "f.csv");
        assertThat(back.subjects()).isEqualTo(f.subjects());
        assertThat(back.period()).isEqualTo(f.subjects().isEmpty() ? Optional.empty() : f.period());
    }
}
