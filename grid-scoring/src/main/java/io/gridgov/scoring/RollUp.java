package io.gridgov.scoring;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.facts.FactSet;
import io.gridgov.core.facts.SubjectFacts;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A roll-up (汇总) of scorecards: months into a quarter, quarters into a year (weighted averages of the
 * totals, e.g. equal weights or a year of 0.2/0.2/0.3/0.3), or children into their parent grid
 * (weighted by households (户数) or equally). A parent may instead be scored on its own scheme from
 * the sum of its children's facts ({@link #ownScheme}).
 *
 * <p>The total is Σ weight × total / Σ weight, computed exactly and rounded once with the scheme's
 * rounding; category totals likewise; the grade comes from the scheme for the rolled-up total.
 * Immutable and thread-safe.
 *
 * @param subject the subject of the roll-up (the parent, or the subject rolled over periods)
 * @param period the period of the roll-up, such as {@code 2026-Q4}
 * @param total the weighted total
 * @param grade the grade for that total
 * @param categories the weighted category totals, in scheme order
 * @param parts what was rolled up, with weights
 * @param vetoed whether any part was vetoed
 */
public record RollUp(String subject, String period, BigDecimal total, Optional<String> grade,
        Map<String, BigDecimal> categories, List<Part> parts, boolean vetoed) {

    /** Validates and copies. */
    public RollUp {
        requireNonNull(subject, "subject");
        requireNonNull(period, "period");
        requireNonNull(total, "total");
        requireNonNull(grade, "grade");
        categories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(categories, "categories")));
        parts = List.copyOf(requireNonNull(parts, "parts"));
    }

    /**
     * A scorecard with its weight.
     *
     * @param card the scorecard
     * @param weight its weight (≥ 0)
     */
    public record Part(Scorecard card, BigDecimal weight) {
        /** Validates. */
        public Part {
            requireNonNull(card, "card");
            requireNonNull(weight, "weight");
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("weight must be ≥ 0, got " + weight + " for " + card.subject());
            }
        }
    }

    /** How children are weighted in a parent. */
    public enum Weighting {
        /** Each child counts the same. */
        EQUAL,
        /** Each child counts by its households (户数) in the grid tree. */
        HOUSEHOLDS
    }

    /**
     * Rolls one subject's periods up with equal weights (e.g. three months into a quarter).
     *
     * @param scheme the scheme of the cards
     * @param period the period of the roll-up, e.g. {@code 2026-Q4}
     * @param cards the subject's cards, at least one
     * @return the roll-up
     */
    public static RollUp periods(Scheme scheme, String period, List<Scorecard> cards) {
        return periodsOf(scheme, period, cards.stream().map(c -> new Part(c, BigDecimal.ONE)).toList());
    }

    /**
     * Rolls one subject's periods up with weights (e.g. quarters into a year).
     *
     * @param scheme the scheme of the cards
     * @param period the period of the roll-up
     * @param parts the weighted cards of one subject
     * @return the roll-up
     */
    public static RollUp periodsWeighted(Scheme scheme, String period, List<Part> parts) {
        return periodsOf(scheme, period, parts);
    }

    private static RollUp periodsOf(Scheme scheme, String period, List<Part> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to roll up for " + period);
        }
        String subject = parts.get(0).card().subject();
        for (Part p : parts) {
            if (!p.card().subject().equals(subject)) {
                throw new IllegalArgumentException("a period roll-up takes one subject's cards; found \"" + subject
                        + "\" and \"" + p.card().subject() + "\"");
            }
        }
        return weighted(scheme, subject, period, parts);
    }

    /**
     * Rolls children up into a parent with explicit weights.
     *
     * @param scheme the children's scheme
     * @param parent the parent's id
     * @param period the period
     * @param parts the weighted children's cards
     * @return the roll-up
     */
    public static RollUp children(Scheme scheme, String parent, String period, List<Part> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("parent \"" + parent + "\" has no children to roll up");
        }
        return weighted(scheme, parent, period, parts);
    }

    /**
     * Rolls the children of a grid up into it, weighted equally or by households.
     *
     * @param scheme the children's scheme
     * @param tree the grid tree
     * @param parent the parent grid
     * @param period the period
     * @param cards scorecards of (at least) the parent's children; others are ignored
     * @param weighting how children count
     * @return the roll-up
     * @throws IllegalArgumentException when a child has no card, or no households under {@link Weighting#HOUSEHOLDS}
     */
    public static RollUp children(Scheme scheme, GridTree tree, String parent, String period, List<Scorecard> cards,
            Weighting weighting) {
        Map<String, Scorecard> byId = new LinkedHashMap<>();
        cards.forEach(c -> byId.put(c.subject(), c));
        List<Part> parts = new ArrayList<>();
        for (GridNode child : tree.children(parent)) {
            Scorecard c = byId.get(child.id());
            if (c == null) {
                throw new IllegalArgumentException("child \"" + child.id() + "\" of \"" + parent + "\" has no scorecard");
            }
            BigDecimal w = BigDecimal.ONE;
            if (weighting == Weighting.HOUSEHOLDS) {
                if (child.households().isEmpty()) {
                    throw new IllegalArgumentException("child \"" + child.id() + "\" has no households to weigh by");
                }
                w = BigDecimal.valueOf(child.households().getAsLong());
            }
            parts.add(new Part(c, w));
        }
        return children(scheme, parent, period, parts);
    }

    /**
     * Rolls children up into a parent weighted by the {@code weight} their facts carry (e.g. households
     * given in the facts file), for callers without a grid tree.
     *
     * @param scheme the children's scheme
     * @param parent the parent's id
     * @param period the period
     * @param cards the children's scorecards
     * @param facts the children's facts, each child with a {@code weight}
     * @return the roll-up
     * @throws IllegalArgumentException when a child has no facts or no weight
     */
    public static RollUp childrenByWeight(Scheme scheme, String parent, String period, List<Scorecard> cards,
            FactSet facts) {
        List<Part> parts = new ArrayList<>();
        for (Scorecard c : cards) {
            SubjectFacts s = facts.subject(c.subject()).orElseThrow(
                    () -> new IllegalArgumentException("child \"" + c.subject() + "\" has no facts"));
            parts.add(new Part(c, s.weight().orElseThrow(
                    () -> new IllegalArgumentException("child \"" + c.subject() + "\" has no weight"))));
        }
        return children(scheme, parent, period, parts);
    }

    /**
     * Scores a parent on its own scheme from the sum of its children's facts (rates then come from the
     * summed numerators and denominators, not from averaged rates).
     *
     * @param parentScheme the parent's scheme
     * @param parent the parent's id
     * @param group the parent's peer group, if any
     * @param children the children's facts
     * @return the parent's scorecard
     */
    public static Scorecard ownScheme(Scheme parentScheme, String parent, Optional<String> group, FactSet children) {
        Map<String, BigDecimal> sum = new LinkedHashMap<>();
        for (SubjectFacts s : children.subjects()) {
            s.values().forEach((k, v) -> sum.merge(k, v, BigDecimal::add));
        }
        return Scoring.of(parentScheme).score(new SubjectFacts(parent, group, Optional.empty(), sum), children.period());
    }

    private static RollUp weighted(Scheme scheme, String subject, String period, List<Part> parts) {
        BigDecimal w = BigDecimal.ZERO;
        BigDecimal t = BigDecimal.ZERO;
        Map<String, BigDecimal> cats = new LinkedHashMap<>();
        boolean vetoed = false;
        for (Part p : parts) {
            w = w.add(p.weight());
            t = t.add(p.card().total().multiply(p.weight()));
            for (Map.Entry<String, BigDecimal> e : p.card().categoryTotals().entrySet()) {
                cats.merge(e.getKey(), e.getValue().multiply(p.weight()), BigDecimal::add);
            }
            vetoed |= p.card().vetoed();
        }
        if (w.signum() == 0) {
            throw new IllegalArgumentException("the weights of " + subject + " sum to 0");
        }
        BigDecimal total = scheme.rounding().apply(t.divide(w, MathContext.DECIMAL128));
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : cats.entrySet()) {
            out.put(e.getKey(), scheme.rounding().apply(e.getValue().divide(w, MathContext.DECIMAL128)));
        }
        return new RollUp(subject, period, total, scheme.gradeFor(total).map(Scheme.Grade::name), out, parts, vetoed);
    }
}
