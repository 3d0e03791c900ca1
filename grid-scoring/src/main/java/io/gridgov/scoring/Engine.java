package io.gridgov.scoring;

import static io.gridgov.scoring.Evaluation.n;

import io.gridgov.core.facts.SubjectFacts;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.io.DecimalLimits;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.scoring.LineItem.FactValue;
import io.gridgov.scoring.spi.RuleKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores subjects against one valid scheme. Each built-in rule kind has its own evaluator beside the
 * {@link IndicatorRule} family ({@link DeductEvaluator}, {@link RateEvaluator}, {@link LinearEvaluator},
 * {@link BandsEvaluator}, {@link ChecklistEvaluator}, {@link ManualEvaluator}, {@link AddEvaluator});
 * vendor kinds are evaluated by their {@link RuleKind}. The engine prepares the scheme, sums, caps the
 * bonus, applies vetoes and grades. Immutable after construction and thread-safe; each call works on
 * its own lookup.
 */
final class Engine {
    private final Scheme scheme;
    private final Scheme.Rounding rounding;
    private final Map<String, BigDecimal> defaults = new HashMap<>();
    /** The scheme-wide {@code missing}, or null when the scheme states none. */
    private final Scheme.Missing schemeMissing;
    private final Map<String, RuleKind> custom = new HashMap<>();
    private final BigDecimal zero;
    private final int indicators;
    private final Plan[] plans;
    /** Whether scorecards keep their lines compact ({@link CompactLines}); false when points overflow a long. */
    private final boolean compact;
    /** Shared numbers at the scheme's scale, by unscaled value: {@code small[u] = u × 10^-scale}. */
    private final BigDecimal[] small;

    /**
     * An indicator prepared for scoring: its category, rounded points (and their unscaled value at the
     * scheme's scale, or -1 when it does not fit a long) and the facts its rule reads.
     */
    private record Plan(Optional<String> category, Scheme.Indicator indicator, BigDecimal max, long maxUnscaled,
            String[] facts, boolean custom) {
    }

    /**
     * Prepares a scheme.
     *
     * @param scheme a scheme; checked here
     */
    public Engine(Scheme scheme) {
        this.scheme = scheme.requireValid();
        this.rounding = scheme.rounding();
        this.zero = rounding.apply(BigDecimal.ZERO);
        this.schemeMissing = scheme.missing().orElse(null);
        this.indicators = scheme.categories().stream().mapToInt(c -> c.indicators().size()).sum();
        List<Plan> ps = new ArrayList<>();
        long sum = 0;
        long largest = 0;
        boolean fits = true;
        for (Scheme.Category c : scheme.categories()) {
            Optional<String> cat = Optional.of(c.code());
            for (Scheme.Indicator i : c.indicators()) {
                BigDecimal max = rounding.apply(i.points());
                long u = -1;
                try {
                    u = max.unscaledValue().longValueExact();
                    sum = Math.addExact(sum, u);
                    largest = Math.max(largest, u);
                } catch (ArithmeticException tooLarge) {
                    fits = false;
                }
                fits &= u >= 0;
                ps.add(new Plan(cat, i, max, u, new java.util.LinkedHashSet<>(i.rule().facts()).toArray(new String[0]),
                        i.rule() instanceof IndicatorRule.Custom));
            }
        }
        this.plans = ps.toArray(new Plan[0]);
        this.compact = fits;
        this.small = new BigDecimal[fits ? (int) Math.min(largest, 1 << 14) + 1 : 0];
        for (int u = 0; u < small.length; u++) {
            small[u] = BigDecimal.valueOf(u, rounding.scale());
        }
        scheme.facts().forEach((k, v) -> v.defaultValue().ifPresent(d -> defaults.put(k, d)));
        scheme.categories().forEach(c -> c.indicators().forEach(i -> {
            if (i.rule() instanceof IndicatorRule.Custom cu) {
                custom.put(cu.type(), RuleKinds.find(cu.type()).orElseThrow());
            }
        }));
    }

    /** {@return the scheme} */
    public Scheme scheme() {
        return scheme;
    }

    /**
     * Scores one subject.
     *
     * @param subject the subject's facts
     * @param period the period
     * @param source the facts' file, for messages
     * @return the scorecard
     * @throws InvalidInputException when a fact is missing without default or has an impossible value
     */
    public Scorecard score(SubjectFacts subject, Optional<String> period, String source) {
        Lookup in = new Lookup(subject, source);
        List<LineItem> lines;
        BigDecimal base;
        if (compact) {
            long[] awarded = new long[plans.length];
            LineItem[] kept = null;
            long sum = 0;
            for (int k = 0; k < plans.length; k++) {
                Plan plan = plans[k];
                long u;
                if (plan.custom() || !complete(plan, subject.values())) {
                    LineItem li = line(in, plan);
                    if (kept == null) {
                        kept = new LineItem[plans.length];
                    }
                    kept[k] = li;
                    u = li.awarded().unscaledValue().longValueExact();
                } else {
                    in.start(plan.indicator().code(), false, null);
                    Scheme.Indicator ind = plan.indicator();
                    u = awardedUnscaled(evaluate(in, ind.name(), ind.points(), ind.rule(), null), ind.points(), plan);
                }
                awarded[k] = u;
                sum += u; // cannot overflow: 0 <= u <= maxUnscaled, whose sum fits a long
            }
            lines = new CompactLines(this, subject.values(), awarded, kept);
            base = number(sum);
        } else {
            lines = eagerLines(in);
            base = zero;
            for (LineItem li : lines) {
                base = base.add(li.awarded());
            }
        }
        List<LineItem> bonusLines = new ArrayList<>(scheme.bonus().map(b -> b.items().size()).orElse(0));
        BigDecimal bonus = zero;
        if (scheme.bonus().isPresent()) {
            Scheme.Bonus b = scheme.bonus().get();
            BigDecimal sum = zero;
            for (Scheme.BonusItem item : b.items()) {
                in.start(item.code(), true, item.missing().orElse(null));
                LineItem li = add(in, item.code(), item.name(), (IndicatorRule.Add) item.rule());
                bonusLines.add(li);
                sum = sum.add(li.awarded());
            }
            BigDecimal cap = rounding.apply(b.cap());
            if (sum.compareTo(cap) > 0) {
                bonus = cap;
                // Take the excess off the last lines first, so the lines still add up to the bonus.
                BigDecimal excess = sum.subtract(cap);
                for (int k = bonusLines.size() - 1; k >= 0 && excess.signum() > 0; k--) {
                    LineItem l = bonusLines.get(k);
                    BigDecimal cut = excess.min(l.awarded());
                    if (cut.signum() == 0) {
                        continue;
                    }
                    excess = excess.subtract(cut);
                    List<Explanation> rs = new ArrayList<>(l.reasons());
                    rs.add(Explanation.of("bonus.capped", n(sum), n(cap), n(cut)));
                    bonusLines.set(k, new LineItem(l.code(), l.name(), l.category(), l.type(), l.facts(), l.points(),
                            l.awarded().subtract(cut), l.deducted(), rs));
                }
            } else {
                bonus = sum;
            }
        }
        BigDecimal total = base.add(bonus);
        List<Scorecard.VetoHit> hits = new ArrayList<>();
        boolean zeroed = false;
        boolean lowest = false;
        boolean excluded = false;
        for (Scheme.Veto v : scheme.vetoes()) {
            in.start(v.code(), false, v.missing().orElse(null));
            BigDecimal value;
            try {
                value = in.value(v.fact());
            } catch (Skipped notTested) {
                continue;   // missing: skip — the veto is not tested (the findings name the subject)
            }
            if (v.triggeredBy(value)) {
                String effectText;
                switch (v.effect()) {
                    case ZERO -> {
                        zeroed = true;
                        effectText = "";
                    }
                    case LOWEST_GRADE -> {
                        lowest = true;
                        effectText = scheme.lowestGrade().map(Scheme.Grade::name).orElse("");
                    }
                    default -> {
                        excluded = true;
                        effectText = "";
                    }
                }
                hits.add(new Scorecard.VetoHit(v.code(), v.name(), v.fact(), value, v.effect(),
                        Explanation.of("veto." + v.effect().json(), v.name(), v.fact(), n(value), effectText)));
            }
        }
        if (zeroed) {
            total = zero;
        }
        Optional<String> grade = (lowest ? scheme.lowestGrade() : scheme.gradeFor(total)).map(Scheme.Grade::name);
        return new Scorecard(scheme.id(), subject.id(), period, subject.group(), lines, bonusLines, hits, base, bonus,
                total, grade, excluded);
    }

    /**
     * The indicator lines built eagerly, each a full {@link LineItem}: the representation before
     * {@link CompactLines}, used when points do not fit a long, and the reference a property test
     * compares the compact lines with.
     *
     * @param subject the subject's facts
     * @return the lines, in scheme order
     */
    public List<LineItem> eagerLines(SubjectFacts subject) {
        return eagerLines(new Lookup(subject, "<facts>"));
    }

    private List<LineItem> eagerLines(Lookup in) {
        List<LineItem> lines = new ArrayList<>(indicators);
        for (Plan plan : plans) {
            lines.add(line(in, plan));
        }
        return lines;
    }

    /**
     * The unscaled value (at the scheme's scale) of the points awarded for an exact result, as
     * {@link #item} rounds it: the rounded points lie in [0, max], so it fits a long when max does.
     */
    private long awardedUnscaled(BigDecimal exact, BigDecimal points, Plan plan) {
        if (exact == points || exact.compareTo(points) >= 0) {
            return plan.maxUnscaled();
        } else if (exact.signum() <= 0) {
            return 0;
        }
        // scaleByPowerOfTen only moves the decimal point (the rounded value has the scheme's scale, so the
        // result has scale 0 and its long value is the unscaled value) and, unlike unscaledValue(), makes
        // no BigInteger
        return rounding.apply(exact).scaleByPowerOfTen(rounding.scale()).longValueExact();
    }

    /** {@return {@code u × 10^-scale}, shared for small values} */
    private BigDecimal number(long u) {
        return u >= 0 && u < small.length ? small[(int) u] : BigDecimal.valueOf(u, rounding.scale());
    }

    /**
     * Builds line {@code index} of a compact scorecard: equal to the line {@link #eagerLines} builds
     * (same facts view, same lazily computed reasons, same numbers and scales).
     */
    /** {@return the code of indicator line {@code index}} */
    String code(int index) {
        return plans[index].indicator().code();
    }

        LineItem materialize(int index, Map<String, BigDecimal> values, long awardedUnscaled) {
        Plan plan = plans[index];
        Scheme.Indicator ind = plan.indicator();
        List<FactValue> facts = new FactList(plan.facts(), values, defaults);
        return new LineItem(ind.code(), ind.name(), plan.category(), ind.rule().type(), facts, plan.max(),
                number(awardedUnscaled), number(plan.maxUnscaled() - awardedUnscaled),
                new LazyReasons(this, ind.name(), ind.points(), ind.rule(), facts));
    }

    /** {@return whether the subject has every fact of the plan, or it comes from a declared default the line lets apply} */
    private boolean complete(Plan plan, Map<String, BigDecimal> values) {
        for (String f : plan.facts()) {
            if (!values.containsKey(f) && (plan.indicator().missing().isPresent() || !defaults.containsKey(f))) {
                return false;
            }
        }
        return true;
    }

    private LineItem line(Lookup in, Plan plan) {
        Scheme.Indicator ind = plan.indicator();
        IndicatorRule rule = ind.rule();
        boolean complete = complete(plan, in.subject.values());
        in.start(ind.code(), plan.custom() || !complete, ind.missing().orElse(null));
        try {
            if (rule instanceof IndicatorRule.Custom c) {
                RuleKind.Outcome o = custom.get(c.type()).evaluate(c.params(), ind.points(), in);
                if (!DecimalLimits.within(o.awarded())) {
                    throw new IllegalStateException("rule kind \"" + c.type() + "\" awarded "
                            + DecimalLimits.shown(o.awarded()) + " points, beyond the bounds of scheme numbers");
                }
                List<Explanation> why = new ArrayList<>(List.of(Explanation.literal(o.reason())));
                in.zeroed(ind.name(), why);
                return item(in.read(), plan.category(), ind.code(), ind.name(), c.type(), ind.points(), plan.max(),
                        o.awarded(), why);
            }
            if (!complete) {
                // a fact the line reads is missing and counts as 0: reasons now, from the facts as read
                List<Explanation> why = new ArrayList<>();
                BigDecimal exact = evaluate(in, ind.name(), ind.points(), rule, why);
                in.zeroed(ind.name(), why);
                return item(in.read(), plan.category(), ind.code(), ind.name(), rule.type(), ind.points(), plan.max(),
                        exact, why);
            }
        } catch (Skipped s) {
            return item(in.read(), plan.category(), ind.code(), ind.name(), rule.type(), ind.points(), plan.max(),
                    ind.points(), List.of(Explanation.of("missing.skip", ind.name(), s.fact, n(ind.points()))));
        }
        BigDecimal exact = evaluate(in, ind.name(), ind.points(), rule, null);
        List<FactValue> facts = new FactList(plan.facts(), in.subject.values(), defaults);
        return item(facts, plan.category(), ind.code(), ind.name(), rule.type(), ind.points(), plan.max(), exact,
                new LazyReasons(this, ind.name(), ind.points(), rule, facts));
    }

    /**
     * Evaluates a built-in indicator rule: the exact points before clamping and rounding; when {@code why}
     * is given, the reasons are added to it. Scoring calls it without reasons; {@link LazyReasons} calls it
     * again with the facts the line recorded when the reasons are first asked for, so a scorecard keeps
     * no text and the reasons are exactly those of the scoring.
     */
    BigDecimal evaluate(Src in, String name, BigDecimal points, IndicatorRule rule, List<Explanation> why) {
        if (rule instanceof IndicatorRule.Deduct d) {
            return DeductEvaluator.evaluate(in, name, points, d, why);
        } else if (rule instanceof IndicatorRule.Rate r) {
            return RateEvaluator.evaluate(in, name, points, r, rounding, why);
        } else if (rule instanceof IndicatorRule.Linear l) {
            return LinearEvaluator.evaluate(in, name, points, l, rounding, why);
        } else if (rule instanceof IndicatorRule.Bands b) {
            return BandsEvaluator.evaluate(in, name, points, b, why);
        } else if (rule instanceof IndicatorRule.Checklist c) {
            return ChecklistEvaluator.evaluate(in, points, c, why);
        } else if (rule instanceof IndicatorRule.Manual m) {
            return ManualEvaluator.evaluate(in, name, points, m, why);
        }
        throw new IllegalStateException("rule " + rule.type() + " is not an indicator rule");
    }

    private LineItem item(List<FactValue> facts, Optional<String> cat, String code, String name, String type,
            BigDecimal points, BigDecimal max, BigDecimal exact, List<Explanation> reasons) {
        BigDecimal awarded;
        BigDecimal deducted;
        // Fast paths for full and no points: no new numbers (most lines of a good month).
        if (exact == points || exact.compareTo(points) >= 0) {
            awarded = max;
            deducted = zero;
        } else if (exact.signum() <= 0) {
            awarded = zero;
            deducted = max;
        } else {
            awarded = rounding.apply(exact);
            deducted = max.subtract(awarded);
        }
        return new LineItem(code, name, cat, type, facts, max, awarded, deducted, reasons);
    }

    private LineItem add(Lookup in, String code, String name, IndicatorRule.Add a) {
        List<Explanation> reasons = new ArrayList<>();
        BigDecimal got;
        try {
            got = AddEvaluator.evaluate(in, name, a, reasons);
        } catch (Skipped s) {
            return new LineItem(code, name, Optional.empty(), "add", in.read(), rounding.apply(a.cap().orElse(BigDecimal.ZERO)),
                    zero, zero, List.of(Explanation.of("missing.skipBonus", name, s.fact)));
        }
        in.zeroed(name, reasons);
        BigDecimal awarded = rounding.apply(got);
        BigDecimal max = rounding.apply(a.cap().orElse(got));
        return new LineItem(code, name, Optional.empty(), "add", in.read(), max, awarded, zero, reasons);
    }

    /** A line whose missing fact says {@code skip}: not assessed. Thrown without a stack trace, caught in this class. */
    private static final class Skipped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient String fact;

        Skipped(String fact) {
            super(null, null, false, false);
            this.fact = fact;
        }
    }

    /** Facts as the rules read them. */
    interface Src extends RuleKind.FactSource {
        /** {@return an error about a fact} */
        RuntimeException invalid(String fact, String key, Object... args);
    }

    /** The facts a line recorded, replayed to explain it. */
    static final class Replay implements Src {
        private final List<FactValue> facts;

        Replay(List<FactValue> facts) {
            this.facts = facts;
        }

        @Override
        public BigDecimal value(String fact) {
            for (FactValue f : facts) {
                if (f.name().equals(fact)) {
                    return f.value();
                }
            }
            throw new IllegalStateException("fact \"" + fact + "\" was not recorded");
        }

        @Override
        public RuntimeException invalid(String fact, String key, Object... args) {
            return new IllegalStateException("replayed fact \"" + fact + "\" is invalid: " + key);
        }
    }

    /** One subject's facts with defaults, recording what each line read. */
    private final class Lookup implements Src {
        private final SubjectFacts subject;
        private final String source;
        private final List<FactValue> read = new ArrayList<>(4);
        private final List<String> zeroed = new ArrayList<>(2);
        private String code = "";
        private boolean record;
        private Scheme.Missing missing;

        Lookup(SubjectFacts subject, String source) {
            this.subject = subject;
            this.source = source;
        }

        void start(String code, boolean record, Scheme.Missing missing) {
            this.code = code;
            this.record = record;
            this.missing = missing;
            read.clear();
            zeroed.clear();
        }

        /** Adds a reason for each fact of the line that was missing and counted as 0. */
        void zeroed(String name, List<Explanation> why) {
            for (String f : zeroed) {
                why.add(Explanation.of("missing.zero", name, f));
            }
        }

        List<FactValue> read() {
            return switch (read.size()) {
                case 0 -> List.of();
                case 1 -> List.of(read.get(0));
                case 2 -> List.of(read.get(0), read.get(1));
                default -> List.copyOf(read);
            };
        }

        @Override
        public BigDecimal value(String fact) {
            BigDecimal v = subject.values().get(fact);
            boolean defaulted = false;
            if (v == null) {
                defaulted = true;
                // the line's own choice, else the fact's default, else the scheme's choice, else an error
                Scheme.Missing m = missing;
                if (m == null) {
                    v = defaults.get(fact);
                    m = schemeMissing;
                }
                if (v == null) {
                    if (m == null) {
                        throw invalid(fact, "facts.missing", fact, code);
                    }
                    switch (m) {
                        case ERROR -> throw invalid(fact, "facts.missingError", fact, code);
                        case SKIP -> throw new Skipped(fact);
                        default -> {
                            v = BigDecimal.ZERO;
                            if (!zeroed.contains(fact)) {
                                zeroed.add(fact);
                            }
                        }
                    }
                }
            } else if (!DecimalLimits.within(v)) {
                // the readers refuse such values; a FactSet built in code may still hold one
                throw invalid(fact, "facts.range", v);
            }
            if (!record) {
                return v;
            }
            boolean seen = false;
            for (FactValue f : read) {
                if (f.name().equals(fact)) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                read.add(new FactValue(fact, v, defaulted));
            }
            return v;
        }

        @Override
        public InvalidInputException invalid(String fact, String key, Object... args) {
            LocalizedText text = ScoringMessages.MESSAGES.text(key,
                    java.util.Arrays.stream(args).map(ScoringMessages::format).toArray());
            return new InvalidInputException(InputLocation.ofFile(source)
                    .withRecord("subject \"" + ScoringMessages.shown(subject.id()) + "\"").withField(ScoringMessages.shown(fact)),
                    new LocalizedText(text.en() + " (" + ScoringMessages.shown(code) + ")",
                            text.zh() + " (" + ScoringMessages.shown(code) + ")"));
        }
    }
}
