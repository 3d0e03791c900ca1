package io.gridgov.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The ranking of a period (排名) within peer groups (同级同类), by the competition rule: equal totals
 * share a rank and the next rank skips (1, 2, 2, 4). Per group: the red list (红榜, the {@code red}
 * best) and the black list (黑榜, the {@code black} worst, never a subject already on the red list) by
 * the scheme's list rules ({@link Scheme.Lists}: ties at the cut-off, the smallest group that has lists,
 * the lowest grade on the red list and the highest on the black list), the best and the worst (all
 * subjects sharing the top or bottom total) and the change against a previous period. Subjects hit by an {@link VetoEffect#EXCLUDE
 * exclude} veto are not ranked and are listed apart. Immutable and thread-safe.
 *
 * @param entries the ranked subjects, ordered by group, rank, then subject id
 * @param excluded the subjects kept out of the ranking, ordered by group then subject id
 */
public record Ranking(List<Entry> entries, List<Scorecard> excluded) {

    /** Validates and copies. */
    public Ranking {
        entries = List.copyOf(requireNonNull(entries, "entries"));
        excluded = List.copyOf(requireNonNull(excluded, "excluded"));
    }

    /**
     * A ranked subject.
     *
     * @param subject the subject
     * @param group the peer group; empty for subjects without one (ranked together)
     * @param rank the competition rank, from 1
     * @param total the total
     * @param grade the grade
     * @param red whether on the red list
     * @param black whether on the black list
     * @param best whether it has the group's highest total
     * @param worst whether it has the group's lowest total (and the group has more than one total)
     * @param previousRank the rank in the previous period, when it was ranked then
     * @param previousTotal the total in the previous period, when scored then
     */
    public record Entry(String subject, Optional<String> group, int rank, BigDecimal total, Optional<String> grade,
            boolean red, boolean black, boolean best, boolean worst, OptionalInt previousRank,
            Optional<BigDecimal> previousTotal) {
        /** Validates. */
        public Entry {
            requireNonNull(subject, "subject");
            requireNonNull(group, "group");
            requireNonNull(total, "total");
            requireNonNull(grade, "grade");
            requireNonNull(previousRank, "previousRank");
            requireNonNull(previousTotal, "previousTotal");
        }

        /** {@return the change of the total against the previous period} */
        public Optional<BigDecimal> change() {
            return previousTotal.map(total::subtract);
        }

        /** {@return places gained since the previous period (positive = moved up)} */
        public OptionalInt rankChange() {
            return previousRank.isPresent() ? OptionalInt.of(previousRank.getAsInt() - rank) : OptionalInt.empty();
        }
    }

    /**
     * Ranks a period.
     *
     * @param cards the scorecards
     * @param lists the red and black lists (from the scheme), without grade bounds
     * @return the ranking
     * @throws IllegalArgumentException when the lists have grade bounds: use {@link #of(List, Scheme)}
     */
    public static Ranking of(List<Scorecard> cards, Scheme.Lists lists) {
        return of(cards, lists, List.of());
    }

    /**
     * Ranks a period and compares it with the previous one.
     *
     * @param cards the scorecards
     * @param lists the red and black lists, without grade bounds
     * @param previous the previous period's scorecards (may be empty)
     * @return the ranking
     * @throws IllegalArgumentException when the lists have grade bounds: use {@link #of(List, Scheme, List)}
     */
    public static Ranking of(List<Scorecard> cards, Scheme.Lists lists, List<Scorecard> previous) {
        requireNonNull(lists, "lists");
        if (lists.hasGradeBounds()) {
            throw new IllegalArgumentException("the lists have grade bounds (redMinGrade, blackMaxGrade); rank with "
                    + "Ranking.of(cards, scheme) so that the scheme's grades order them");
        }
        return of(cards, lists, Map.of(), previous);
    }

    /**
     * Ranks a period with the scheme's lists, their rules and its grades.
     *
     * @param cards the scorecards
     * @param scheme the scheme that scored them
     * @return the ranking
     */
    public static Ranking of(List<Scorecard> cards, Scheme scheme) {
        return of(cards, scheme, List.of());
    }

    /**
     * Ranks a period with the scheme's lists and grades and compares it with the previous one.
     *
     * @param cards the scorecards
     * @param scheme the scheme that scored them
     * @param previous the previous period's scorecards (may be empty)
     * @return the ranking
     */
    public static Ranking of(List<Scorecard> cards, Scheme scheme, List<Scorecard> previous) {
        requireNonNull(scheme, "scheme");
        return of(cards, scheme.lists(), grades(scheme), previous);
    }

    private static Ranking of(List<Scorecard> cards, Scheme.Lists lists, Map<String, BigDecimal> grades,
            List<Scorecard> previous) {
        requireNonNull(cards, "cards");
        requireNonNull(previous, "previous");
        boolean categories = needsCategories(lists);
        List<Ranked> now = new ArrayList<>(cards.size());
        cards.forEach(c -> now.add(Ranked.of(c, categories, c)));
        List<Ranked> before = new ArrayList<>(previous.size());
        previous.forEach(c -> before.add(Ranked.of(c, categories, c)));
        return rank(now, lists, grades, before);
    }

    /** {@return whether the lists' tie rule compares category totals, which must then be kept} */
    static boolean needsCategories(Scheme.Lists lists) {
        return lists.ties() == Scheme.Ties.CUT_BY_NEXT_KEY && (lists.red() > 0 || lists.black() > 0);
    }

    /** {@return the grades' lowest totals by name, for the list rules} */
    static Map<String, BigDecimal> grades(Scheme scheme) {
        Map<String, BigDecimal> grades = new HashMap<>();
        scheme.grades().forEach(g -> grades.put(g.name(), g.min()));
        return grades;
    }

    /**
     * What ranking needs of a scorecard, and nothing more: a period of a million subjects is ranked from
     * these without holding their scorecards ({@link ScoringPass}).
     *
     * @param subject the subject
     * @param group its peer group
     * @param total its total
     * @param base its base (the first key after the total when ties are cut by the next key)
     * @param grade its grade
     * @param categories its category totals in scheme order, when ties are cut by the next key; else null
     * @param excluded the scorecard of a subject kept out of the ranking (what {@link #excluded()} lists); else null
     */
    record Ranked(String subject, Optional<String> group, BigDecimal total, BigDecimal base, Optional<String> grade,
            BigDecimal[] categories, Scorecard excluded) {

        /** {@return the compact form of a card; {@code kept} is what to list when it is excluded} */
        static Ranked of(Scorecard c, boolean categories, Scorecard kept) {
            return new Ranked(c.subject(), c.group(), c.total(), c.base(), c.grade(),
                    categories ? c.categoryTotals().values().toArray(new BigDecimal[0]) : null,
                    c.excluded() ? kept : null);
        }
    }

    /**
     * Ranks compact cards, and compares them with a previous period's.
     *
     * @param cards this period's
     * @param lists the list rules
     * @param grades the grades' lowest totals by name
     * @param previous the previous period's (may be empty)
     * @return the ranking
     */
    static Ranking rank(List<Ranked> cards, Scheme.Lists lists, Map<String, BigDecimal> grades, List<Ranked> previous) {
        Map<String, BigDecimal> prevTotals = new HashMap<>();
        previous.forEach(c -> prevTotals.put(c.subject(), c.total()));
        Map<String, Integer> prevRanks = new HashMap<>();
        if (!previous.isEmpty()) {
            for (Entry e : rank(new ArrayList<>(previous), lists, grades, Map.of(), Map.of()).entries()) {
                prevRanks.put(e.subject(), e.rank());
            }
        }
        return rank(cards, lists, grades, prevTotals, prevRanks);
    }

    private static Ranking rank(List<Ranked> cards, Scheme.Lists lists, Map<String, BigDecimal> grades,
            Map<String, BigDecimal> prevTotals, Map<String, Integer> prevRanks) {
        Map<String, List<Ranked>> groups = new TreeMap<>();
        List<Ranked> out = new ArrayList<>();
        for (Ranked c : cards) {
            if (c.excluded() != null) {
                out.add(c);
            } else {
                groups.computeIfAbsent(c.group().orElse(""), g -> new ArrayList<>()).add(c);
            }
        }
        out.sort(Comparator.comparing((Ranked c) -> c.group().orElse("")).thenComparing(Ranked::subject));
        List<Scorecard> excluded = new ArrayList<>(out.size());
        out.forEach(c -> excluded.add(c.excluded()));
        Optional<BigDecimal> redMin = lists.redMinGrade().map(grades::get);
        Optional<BigDecimal> blackMax = lists.blackMaxGrade().map(grades::get);
        List<Entry> entries = new ArrayList<>(cards.size() - excluded.size());
        for (List<Ranked> g : groups.values()) {
            g.sort(Comparator.comparing(Ranked::total).reversed().thenComparing(Ranked::subject));
            BigDecimal top = g.get(0).total();
            BigDecimal bottom = g.get(g.size() - 1).total();
            int[] ranks = new int[g.size()];
            for (int i = 0; i < g.size(); i++) {
                boolean tie = i > 0 && g.get(i).total().compareTo(g.get(i - 1).total()) == 0;
                ranks[i] = tie ? ranks[i - 1] : i + 1;
            }
            Set<String> red = new HashSet<>();
            Set<String> black = new HashSet<>();
            if (g.size() >= lists.minGroupSize()) {
                List<Ranked> redFrom = new ArrayList<>();
                for (Ranked c : g) {
                    if (redMin.isEmpty() || gradeAtLeast(c, grades, redMin.get())) {
                        redFrom.add(c);
                    }
                }
                red.addAll(pick(redFrom, lists.red(), lists.ties(), true));
                List<Ranked> blackFrom = new ArrayList<>();
                for (int i = g.size() - 1; i >= 0; i--) {
                    Ranked c = g.get(i);
                    if (!red.contains(c.subject()) && (blackMax.isEmpty() || gradeAtMost(c, grades, blackMax.get()))) {
                        blackFrom.add(c);
                    }
                }
                black.addAll(pick(blackFrom, lists.black(), lists.ties(), false));
            }
            for (int i = 0; i < g.size(); i++) {
                Ranked c = g.get(i);
                Integer pr = prevRanks.get(c.subject());
                BigDecimal pt = prevTotals.get(c.subject());
                entries.add(new Entry(c.subject(), c.group(), ranks[i], c.total(), c.grade(), red.contains(c.subject()),
                        black.contains(c.subject()),
                        c.total().compareTo(top) == 0, top.compareTo(bottom) != 0 && c.total().compareTo(bottom) == 0,
                        pr == null ? OptionalInt.empty() : OptionalInt.of(pr), Optional.ofNullable(pt)));
            }
        }
        return new Ranking(entries, excluded);
    }

    private static boolean gradeAtLeast(Ranked c, Map<String, BigDecimal> grades, BigDecimal min) {
        BigDecimal g = c.grade().map(grades::get).orElse(null);
        return g != null && g.compareTo(min) >= 0;
    }

    private static boolean gradeAtMost(Ranked c, Map<String, BigDecimal> grades, BigDecimal max) {
        BigDecimal g = c.grade().map(grades::get).orElse(null);
        return g != null && g.compareTo(max) <= 0;
    }

    /**
     * The first {@code n} subjects of {@code ordered} (best first for the red list, worst first for the
     * black list), with a tie at the cut-off settled by {@code ties}.
     */
    private static List<String> pick(List<Ranked> ordered, int n, Scheme.Ties ties, boolean best) {
        if (n == 0 || ordered.isEmpty()) {
            return List.of();
        }
        List<Ranked> in = new ArrayList<>(ordered);
        Comparator<Ranked> key = Comparator.comparing(Ranked::total);
        if (ties == Scheme.Ties.CUT_BY_NEXT_KEY) {
            key = key.thenComparing(Ranked::base).thenComparing(Ranked::categories, LEXICAL);
            Comparator<Ranked> order = best ? key.reversed() : key;
            in.sort(order.thenComparing(Ranked::subject));
        }
        if (in.size() <= n) {
            return in.stream().map(Ranked::subject).toList();
        }
        Ranked last = in.get(n - 1);
        Comparator<Ranked> tieKey = key;
        boolean splitTie = tieKey.compare(in.get(n), last) == 0;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            boolean tiedWithLast = tieKey.compare(in.get(i), last) == 0;
            if (i < n && !(splitTie && tiedWithLast && ties != Scheme.Ties.INCLUDE_ALL)) {
                out.add(in.get(i).subject());
            } else if (i >= n && tiedWithLast && ties == Scheme.Ties.INCLUDE_ALL) {
                out.add(in.get(i).subject());
            }
        }
        return out;
    }

    /** The category totals in scheme order, compared one after the other (the next key after base). */
    private static final Comparator<BigDecimal[]> LEXICAL = (a, b) -> {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = a[i].compareTo(b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    };

    /**
     * The peer group (同级同类) of a grid in a tree: its level number and kind, such as
     * {@code L3/comprehensive} or {@code L3/dedicated:school}; use it as the subjects' {@code group}.
     *
     * @param tree the grid tree
     * @param gridId the grid
     * @return the group key
     */
    public static String peerGroup(io.gridgov.core.tree.GridTree tree, String gridId) {
        return "L" + tree.levelNumber(gridId) + "/" + tree.require(gridId).kind();
    }

    /** {@return the red list, by group and rank} */
    public List<Entry> red() {
        return entries.stream().filter(Entry::red).toList();
    }

    /** {@return the black list, by group and rank} */
    public List<Entry> black() {
        return entries.stream().filter(Entry::black).toList();
    }

    /** {@return the best subjects of each group (标兵)} */
    public List<Entry> best() {
        return entries.stream().filter(Entry::best).toList();
    }

    /** {@return the worst subjects of each group} */
    public List<Entry> worst() {
        return entries.stream().filter(Entry::worst).toList();
    }

    /**
     * {@return the entry of a subject, if ranked}
     *
     * @param subject the subject
     */
    public Optional<Entry> entry(String subject) {
        return entries.stream().filter(e -> e.subject().equals(subject)).findFirst();
    }
}
