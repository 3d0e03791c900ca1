package io.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.facts.SubjectFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Scorecards keep their indicator lines compact (unscaled points at the scheme's scale, built into
 * {@link LineItem}s on access): each line must equal the line the engine builds eagerly — the same
 * numbers with the same scales, facts and reasons — and the base must be their exact sum.
 */
class CompactLinesProperties {

    @Property(tries = 300)
    void compactLinesEqualTheEagerlyBuiltLines(@ForAll long seed) {
        Gen g = new Gen(seed);
        Scheme s = g.scheme();
        SubjectFacts subject = g.subject(s, "g1", Optional.empty());
        assertLinesAsEager(s, subject);
    }

    @Example
    void largePointsAtScaleSixBeyondTheSharedNumbersAndBeyondALongStayExact() {
        for (String total : List.of("1000000", "10000000000000")) {
            BigDecimal points = new BigDecimal(total);
            Scheme s = new Scheme("big", "大方案", points, new Scheme.Rounding(6, RoundingMode.HALF_EVEN),
                    List.of(new Scheme.Category("A", "类别A", points, List.of(
                            new Scheme.Indicator("A1", "指标A1", points, new Rule.Manual("A1.manual"))))),
                    Optional.empty(), List.of(), List.of(), new Scheme.Lists(0, 0), Map.of());
            SubjectFacts subject = new SubjectFacts("g1", Optional.empty(), Optional.empty(),
                    Map.of("A1.manual", points.subtract(new BigDecimal("0.0000015"))));
            Scorecard c = assertLinesAsEager(s, subject);
            // 0.0000015 below the points, rounded half even at six decimals: 0.000002 below
            assertThat(c.base()).isEqualTo(points.subtract(new BigDecimal("0.000002")));
            assertThat(c.lines().get(0).deducted()).isEqualTo(new BigDecimal("0.000002"));
        }
    }

    private static Scorecard assertLinesAsEager(Scheme s, SubjectFacts subject) {
        Scorecard c = Scoring.of(s).score(subject, Optional.of("2026-11"));
        List<LineItem> eager = new Engine(s).eagerLines(subject);
        assertThat(c.lines()).hasSize(eager.size());
        BigDecimal base = s.rounding().apply(BigDecimal.ZERO);
        for (int i = 0; i < eager.size(); i++) {
            LineItem compact = c.lines().get(i);
            LineItem reference = eager.get(i);
            // BigDecimal.equals compares the scale too
            assertThat(compact).isEqualTo(reference);
            assertThat(compact.points()).isEqualTo(reference.points());
            assertThat(compact.awarded()).isEqualTo(reference.awarded());
            assertThat(compact.deducted()).isEqualTo(reference.deducted());
            assertThat(compact.facts()).isEqualTo(reference.facts());
            assertThat(compact.reason()).isEqualTo(reference.reason());
            base = base.add(reference.awarded());
        }
        assertThat(c.base()).isEqualTo(base);
        assertThat(c.lines()).isEqualTo(List.copyOf(eager));
        return c;
    }
}
