package io.gridgov.scoring;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Diagnostics;
import io.gridgov.core.Finding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An assessment scheme (考核方案): categories of indicators whose points add up to the total (千分制:
 * 1,000), bonus items with a cap, one-vote vetoes, grades and the size of the red and black lists.
 * Read one with {@link SchemeJson#read}, or load a preset with {@link Presets#load}.
 *
 * <p>A scheme record may be constructed in any state; {@link #validate()} lists what is wrong with
 * JSON paths, and every operation that scores ({@link Scoring}) refuses an invalid scheme with an
 * {@link InvalidSchemeException}. Immutable and thread-safe.
 *
 * @param id a stable identifier, such as {@code grid-worker-monthly}
 * @param name the display name, such as {@code 网格员月度千分制考核}
 * @param total the points of all categories together (e.g. 1000)
 * @param rounding how points are rounded
 * @param categories the categories, in order
 * @param bonus the bonus items and their cap, if any
 * @param vetoes the one-vote vetoes
 * @param grades the grades, highest first
 * @param lists the red and black lists: sizes, ties, minimum group size, grade bounds
 * @param facts declared facts, with defaults for optional ones; empty means every referenced fact is required
 * @param missing what a fact a subject lacks counts as, for every line that does not say it itself and
 *        every fact without a default; when empty, a missing fact is an error
 */
public record Scheme(String id, String name, BigDecimal total, Rounding rounding, List<Category> categories,
        Optional<Bonus> bonus, List<Veto> vetoes, List<Grade> grades, Lists lists, Map<String, FactDecl> facts,
        Optional<Missing> missing) {

    /** Validates non-null components and copies collections (order kept). */
    public Scheme {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(total, "total");
        requireNonNull(rounding, "rounding");
        categories = List.copyOf(requireNonNull(categories, "categories"));
        requireNonNull(bonus, "bonus");
        vetoes = List.copyOf(requireNonNull(vetoes, "vetoes"));
        grades = List.copyOf(requireNonNull(grades, "grades"));
        requireNonNull(lists, "lists");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(facts, "facts")));
        requireNonNull(missing, "missing");
    }

    /**
     * A scheme that states no scheme-wide {@code missing} (a missing fact without a default is an error).
     *
     * @param id the id
     * @param name the name
     * @param total the total
     * @param rounding the rounding
     * @param categories the categories
     * @param bonus the bonus
     * @param vetoes the vetoes
     * @param grades the grades
     * @param lists the lists
     * @param facts the declared facts
     */
    public Scheme(String id, String name, BigDecimal total, Rounding rounding, List<Category> categories,
            Optional<Bonus> bonus, List<Veto> vetoes, List<Grade> grades, Lists lists, Map<String, FactDecl> facts) {
        this(id, name, total, rounding, categories, bonus, vetoes, grades, lists, facts, Optional.empty());
    }

    /**
     * What a fact that a line reads and a subject lacks counts as (缺项处理), in this order: the line's
     * own {@code missing}, the fact's declared {@code default}, the scheme's {@code missing}; when none
     * is stated the subject cannot be scored (an error naming it and the fact).
     */
    public enum Missing {
        /** The fact counts as 0. */
        ZERO("zero"),
        /** The run fails with an error naming the subject and the fact. */
        ERROR("error"),
        /**
         * The line is not assessed: an indicator awards its full points, a bonus item adds nothing, a veto
         * is not tested; the line's reason says so.
         */
        SKIP("skip");

        private final String json;

        Missing(String json) {
            this.json = json;
        }

        /** {@return the JSON spelling} */
        public String json() {
            return json;
        }

        /**
         * Parses the JSON spelling.
         *
         * @param s {@code zero}, {@code error} or {@code skip}
         * @return the constant, if {@code s} names one
         */
        public static Optional<Missing> parse(String s) {
            for (Missing m : values()) {
                if (m.json.equals(s)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * {@return the problems with this scheme (方案检查): ERROR findings with a rule id, the scheme's id as
     * subject and the JSON path as the location's field; valid when there are none}
     */
    public Diagnostics<Finding> validate() {
        return Diagnostics.of(SchemeValidator.validate(this));
    }

    /**
     * {@return this scheme, after checking it}
     *
     * @throws InvalidSchemeException listing every problem
     */
    public Scheme requireValid() {
        Diagnostics<Finding> problems = validate();
        if (!problems.findings().isEmpty()) {
            throw new InvalidSchemeException(id, problems.findings());
        }
        return this;
    }

    /** {@return the most points a subject can have: total plus the bonus cap} */
    public BigDecimal maximum() {
        return total.add(bonus.map(Bonus::cap).orElse(BigDecimal.ZERO));
    }

    /** {@return every fact the scheme reads (indicators, bonus, vetoes), each once, in order} */
    public Set<String> referencedFacts() {
        Set<String> out = new LinkedHashSet<>();
        categories.forEach(c -> c.indicators().forEach(i -> out.addAll(i.rule().facts())));
        bonus.ifPresent(b -> b.items().forEach(i -> out.addAll(i.rule().facts())));
        vetoes.forEach(v -> out.add(v.fact()));
        return out;
    }

    /** {@return the lowest grade, if the scheme has grades} */
    public Optional<Grade> lowestGrade() {
        return grades.stream().min((a, b) -> a.min().compareTo(b.min()));
    }

    /**
     * {@return the grade for a total: the grade with the highest minimum not above it}
     *
     * @param points the total
     */
    public Optional<Grade> gradeFor(BigDecimal points) {
        Grade best = null;
        for (Grade g : grades) {
            if (points.compareTo(g.min()) >= 0 && (best == null || g.min().compareTo(best.min()) > 0)) {
                best = g;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A builder; {@link Builder#build()} validates the scheme.
     *
     * @param id the scheme id
     * @param name its name
     * @param total its total points (&gt; 0)
     * @return a new builder
     */
    public static Builder builder(String id, String name, BigDecimal total) {
        return new Builder(id, name, total);
    }

    /**
     * How points are rounded: each line item and therefore the total.
     *
     * @param scale digits after the decimal point (0–6)
     * @param mode the rounding mode, such as {@code HALF_UP}; not {@code UNNECESSARY}
     */
    public record Rounding(int scale, RoundingMode mode) {
        /** One decimal, half up: the default. */
        public static final Rounding DEFAULT = new Rounding(1, RoundingMode.HALF_UP);

        /** Validates. */
        public Rounding {
            requireNonNull(mode, "mode");
            if (scale < 0 || scale > 6) {
                throw new IllegalArgumentException("rounding scale must be 0..6, got " + scale);
            }
            if (mode == RoundingMode.UNNECESSARY) {
                throw new IllegalArgumentException("rounding mode must round: UNNECESSARY fails on the first inexact line");
            }
        }

        /** {@return {@code v} rounded} */
        public BigDecimal apply(BigDecimal v) {
            return v.setScale(scale, mode);
        }
    }

    /**
     * A category (考核类别) of indicators whose points sum to the category's.
     *
     * @param code unique code, such as {@code A}
     * @param name display name, such as {@code 日常巡查}
     * @param points the category's points
     * @param indicators the indicators
     */
    public record Category(String code, String name, BigDecimal points, List<Indicator> indicators) {
        /** Validates and copies. */
        public Category {
            requireNonNull(code, "code");
            requireNonNull(name, "name");
            requireNonNull(points, "points");
            indicators = List.copyOf(requireNonNull(indicators, "indicators"));
        }
    }

    /**
     * An indicator (考核指标) with its points and the rule that awards them.
     *
     * @param code unique code, such as {@code A1}
     * @param name display name, such as {@code 巡查完成率}
     * @param points the most the indicator awards
     * @param rule the rule
     * @param missing what a fact its rule reads and a subject lacks counts as, when the indicator says it
     */
    public record Indicator(String code, String name, BigDecimal points, IndicatorRule rule, Optional<Missing> missing) {
        /** Validates. */
        public Indicator {
            requireNonNull(code, "code");
            requireNonNull(name, "name");
            requireNonNull(points, "points");
            requireNonNull(rule, "rule");
            requireNonNull(missing, "missing");
        }

        /**
         * An indicator that leaves missing facts to the fact's default and the scheme.
         *
         * @param code the code
         * @param name the name
         * @param points the points
         * @param rule the rule
         */
        public Indicator(String code, String name, BigDecimal points, IndicatorRule rule) {
            this(code, name, points, rule, Optional.empty());
        }
    }

    /**
     * Bonus points (加分项) on top of the total, capped as a whole.
     *
     * @param cap the most all bonus items add together
     * @param items the bonus items
     */
    public record Bonus(BigDecimal cap, List<BonusItem> items) {
        /** Validates and copies. */
        public Bonus {
            requireNonNull(cap, "cap");
            items = List.copyOf(requireNonNull(items, "items"));
        }
    }

    /**
     * A bonus item; its rule is an {@link IndicatorRule.Add}.
     *
     * @param code unique code, such as {@code B1}
     * @param name display name, such as {@code 市级表彰}
     * @param rule the rule
     * @param missing what its fact counts as when a subject lacks it, when the item says it
     */
    public record BonusItem(String code, String name, IndicatorRule rule, Optional<Missing> missing) {
        /** Validates. */
        public BonusItem {
            requireNonNull(code, "code");
            requireNonNull(name, "name");
            requireNonNull(rule, "rule");
            requireNonNull(missing, "missing");
        }

        /**
         * A bonus item that leaves a missing fact to the fact's default and the scheme.
         *
         * @param code the code
         * @param name the name
         * @param rule the rule
         */
        public BonusItem(String code, String name, IndicatorRule rule) {
            this(code, name, rule, Optional.empty());
        }
    }

    /**
     * A one-vote veto (一票否决): when the fact meets every condition, the effect applies.
     *
     * @param code unique code, such as {@code V1}
     * @param name display name, such as {@code 弄虚作假}
     * @param fact the fact tested
     * @param when the conditions, all of which must hold (JSON {@code {"gt": 0}})
     * @param effect what the veto does
     * @param missing what the fact counts as when a subject lacks it, when the veto says it
     */
    public record Veto(String code, String name, String fact, List<Condition> when, VetoEffect effect,
            Optional<Missing> missing) {
        /** Validates and copies. */
        public Veto {
            requireNonNull(code, "code");
            requireNonNull(name, "name");
            requireNonNull(fact, "fact");
            when = List.copyOf(requireNonNull(when, "when"));
            requireNonNull(effect, "effect");
            requireNonNull(missing, "missing");
        }

        /**
         * A veto that leaves a missing fact to the fact's default and the scheme.
         *
         * @param code the code
         * @param name the name
         * @param fact the fact
         * @param when the conditions
         * @param effect the effect
         */
        public Veto(String code, String name, String fact, List<Condition> when, VetoEffect effect) {
            this(code, name, fact, when, effect, Optional.empty());
        }

        /** {@return whether {@code value} meets every condition} */
        public boolean triggeredBy(BigDecimal value) {
            for (Condition c : when) {
                if (!c.test(value)) {
                    return false;
                }
            }
            return !when.isEmpty();
        }
    }

    /**
     * A comparison of a fact with a number.
     *
     * @param op one of {@code gt ge lt le eq ne}
     * @param value the number compared with
     */
    public record Condition(String op, BigDecimal value) {
        /** The comparison operators, as written in JSON. */
        public static final List<String> OPS = List.of("gt", "ge", "lt", "le", "eq", "ne");

        /** Validates. */
        public Condition {
            requireNonNull(op, "op");
            requireNonNull(value, "value");
            if (!OPS.contains(op)) {
                throw new IllegalArgumentException("condition must be one of " + OPS + ", got \"" + op + "\"");
            }
        }

        /** {@return whether {@code v} meets the condition} */
        public boolean test(BigDecimal v) {
            int c = v.compareTo(value);
            return switch (op) {
                case "gt" -> c > 0;
                case "ge" -> c >= 0;
                case "lt" -> c < 0;
                case "le" -> c <= 0;
                case "eq" -> c == 0;
                default -> c != 0;
            };
        }
    }

    /**
     * A grade (等次) given to totals at or above {@code min}.
     *
     * @param name the grade, such as {@code 优秀} or {@code A}
     * @param min the lowest total that earns it
     */
    public record Grade(String name, BigDecimal min) {
        /** Validates. */
        public Grade {
            requireNonNull(name, "name");
            requireNonNull(min, "min");
        }
    }

    /**
     * The red list (红榜, the best) and black list (黑榜, the worst) of each peer group, and who may be on
     * them; {@code docs/formats/scheme.md} §7 states the rules.
     *
     * @param red how many best subjects
     * @param black how many worst subjects (never one already on the red list)
     * @param ties what a tie at the cut-off does: take everyone tied, break it by the next key, or leave
     *        the tied subjects out (the list is then shorter)
     * @param minGroupSize the smallest peer group that has lists (≥ 1): a group of one has no best and worst
     * @param redMinGrade the lowest grade a subject on the red list may have, when given
     * @param blackMaxGrade the highest grade a subject on the black list may have, when given
     */
    public record Lists(int red, int black, Ties ties, int minGroupSize, Optional<String> redMinGrade,
            Optional<String> blackMaxGrade) {
        /** No lists. */
        public static final Lists NONE = new Lists(0, 0);

        /** Validates. */
        public Lists {
            if (red < 0 || black < 0) {
                throw new IllegalArgumentException("list sizes must be ≥ 0, got red=" + red + ", black=" + black);
            }
            requireNonNull(ties, "ties");
            if (minGroupSize < 1) {
                throw new IllegalArgumentException("minGroupSize must be ≥ 1, got " + minGroupSize);
            }
            requireNonNull(redMinGrade, "redMinGrade");
            requireNonNull(blackMaxGrade, "blackMaxGrade");
        }

        /**
         * Lists of these sizes with the format's defaults: ties included, any group size, any grade.
         *
         * @param red how many best subjects
         * @param black how many worst subjects
         */
        public Lists(int red, int black) {
            this(red, black, Ties.INCLUDE_ALL, 1, Optional.empty(), Optional.empty());
        }

        /** {@return whether a grade bound is set, which needs the scheme's grades to apply} */
        public boolean hasGradeBounds() {
            return redMinGrade.isPresent() || blackMaxGrade.isPresent();
        }
    }

    /** What a tie at the cut-off of a red or black list does (并列处理). */
    public enum Ties {
        /** Everyone tied with the last place is on the list, which may then be longer than its size. */
        INCLUDE_ALL("include-all"),
        /**
         * Ties are broken by the base points (before bonus), then by the category totals in scheme order;
         * subjects still tied at the cut-off are left out, so the list is never longer than its size.
         */
        CUT_BY_NEXT_KEY("cut-by-next-key"),
        /** Subjects tied at the cut-off are all left out: the list is never longer than its size. */
        NONE("none");

        private final String json;

        Ties(String json) {
            this.json = json;
        }

        /** {@return the JSON spelling, such as {@code include-all}} */
        public String json() {
            return json;
        }

        /**
         * Parses the JSON spelling.
         *
         * @param s the spelling
         * @return the constant, if {@code s} names one
         */
        public static Optional<Ties> parse(String s) {
            for (Ties t : values()) {
                if (t.json.equals(s)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A declared fact: required unless it has a default.
     *
     * @param description what the fact counts
     * @param defaultValue the value when a subject lacks the fact; absent means required
     */
    public record FactDecl(Optional<String> description, Optional<BigDecimal> defaultValue) {
        /** Validates. */
        public FactDecl {
            requireNonNull(description, "description");
            requireNonNull(defaultValue, "defaultValue");
        }
    }

    /** Builds a scheme step by step; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String name;
        private final BigDecimal total;
        private Rounding rounding = Rounding.DEFAULT;
        private final List<Category> categories = new ArrayList<>();
        private Bonus bonus;
        private final List<Veto> vetoes = new ArrayList<>();
        private final List<Grade> grades = new ArrayList<>();
        private Lists lists = Lists.NONE;
        private final Map<String, FactDecl> facts = new LinkedHashMap<>();
        private Missing missing;

        private Builder(String id, String name, BigDecimal total) {
            this.id = requireNonNull(id, "id");
            this.name = requireNonNull(name, "name");
            this.total = requireNonNull(total, "total");
            if (total.signum() <= 0) {
                throw new IllegalArgumentException("total must be > 0, got " + total);
            }
        }

        /**
         * Sets or adds a part of the scheme.
         *
         * @param r the rounding
         * @return this builder
         */
        public Builder rounding(Rounding r) {
            this.rounding = requireNonNull(r, "rounding");
            return this;
        }

        /**
         * Sets or adds a part of the scheme.
         *
         * @param c a category
         * @return this builder
         */
        public Builder category(Category c) {
            categories.add(requireNonNull(c, "category"));
            return this;
        }

        /**
         * Sets or adds a part of the scheme.
         *
         * @param b the bonus
         * @return this builder
         */
        public Builder bonus(Bonus b) {
            this.bonus = requireNonNull(b, "bonus");
            return this;
        }

        /**
         * Sets or adds a part of the scheme.
         *
         * @param v a veto
         * @return this builder
         */
        public Builder veto(Veto v) {
            vetoes.add(requireNonNull(v, "veto"));
            return this;
        }

        /**
         * Sets or adds a part of the scheme.
         *
         * @param name grade name
         * @param min its minimum
         * @return this builder
         */
        public Builder grade(String name, BigDecimal min) {
            grades.add(new Grade(name, min));
            return this;
        }

        /**
         * Sets or adds a part of the scheme.
         *
         * @param red red list size
         * @param black black list size
         * @return this builder
         */
        public Builder lists(int red, int black) {
            this.lists = new Lists(red, black);
            return this;
        }

        /**
         * Sets or adds a part of the scheme.
         *
         * @param l the lists and their rules
         * @return this builder
         */
        public Builder lists(Lists l) {
            this.lists = requireNonNull(l, "lists");
            return this;
        }

        /**
         * Sets or adds a part of the scheme.
         *
         * @param fact the name
         * @param decl its declaration
         * @return this builder
         */
        public Builder fact(String fact, FactDecl decl) {
            facts.put(requireNonNull(fact, "fact"), requireNonNull(decl, "decl"));
            return this;
        }

        /**
         * Sets or adds a part of the scheme.
         *
         * @param m what a missing fact counts as, scheme-wide
         * @return this builder
         */
        public Builder missing(Missing m) {
            this.missing = requireNonNull(m, "missing");
            return this;
        }

        /**
         * {@return the scheme}
         *
         * @throws InvalidSchemeException when it is invalid
         */
        public Scheme build() {
            return new Scheme(id, name, total, rounding, categories, Optional.ofNullable(bonus), vetoes, grades,
                    lists, facts, Optional.ofNullable(missing)).requireValid();
        }
    }
}
