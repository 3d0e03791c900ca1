package io.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RankingTest {

    static Scorecard card(String subject, String group, String total) {
        return new Scorecard("t", subject, Optional.of("2026-11"), Optional.ofNullable(group), List.of(), List.of(),
                List.of(), new BigDecimal(total), BigDecimal.ZERO, new BigDecimal(total), Optional.empty(), false);
    }

    @Test
    void equalTotalsShareARankAndTheNextRankSkips() {
        Ranking r = Ranking.of(List.of(card("a", null, "90"), card("b", null, "95"), card("c", null, "90"),
                card("d", null, "80")), new Scheme.Lists(1, 1));
        assertThat(r.entries()).extracting(Ranking.Entry::subject, Ranking.Entry::rank)
                .containsExactly(tuple("b", 1), tuple("a", 2), tuple("c", 2), tuple("d", 4));
        assertThat(r.red()).extracting(Ranking.Entry::subject).containsExactly("b");
        assertThat(r.black()).extracting(Ranking.Entry::subject).containsExactly("d");
        assertThat(r.best()).extracting(Ranking.Entry::subject).containsExactly("b");
        assertThat(r.worst()).extracting(Ranking.Entry::subject).containsExactly("d");
    }

    @Test
    void subjectsAreRankedOnlyAgainstTheirPeerGroup() {
        Ranking r = Ranking.of(List.of(card("street-a", "region", "70"), card("dept-x", "department", "60"),
                card("street-b", "region", "90"), card("dept-y", "department", "65")), new Scheme.Lists(1, 1));
        assertThat(r.entries()).extracting(Ranking.Entry::subject, Ranking.Entry::rank)
                .containsExactly(tuple("dept-y", 1), tuple("dept-x", 2), tuple("street-b", 1), tuple("street-a", 2));
        assertThat(r.red()).extracting(Ranking.Entry::subject).containsExactly("dept-y", "street-b");
    }

    @Test
    void tiesAtTheEdgeOfAListAreAllListed() {
        Ranking r = Ranking.of(List.of(card("a", null, "50"), card("b", null, "50"), card("c", null, "70"),
                card("d", null, "90")), new Scheme.Lists(1, 1));
        assertThat(r.black()).extracting(Ranking.Entry::subject).containsExactly("a", "b");
        assertThat(r.worst()).extracting(Ranking.Entry::subject).containsExactly("a", "b");
    }

    @Test
    void theChangeAgainstThePreviousPeriodIsReported() {
        List<Scorecard> before = List.of(card("a", null, "80"), card("b", null, "90"));
        List<Scorecard> now = new ArrayList<>(List.of(card("a", null, "95"), card("b", null, "85"), card("c", null, "70")));
        Ranking r = Ranking.of(now, Scheme.Lists.NONE, before);
        Ranking.Entry a = r.entry("a").orElseThrow();
        assertThat(a.rank()).isEqualTo(1);
        assertThat(a.previousRank()).hasValue(2);
        assertThat(a.rankChange()).hasValue(1);
        assertThat(a.change()).contains(new BigDecimal("15"));
        assertThat(r.entry("c").orElseThrow().previousRank()).isEmpty();
    }
}
