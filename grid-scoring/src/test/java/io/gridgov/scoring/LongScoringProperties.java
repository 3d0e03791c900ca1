package io.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;

/** Longer runs of the central invariants; only with {@code -Plong}. */
@Tag("long")
class LongScoringProperties {

    @Property(tries = 20_000)
    void aTotalLiesBetweenZeroAndTotalPlusBonusCapOverManySchemes(@ForAll long seed) {
        Gen g = new Gen(seed);
        Scheme s = g.scheme();
        assertThat(s.validate().findings()).isEmpty();
        Scorecard c = Scoring.of(s).score(g.subject(s, "g1", Optional.empty()), Optional.empty());
        assertThat(c.total()).isBetween(BigDecimal.ZERO, s.maximum());
        assertThat(ScorecardJson.read(ScorecardJson.write(java.util.List.of(c)), "rt").get(0)).isEqualTo(c);
    }
}
