package io.gridgov.scoring.internal;

import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.scoring.Explanation;
import io.gridgov.scoring.Facts;
import io.gridgov.scoring.LineItem;
import io.gridgov.scoring.LineItem.FactValue;
import io.gridgov.scoring.Rule;
import io.gridgov.scoring.Scheme;
import io.gridgov.scoring.Scorecard;
import io.gridgov.scoring.VetoEffect;
import io.gridgov.scoring.spi.RuleKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scores subjects against one valid scheme. Immutable after construction and thread-safe; each call
 * works on its own lookup.
 */
public final class Engine {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext MC = MathContext.DECIMAL64;

    private final Scheme scheme;
    private final Scheme.Rounding rounding;
    private final Map<String, BigDecimal> defaults = new HashMap<>();
    private final Map<String, RuleKind> custom = new HashMap<>();
    private final BigDecimal zero;
    private final Map<BigDecimal, BigDecimal> rounded = new java.util.IdentityHashMap<>();
    private final int indicators;

    /**
     * Prepares a scheme.
     *
     * @param scheme a scheme; checked here
     */
    public Engine(Scheme scheme) {
        this.scheme = scheme.requireValid();
        this.rounding = scheme.rounding();
        this.zero = rounding.apply(BigDecimal.ZERO);
        this.indicators = scheme.categories().stream().mapToInt(c -> c.indicators().size()).sum();
        scheme.facts().forEach((k, v) -> v.defaultValue().ifPresent(d -> defaults.put(k, d)));
        scheme.categories().forEach(c -> c.indicators().forEach(i -> rounded.put(i.points(), rounding.apply(i.points()))));
        scheme.categories().forEach(c -> c.indicators().forEach(i -> {
            if (i.rule() instanceof Rule.Custom cu) {
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
    public Scorecard score(Facts.Subject subject, Optional<String> period, String source) {
        Lookup in = new Lookup(subject, source);
        List<LineItem> lines = new ArrayList<>(indicators);
        BigDecimal base = zero;
        for (Scheme.Category c : scheme.categories()) {
            Optional<String> cat = Optional.of(c.code());
            for (Scheme.Indicator ind : c.indicators()) {
                in.start(ind.code());
                LineItem li = line(in, cat, ind.code(), ind.name(), ind.points(), ind.rule());
                lines.add(li);
                base = base.add(li.awarded());
            }
        }
        List<LineItem> bonusLines = new ArrayList<>();
        BigDecimal bonus = zero;
        if (scheme.bonus().isPresent()) {
            Scheme.Bonus b = scheme.bonus().get();
            BigDecimal sum = zero;
            for (Scheme.BonusItem item : b.items()) {
                in.start(item.code());
                LineItem li = add(in, item.code(), item.name(), (Rule.Add) item.rule());
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
            in.start(v.code());
            BigDecimal value = in.value(v.fact());
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

    private LineItem line(Lookup in, Optional<String> cat, String code, String name, BigDecimal points, Rule rule) {
        if (rule instanceof Rule.Deduct d) {
            return deduct(in, cat, code, name, points, d);
        } else if (rule instanceof Rule.Rate r) {
            return rate(in, cat, code, name, points, r);
        } else if (rule instanceof Rule.Linear l) {
            return linear(in, cat, code, name, points, l);
        } else if (rule instanceof Rule.Bands b) {
            return bands(in, cat, code, name, points, b);
        } else if (rule instanceof Rule.Checklist c) {
            return checklist(in, cat, code, name, points, c);
        } else if (rule instanceof Rule.Manual m) {
            return manual(in, cat, code, name, points, m);
        } else if (rule instanceof Rule.Custom c) {
            return custom(in, cat, code, name, points, c);
        }
        throw new IllegalStateException("rule " + rule.type() + " is not an indicator rule: " + code);
    }

    private LineItem item(Lookup in, Optional<String> cat, String code, String name, String type, BigDecimal points,
            BigDecimal exact, List<Explanation> reasons) {
        BigDecimal max = rounded.get(points);
        if (max == null) {
            max = rounding.apply(points);
        }
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
        return new LineItem(code, name, cat, type, in.read(), max, awarded, deducted, reasons);
    }

    private LineItem deduct(Lookup in, Optional<String> cat, String code, String name, BigDecimal points,
            Rule.Deduct d) {
        BigDecimal sum = BigDecimal.ZERO;
        List<Explanation> reasons = new ArrayList<>(d.items().size() + 1);
        int k = 0;
        for (Rule.Deduct.Item item : d.items()) {
            BigDecimal count = in.count(item.fact());
            if (count.signum() > 0) {
                BigDecimal off = count.multiply(item.each());
                sum = sum.add(off);
                String label = item.name().orElse(k == 0 ? name : name + " [" + item.fact() + "]");
                reasons.add(Explanation.of("deduct.item", label, n(count), n(item.each()),
                        n(off)));
            }
            k++;
        }
        if (reasons.isEmpty()) {
            return item(in, cat, code, name, "deduct", points, points, List.of(Explanation.of("deduct.none", name)));
        }
        if (sum.compareTo(points) > 0) {
            reasons.add(Explanation.of("deduct.capped", n(sum), n(points)));
        }
        return item(in, cat, code, name, "deduct", points, points.subtract(sum),
                reasons.size() == 1 ? List.of(reasons.get(0)) : reasons);
    }

    private BigDecimal denominator(Lookup in, String den, List<String> plus, List<String> minus) {
        BigDecimal v = in.count(den);
        for (String p : plus) {
            v = v.add(in.count(p));
        }
        for (String m : minus) {
            v = v.subtract(in.count(m));
        }
        if (v.signum() < 0) {
            throw in.invalid(den, "facts.negativeDenominator", n(v));
        }
        return v;
    }

    private LineItem rate(Lookup in, Optional<String> cat, String code, String name, BigDecimal points, Rule.Rate r) {
        BigDecimal num = in.count(r.numerator());
        BigDecimal den = denominator(in, r.denominator(), r.denominatorPlus(), r.denominatorMinus());
        if (den.signum() == 0) {
            boolean full = r.onZeroDenominator() == Rule.OnZero.FULL;
            return item(in, cat, code, name, "rate", points, full ? points : BigDecimal.ZERO,
                    List.of(Explanation.of("rate.zeroDenominator." + r.onZeroDenominator().json(), name,
                            n(points))));
        }
        BigDecimal rate = num.divide(den, MC);
        Object n = num;
        Object dn = den;
        Object pct = pct(rate);
        Object full = pct(r.fullAt());
        if (rate.compareTo(r.fullAt()) >= 0) {
            return item(in, cat, code, name, "rate", points, points,
                    List.of(Explanation.of("rate.full", name, n, dn, pct, full, n(points))));
        }
        if (r.zeroBelow().isPresent() && rate.compareTo(r.zeroBelow().get()) < 0) {
            return item(in, cat, code, name, "rate", points, BigDecimal.ZERO,
                    List.of(Explanation.of("rate.zeroBelow", name, n, dn, pct, pct(r.zeroBelow().get()))));
        }
        BigDecimal below = r.fullAt().subtract(rate).multiply(HUNDRED);
        BigDecimal off = below.multiply(r.perPercentBelow());
        BigDecimal shown = rounding.apply(off.min(points));
        return item(in, cat, code, name, "rate", points, points.subtract(off),
                List.of(Explanation.of("rate.below", name, n, dn, pct, new Texts.Fmt(below, 2), full, n(r.perPercentBelow()), n(shown))));
    }

    private BigDecimal value(Lookup in, String fact, Optional<String> den) {
        BigDecimal v = in.value(fact);
        if (den.isEmpty()) {
            return v;
        }
        BigDecimal d = in.count(den.get());
        return d.signum() == 0 ? null : in.count(fact).divide(d, MC);
    }

    private LineItem linear(Lookup in, Optional<String> cat, String code, String name, BigDecimal points,
            Rule.Linear l) {
        BigDecimal v = value(in, l.fact(), l.denominator());
        if (v == null) {
            boolean full = l.onZeroDenominator() == Rule.OnZero.FULL;
            return item(in, cat, code, name, "linear", points, full ? points : BigDecimal.ZERO,
                    List.of(Explanation.of("rate.zeroDenominator." + l.onZeroDenominator().json(), name,
                            n(points))));
        }
        BigDecimal span = l.fullAt().subtract(l.zeroAt());
        BigDecimal frac = v.subtract(l.zeroAt()).divide(span, MC);
        frac = frac.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        BigDecimal exact = points.multiply(frac);
        return item(in, cat, code, name, "linear", points, exact,
                List.of(Explanation.of("linear", name, new Texts.Fmt(v, 3), n(l.zeroAt()),
                        n(l.fullAt()), n(points), n(rounding.apply(exact)))));
    }

    private LineItem bands(Lookup in, Optional<String> cat, String code, String name, BigDecimal points,
            Rule.Bands b) {
        BigDecimal v = value(in, b.fact(), b.denominator());
        if (v == null) {
            boolean full = b.onZeroDenominator() == Rule.OnZero.FULL;
            return item(in, cat, code, name, "bands", points, full ? points : BigDecimal.ZERO,
                    List.of(Explanation.of("rate.zeroDenominator." + b.onZeroDenominator().json(), name,
                            n(points))));
        }
        for (Rule.Bands.Band band : b.bands()) {
            if (band.contains(v)) {
                return item(in, cat, code, name, "bands", points, band.points(),
                        List.of(Explanation.of("bands", name, new Texts.Fmt(v, 3), new Texts.Label(band::label),
                                n(band.points()))));
            }
        }
        throw in.invalid(b.fact(), "facts.outsideBands", n(v), b.bands().get(0).label() + " … "
                + b.bands().get(b.bands().size() - 1).label());
    }

    private LineItem checklist(Lookup in, Optional<String> cat, String code, String name, BigDecimal points,
            Rule.Checklist c) {
        BigDecimal sum = BigDecimal.ZERO;
        List<Explanation> reasons = new ArrayList<>();
        for (Rule.Checklist.Item item : c.items()) {
            BigDecimal v = in.value(item.fact());
            if (v.compareTo(BigDecimal.ZERO) != 0 && v.compareTo(BigDecimal.ONE) != 0) {
                throw in.invalid(item.fact(), "facts.notBoolean", n(v));
            }
            String label = item.name().orElse(item.fact());
            if (v.signum() > 0) {
                sum = sum.add(item.points());
                reasons.add(Explanation.of("checklist.yes", label, n(item.points())));
            } else {
                reasons.add(Explanation.of("checklist.no", label, n(item.points())));
            }
        }
        return item(in, cat, code, name, "checklist", points, sum, reasons);
    }

    private LineItem manual(Lookup in, Optional<String> cat, String code, String name, BigDecimal points,
            Rule.Manual m) {
        BigDecimal v = in.value(m.fact());
        if (v.signum() < 0 || v.compareTo(points) > 0) {
            throw in.invalid(m.fact(), "facts.manualRange", n(v), n(points));
        }
        return item(in, cat, code, name, "manual", points, v,
                List.of(Explanation.of("manual", name, n(v), n(points))));
    }

    private LineItem add(Lookup in, String code, String name, Rule.Add a) {
        BigDecimal count = in.count(a.fact());
        BigDecimal sum = count.multiply(a.each());
        List<Explanation> reasons = new ArrayList<>();
        BigDecimal got = sum;
        if (a.cap().isPresent() && sum.compareTo(a.cap().get()) > 0) {
            got = a.cap().get();
        }
        reasons.add(count.signum() == 0 ? Explanation.of("add.none", name)
                : Explanation.of("add.item", name, n(count), n(a.each()), n(sum)));
        if (got != sum) {
            reasons.add(Explanation.of("add.capped", n(got)));
        }
        BigDecimal awarded = rounding.apply(got);
        BigDecimal max = rounding.apply(a.cap().orElse(got));
        return new LineItem(code, name, Optional.empty(), "add", in.read(), max, awarded, zero, reasons);
    }

    private LineItem custom(Lookup in, Optional<String> cat, String code, String name, BigDecimal points,
            Rule.Custom c) {
        RuleKind.Outcome o = custom.get(c.type()).evaluate(c.params(), points, in);
        return item(in, cat, code, name, c.type(), points, o.awarded(), List.of(Explanation.literal(o.reason())));
    }

    private static BigDecimal n(BigDecimal v) {
        return v;
    }

    private static Texts.Fmt pct(BigDecimal v) {
        return new Texts.Fmt(v, 1);
    }

    /** One subject's facts with defaults, recording what each line read. */
    private final class Lookup implements RuleKind.FactSource {
        private final Facts.Subject subject;
        private final String source;
        private final List<FactValue> read = new ArrayList<>(4);
        private String code = "";

        Lookup(Facts.Subject subject, String source) {
            this.subject = subject;
            this.source = source;
        }

        void start(String code) {
            this.code = code;
            read.clear();
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
                v = defaults.get(fact);
                if (v == null) {
                    throw invalid(fact, "facts.missing", fact, code);
                }
                defaulted = true;
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

        BigDecimal count(String fact) {
            BigDecimal v = value(fact);
            if (v.signum() < 0) {
                throw invalid(fact, "facts.negative", n(v));
            }
            return v;
        }

        InvalidInputException invalid(String fact, String key, Object... args) {
            return new InvalidInputException(InputLocation.ofFile(source)
                    .withRecord("subject \"" + subject.id() + "\"").withField(fact),
                    Texts.MESSAGES.format(Locale.ENGLISH, key, java.util.Arrays.stream(args).map(Texts::format).toArray())
                            + " (" + code + ")");
        }
    }
}
