package io.gridgov.scoring;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How an indicator's points are awarded (评分规则): a closed family with one record per rule kind,
 * plus {@link Custom} for kinds that a vendor registers through {@link io.gridgov.scoring.spi.RuleKind}.
 *
 * <p>Every rule awards points in {@code [0, points]} of its indicator (bonus rules: in
 * {@code [0, cap]}); the engine never lets a rule go below zero (扣完为止). The JSON form of each
 * kind is given on its record and in {@code docs/formats/scheme.md}. All records are immutable and
 * safe to share between threads.
 */
public sealed interface IndicatorRule permits IndicatorRule.Deduct, IndicatorRule.Rate, IndicatorRule.Linear,
        IndicatorRule.Bands, IndicatorRule.Checklist, IndicatorRule.Manual, IndicatorRule.Add, IndicatorRule.Custom {

    /** {@return the rule kind as written in JSON, such as {@code deduct}} */
    String type();

    /** {@return the facts the rule reads, in the order it reads them} */
    List<String> facts();

    /** What a rule does when the denominator of a ratio is zero (应完成数为 0). */
    enum OnZero {
        /** Full points: nothing was due, so nothing was missed. */
        FULL("full"),
        /** No points. */
        ZERO("zero");

        private final String json;

        OnZero(String json) {
            this.json = json;
        }

        /** {@return the JSON spelling} */
        public String json() {
            return json;
        }

        /**
         * Parses the JSON spelling.
         *
         * @param s {@code full} or {@code zero}
         * @return the constant, if {@code s} names one
         */
        public static Optional<OnZero> parse(String s) {
            for (OnZero z : values()) {
                if (z.json.equals(s)) {
                    return Optional.of(z);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * {@code deduct} (扣分): the sum of count × each over the items, capped at the indicator's points.
     * A doubled deduction (加倍扣分, e.g. for a failure found by a leader) is an item with twice the
     * weight. JSON: {@code {"type": "deduct", "items": [{"fact": "patrol.missing_records", "each": 10,
     * "name": "巡查记录缺失"}]}}.
     *
     * @param items the deduction items, at least one
     */
    record Deduct(List<Item> items) implements IndicatorRule {
        /** Validates and copies. */
        public Deduct {
            items = List.copyOf(requireNonNull(items, "items"));
        }

        /**
         * One kind of failure.
         *
         * @param fact the fact holding the count of failures
         * @param each points deducted per failure (≥ 0)
         * @param name what the failure is called in reasons; the indicator's name when empty
         */
        public record Item(String fact, BigDecimal each, Optional<String> name) {
            /** Validates. */
            public Item {
                requireNonNull(fact, "fact");
                requireNonNull(each, "each");
                requireNonNull(name, "name");
            }
        }

        @Override
        public String type() {
            return "deduct";
        }

        @Override
        public List<String> facts() {
            return items.stream().map(Item::fact).toList();
        }
    }

    /**
     * {@code rate} (完成率): rate = numerator / (denominator + Σ denominatorPlus − Σ denominatorMinus).
     * Full points at or above {@code fullAt}; {@code perPercentBelow} points off per percentage point
     * below it; no points below {@code zeroBelow} when given; {@code onZeroDenominator} says what a
     * zero denominator earns. JSON: {@code {"type": "rate", "numerator": "patrol.done",
     * "denominator": "patrol.required", "fullAt": 1.0, "perPercentBelow": 5, "onZeroDenominator": "full"}}.
     *
     * @param numerator the fact counted as done
     * @param denominator the fact counted as due
     * @param denominatorPlus facts added to the denominator (e.g. open overdue cases)
     * @param denominatorMinus facts subtracted from the denominator (e.g. postponed cases)
     * @param fullAt the rate (a fraction, 1.0 = 100%) from which full points are given
     * @param perPercentBelow points deducted per percentage point below {@code fullAt}
     * @param zeroBelow the rate below which no points are given
     * @param onZeroDenominator what a zero denominator earns
     */
    record Rate(String numerator, String denominator, List<String> denominatorPlus,
            List<String> denominatorMinus, BigDecimal fullAt, BigDecimal perPercentBelow,
            Optional<BigDecimal> zeroBelow, OnZero onZeroDenominator) implements IndicatorRule {
        /** Validates and copies. */
        public Rate {
            requireNonNull(numerator, "numerator");
            requireNonNull(denominator, "denominator");
            denominatorPlus = List.copyOf(requireNonNull(denominatorPlus, "denominatorPlus"));
            denominatorMinus = List.copyOf(requireNonNull(denominatorMinus, "denominatorMinus"));
            requireNonNull(fullAt, "fullAt");
            requireNonNull(perPercentBelow, "perPercentBelow");
            requireNonNull(zeroBelow, "zeroBelow");
            requireNonNull(onZeroDenominator, "onZeroDenominator");
        }

        @Override
        public String type() {
            return "rate";
        }

        @Override
        public List<String> facts() {
            List<String> f = new ArrayList<>();
            f.add(numerator);
            f.add(denominator);
            f.addAll(denominatorPlus);
            f.addAll(denominatorMinus);
            return List.copyOf(f);
        }
    }

    /**
     * {@code linear} (线性插值): 0 points at {@code zeroAt}, full points at {@code fullAt}, linear in
     * between and clamped outside; {@code zeroAt} may be above {@code fullAt} (lower is better, e.g. a
     * rework rate). The value is {@code fact}, or {@code fact / denominator} when a denominator is
     * given. JSON: {@code {"type": "linear", "fact": "cases.reworked", "denominator": "cases.closed",
     * "zeroAt": 0.2, "fullAt": 0, "onZeroDenominator": "full"}}.
     *
     * @param fact the value, or the numerator of the value
     * @param denominator the denominator of the value, when it is a ratio
     * @param zeroAt the value that earns nothing
     * @param fullAt the value that earns full points
     * @param onZeroDenominator what a zero denominator earns (used only with a denominator)
     */
    record Linear(String fact, Optional<String> denominator, BigDecimal zeroAt, BigDecimal fullAt,
            OnZero onZeroDenominator) implements IndicatorRule {
        /** Validates. */
        public Linear {
            requireNonNull(fact, "fact");
            requireNonNull(denominator, "denominator");
            requireNonNull(zeroAt, "zeroAt");
            requireNonNull(fullAt, "fullAt");
            requireNonNull(onZeroDenominator, "onZeroDenominator");
        }

        @Override
        public String type() {
            return "linear";
        }

        @Override
        public List<String> facts() {
            return denominator.map(d -> List.of(fact, d)).orElse(List.of(fact));
        }
    }

    /**
     * {@code bands} (分档): value ranges → points. Bands are ordered, each {@code [from, to)}, the
     * first may omit {@code from} and the last {@code to}; consecutive bands must meet exactly (no gap,
     * no overlap). The value is {@code fact}, or {@code fact / denominator}. JSON:
     * {@code {"type": "bands", "fact": "satisfaction", "bands": [{"to": 60, "points": 0},
     * {"from": 60, "to": 80, "points": 50}, {"from": 80, "points": 100}]}}.
     *
     * @param fact the value, or its numerator
     * @param denominator the denominator of the value, when it is a ratio
     * @param bands the bands, in increasing order
     * @param onZeroDenominator what a zero denominator earns (used only with a denominator)
     */
    record Bands(String fact, Optional<String> denominator, List<Band> bands, OnZero onZeroDenominator)
            implements IndicatorRule {
        /** Validates and copies. */
        public Bands {
            requireNonNull(fact, "fact");
            requireNonNull(denominator, "denominator");
            bands = List.copyOf(requireNonNull(bands, "bands"));
            requireNonNull(onZeroDenominator, "onZeroDenominator");
        }

        /**
         * One band {@code [from, to)}.
         *
         * @param from the inclusive lower end; unbounded when empty
         * @param to the exclusive upper end; unbounded when empty
         * @param points the points for a value in the band
         */
        public record Band(Optional<BigDecimal> from, Optional<BigDecimal> to, BigDecimal points) {
            /** Validates. */
            public Band {
                requireNonNull(from, "from");
                requireNonNull(to, "to");
                requireNonNull(points, "points");
            }

            /** {@return whether {@code v} lies in the band} */
            public boolean contains(BigDecimal v) {
                // no Optional.map: this runs for every bands line of every subject
                return (from.isEmpty() || v.compareTo(from.get()) >= 0) && (to.isEmpty() || v.compareTo(to.get()) < 0);
            }

            /** {@return the band as {@code [from, to)}, with ∞ for an open end} */
            public String label() {
                return "[" + from.map(ScoringMessages::num).orElse("-∞") + ", "
                        + to.map(ScoringMessages::num).orElse("+∞") + ")";
            }
        }

        @Override
        public String type() {
            return "bands";
        }

        @Override
        public List<String> facts() {
            return denominator.map(d -> List.of(fact, d)).orElse(List.of(fact));
        }
    }

    /**
     * {@code checklist} (逐项检查): boolean facts, each worth points; the items' points sum to the
     * indicator's. JSON: {@code {"type": "checklist", "items": [{"fact": "board.posted", "points": 10,
     * "name": "公示牌"}]}}.
     *
     * @param items the checks, at least one
     */
    record Checklist(List<Item> items) implements IndicatorRule {
        /** Validates and copies. */
        public Checklist {
            items = List.copyOf(requireNonNull(items, "items"));
        }

        /**
         * One check.
         *
         * @param fact the boolean fact (true/false, or 1/0)
         * @param points the points when true
         * @param name what the check is called in reasons; the fact when empty
         */
        public record Item(String fact, BigDecimal points, Optional<String> name) {
            /** Validates. */
            public Item {
                requireNonNull(fact, "fact");
                requireNonNull(points, "points");
                requireNonNull(name, "name");
            }
        }

        @Override
        public String type() {
            return "checklist";
        }

        @Override
        public List<String> facts() {
            return items.stream().map(Item::fact).toList();
        }
    }

    /**
     * {@code manual} (人工评分): an assessor's score, which must lie in {@code [0, points]}.
     * JSON: {@code {"type": "manual", "fact": "score.A5"}}.
     *
     * @param fact the fact holding the assessor's score
     */
    record Manual(String fact) implements IndicatorRule {
        /** Validates. */
        public Manual {
            requireNonNull(fact, "fact");
        }

        @Override
        public String type() {
            return "manual";
        }

        @Override
        public List<String> facts() {
            return List.of(fact);
        }
    }

    /**
     * {@code add} (加分), for bonus items: count × each, capped at {@code cap} when given. JSON:
     * {@code {"type": "add", "fact": "awards.city", "each": 20, "cap": 40}}.
     *
     * @param fact the fact holding the count
     * @param each points per occurrence (≥ 0)
     * @param cap the most this item adds
     */
    record Add(String fact, BigDecimal each, Optional<BigDecimal> cap) implements IndicatorRule {
        /** Validates. */
        public Add {
            requireNonNull(fact, "fact");
            requireNonNull(each, "each");
            requireNonNull(cap, "cap");
        }

        @Override
        public String type() {
            return "add";
        }

        @Override
        public List<String> facts() {
            return List.of(fact);
        }
    }

    /**
     * A rule of a kind that a vendor registered through {@link io.gridgov.scoring.spi.RuleKind}; the
     * JSON object is kept as it was written, and the provider reads its parameters.
     *
     * @param type the kind, not one of the built-in kinds
     * @param params the rule's JSON object, including {@code type} (a defensive copy)
     * @param facts the facts the rule reads, as the provider reported them
     */
    record Custom(String type, ObjectNode params, List<String> facts) implements IndicatorRule {
        /** Validates and copies. */
        public Custom {
            requireNonNull(type, "type");
            params = requireNonNull(params, "params").deepCopy();
            facts = List.copyOf(requireNonNull(facts, "facts"));
        }

        /** {@return a copy of the rule's JSON object} */
        @Override
        public ObjectNode params() {
            return params.deepCopy();
        }
    }
}
