package io.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §2: the rules of the red and black lists (红黑榜) are the scheme's explicit options — ties, the
 * smallest group that has lists, the lowest grade on the red list, the highest on the black list — and
 * hold for any cards.
 */
class RankingListsProperties {

    private static final List<Scheme.Grade> GRADES = List.of(new Scheme.Grade("优秀", new BigDecimal("90")),
            new Scheme.Grade("良好", new BigDecimal("80")), new Scheme.Grade("合格", new BigDecimal("60")),
            new Scheme.Grade("不合格", BigDecimal.ZERO));

    private static Scheme scheme(Scheme.Lists lists) {
        return new Scheme("t", "t", new BigDecimal("100"), Scheme.Rounding.DEFAULT, List.of(new Scheme.Category("A", "A",
                new BigDecimal("100"), List.of(new Scheme.Indicator("A1", "A1", new BigDecimal("100"),
                        new IndicatorRule.Manual("x"))))), Optional.empty(), List.of(), GRADES, lists, Map.of());
    }

    private static int order(Optional<String> grade) {
        return grade.map(g -> GRADES.stream().filter(x -> x.name().equals(g)).findFirst().orElseThrow().min().intValue())
                .orElse(-1);
    }

    /** Cards with few distinct totals (many ties), a few groups of random sizes, some graded lower by a veto. */
    private static List<Scorecard> cards(Random r, Scheme s) {
        List<Scorecard> out = new ArrayList<>();
        int n = r.nextInt(30);
        for (int i = 0; i < n; i++) {
            BigDecimal total = BigDecimal.valueOf(r.nextInt(11) * 10L);
            String grade = r.nextInt(8) == 0 ? "不合格" : s.gradeFor(total).orElseThrow().name();
            BigDecimal base = total.subtract(BigDecimal.valueOf(r.nextInt(3)));
            out.add(new Scorecard("t", "s" + i, Optional.empty(), Optional.of("G" + r.nextInt(4)), List.of(), List.of(),
                    List.of(), base, total.subtract(base), total, Optional.of(grade), false));
        }
        return out;
    }

    @Property(tries = 500)
    void listsKeepTheirSizeGradeBoundsAndMinimumGroupSize(@ForAll long seed) {
        Random r = new Random(seed);
        Scheme.Ties ties = Scheme.Ties.values()[r.nextInt(3)];
        int red = r.nextInt(5);
        int black = r.nextInt(5);
        int minGroup = 1 + r.nextInt(6);
        Optional<String> redMin = r.nextBoolean() ? Optional.of(GRADES.get(r.nextInt(4)).name()) : Optional.empty();
        Optional<String> blackMax = r.nextBoolean() ? Optional.of(GRADES.get(r.nextInt(4)).name()) : Optional.empty();
        Scheme s = scheme(new Scheme.Lists(red, black, ties, minGroup, redMin, blackMax));
        assertThat(s.validate().findings()).isEmpty();
        List<Scorecard> cards = cards(r, s);
        Ranking ranking = Ranking.of(cards, s);
        Map<Optional<String>, List<Ranking.Entry>> groups = ranking.entries().stream()
                .collect(Collectors.groupingBy(Ranking.Entry::group, LinkedHashMap::new, Collectors.toList()));
        for (List<Ranking.Entry> g : groups.values()) {
            List<Ranking.Entry> reds = g.stream().filter(Ranking.Entry::red).toList();
            List<Ranking.Entry> blacks = g.stream().filter(Ranking.Entry::black).toList();
            if (g.size() < minGroup) {
                assertThat(reds).as("a group below the minimum size has no lists").isEmpty();
                assertThat(blacks).isEmpty();
            }
            if (ties != Scheme.Ties.INCLUDE_ALL) {
                assertThat(reds.size()).as("red list never longer than its size").isLessThanOrEqualTo(red);
                assertThat(blacks.size()).isLessThanOrEqualTo(black);
            }
            redMin.ifPresent(min -> reds.forEach(e -> assertThat(order(e.grade())).as("red list below the minimum grade")
                    .isGreaterThanOrEqualTo(order(Optional.of(min)))));
            blackMax.ifPresent(max -> blacks.forEach(e -> assertThat(order(e.grade()))
                    .as("black list above the maximum grade").isLessThanOrEqualTo(order(Optional.of(max)))));
            reds.forEach(e -> assertThat(e.black()).as("never on both lists").isFalse());
            // nobody left off the red list ranks strictly above someone on it (among the eligible)
            for (Ranking.Entry in : reds) {
                for (Ranking.Entry out : g) {
                    boolean eligible = redMin.isEmpty() || order(out.grade()) >= order(redMin);
                    if (!out.red() && eligible) {
                        assertThat(out.total()).isLessThanOrEqualTo(in.total());
                    }
                }
            }
            if (ties == Scheme.Ties.INCLUDE_ALL && !reds.isEmpty()) {
                BigDecimal last = reds.stream().map(Ranking.Entry::total).min(BigDecimal::compareTo).orElseThrow();
                g.stream().filter(e -> e.total().compareTo(last) == 0
                        && (redMin.isEmpty() || order(e.grade()) >= order(redMin)))
                        .forEach(e -> assertThat(e.red()).as("include-all takes everyone tied at the cut").isTrue());
            }
        }
    }

    @Test
    void tiesAtTheCutAreTakenBrokenByBasePointsOrLeftOut() {
        List<Scorecard> cards = new ArrayList<>();
        Map<String, String> base = new HashMap<>(Map.of("a", "100", "b", "99", "c", "98", "d", "98", "e", "50"));
        for (String id : List.of("a", "b", "c", "d", "e")) {
            BigDecimal total = id.equals("e") ? new BigDecimal("50") : new BigDecimal("100");
            BigDecimal b = new BigDecimal(base.get(id));
            cards.add(new Scorecard("t", id, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), b,
                    total.subtract(b), total, Optional.of("优秀"), false));
        }
        assertThat(red(cards, Scheme.Ties.INCLUDE_ALL)).containsExactly("a", "b", "c", "d");
        assertThat(red(cards, Scheme.Ties.CUT_BY_NEXT_KEY)).containsExactly("a", "b");   // c and d still tied: out
        assertThat(red(cards, Scheme.Ties.NONE)).isEmpty();
    }

    private static List<String> red(List<Scorecard> cards, Scheme.Ties ties) {
        return Ranking.of(cards, scheme(new Scheme.Lists(3, 0, ties, 1, Optional.empty(), Optional.empty()))).red()
                .stream().map(Ranking.Entry::subject).sorted().toList();
    }

    @Test
    void aGroupOfOneHasNoListsWhenTheSchemeAsksForTwoAndAPassingGridIsNotBlackListed() {
        Scheme s = scheme(new Scheme.Lists(3, 3, Scheme.Ties.CUT_BY_NEXT_KEY, 2, Optional.of("良好"),
                Optional.of("不合格")));
        Scorecard school = RankingTest.card("school", "L4/dedicated:school", "70");
        Scorecard passing = new Scorecard("t", "g2", Optional.empty(), Optional.of("L4/comprehensive"), List.of(),
                List.of(), List.of(), new BigDecimal("65"), BigDecimal.ZERO, new BigDecimal("65"), Optional.of("合格"),
                false);
        Scorecard good = new Scorecard("t", "g1", Optional.empty(), Optional.of("L4/comprehensive"), List.of(),
                List.of(), List.of(), new BigDecimal("95"), BigDecimal.ZERO, new BigDecimal("95"), Optional.of("优秀"),
                false);
        Ranking r = Ranking.of(List.of(school, passing, good), s);
        assertThat(r.red()).extracting(Ranking.Entry::subject).containsExactly("g1");
        assertThat(r.black()).isEmpty();
    }

    @Test
    void listRulesAreReadWrittenAndTheirGradesChecked() {
        Scheme s = Presets.load("grid-worker-monthly");
        assertThat(s.lists()).isEqualTo(new Scheme.Lists(3, 3, Scheme.Ties.CUT_BY_NEXT_KEY, 2, Optional.of("良好"),
                Optional.of("不合格")));
        assertThat(SchemeJson.read(SchemeJson.write(s), "rt").lists()).isEqualTo(s.lists());
        String bad = Presets.json("grid-worker-monthly").replace("\"redMinGrade\": \"良好\"", "\"redMinGrade\": \"良\"");
        assertThat(SchemeJson.parse(bad, "p.json").validate().findings("LIST_GRADE")).hasSize(1);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> SchemeJson.read(
                bad.replace("\"cut-by-next-key\"", "\"random\""), "p.json"))).hasMessageContaining(
                        "$.lists.ties").hasMessageContaining("expected include-all, cut-by-next-key or none");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Ranking.of(List.of(), s.lists())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
