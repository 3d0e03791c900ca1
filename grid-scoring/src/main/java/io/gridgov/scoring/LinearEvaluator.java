package io.gridgov.scoring;

import static io.gridgov.scoring.Evaluation.MC;
import static io.gridgov.scoring.Evaluation.value;
import static io.gridgov.scoring.Evaluation.why;

import io.gridgov.scoring.Engine.Src;
import java.math.BigDecimal;
import java.util.List;

/**
 * Evaluates {@link Rule.Linear} (线性插值): points in proportion to where the value lies between
 * {@code zeroAt} and {@code fullAt}. Package-private; stateless and thread-safe.
 */
final class LinearEvaluator {

    private LinearEvaluator() {
    }

    /** {@return the exact points before clamping and rounding}; reasons go to {@code why} when it is given. */
    static BigDecimal evaluate(Src in, String name, BigDecimal points, Rule.Linear l, Scheme.Rounding rounding,
            List<Explanation> why) {
        BigDecimal v = value(in, l.fact(), l.denominator());
        if (v == null) {
            if (why != null) {
                why(why, "rate.zeroDenominator." + l.onZeroDenominator().json(), name, points);
            }
            return l.onZeroDenominator() == Rule.OnZero.FULL ? points : BigDecimal.ZERO;
        }
        BigDecimal frac = v.subtract(l.zeroAt()).divide(l.fullAt().subtract(l.zeroAt()), MC);
        frac = frac.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        BigDecimal exact = points.multiply(frac);
        if (why != null) {
            why(why, "linear", name, new Texts.Fmt(v, 3), l.zeroAt(), l.fullAt(), points, rounding.apply(exact));
        }
        return exact;
    }
}
