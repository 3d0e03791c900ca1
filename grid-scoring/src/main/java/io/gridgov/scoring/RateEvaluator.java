package io.gridgov.scoring;

import static io.gridgov.scoring.Evaluation.MC;
import static io.gridgov.scoring.Evaluation.count;
import static io.gridgov.scoring.Evaluation.pct;
import static io.gridgov.scoring.Evaluation.why;

import io.gridgov.scoring.Engine.Src;
import java.math.BigDecimal;
import java.util.List;

/**
 * Evaluates {@link Rule.Rate} (完成率): numerator over the adjusted denominator, full points from
 * {@code fullAt}, points off per percentage point below it. Package-private; stateless and thread-safe.
 */
final class RateEvaluator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RateEvaluator() {
    }

    private static BigDecimal denominator(Src in, String den, List<String> plus, List<String> minus) {
        BigDecimal v = count(in, den);
        for (String p : plus) {
            v = v.add(count(in, p));
        }
        for (String m : minus) {
            v = v.subtract(count(in, m));
        }
        if (v.signum() < 0) {
            throw in.invalid(den, "facts.negativeDenominator", v);
        }
        return v;
    }

    /** {@return the exact points before clamping and rounding}; reasons go to {@code why} when it is given. */
    static BigDecimal evaluate(Src in, String name, BigDecimal points, Rule.Rate r, Scheme.Rounding rounding,
            List<Explanation> why) {
        BigDecimal num = count(in, r.numerator());
        BigDecimal den = denominator(in, r.denominator(), r.denominatorPlus(), r.denominatorMinus());
        if (den.signum() == 0) {
            if (why != null) {
                why(why, "rate.zeroDenominator." + r.onZeroDenominator().json(), name, points);
            }
            return r.onZeroDenominator() == Rule.OnZero.FULL ? points : BigDecimal.ZERO;
        }
        boolean full = r.fullAt().compareTo(BigDecimal.ONE) == 0 ? num.compareTo(den) >= 0
                : num.compareTo(r.fullAt().multiply(den)) >= 0;
        if (full) {
            if (why != null) {
                why(why, "rate.full", name, num, den, pct(num.divide(den, MC)), pct(r.fullAt()), points);
            }
            return points;
        }
        BigDecimal rate = num.divide(den, MC);
        if (rate.compareTo(r.fullAt()) >= 0) {
            if (why != null) {
                why(why, "rate.full", name, num, den, pct(rate), pct(r.fullAt()), points);
            }
            return points;
        }
        if (r.zeroBelow().isPresent() && rate.compareTo(r.zeroBelow().get()) < 0) {
            if (why != null) {
                why(why, "rate.zeroBelow", name, num, den, pct(rate), pct(r.zeroBelow().get()));
            }
            return BigDecimal.ZERO;
        }
        BigDecimal below = r.fullAt().subtract(rate).multiply(HUNDRED);
        BigDecimal off = below.multiply(r.perPercentBelow());
        if (why != null) {
            why(why, "rate.below", name, num, den, pct(rate), new Texts.Fmt(below, 2), pct(r.fullAt()),
                    r.perPercentBelow(), rounding.apply(off.min(points)));
        }
        return points.subtract(off);
    }
}
