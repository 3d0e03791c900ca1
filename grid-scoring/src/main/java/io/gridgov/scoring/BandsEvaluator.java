package io.gridgov.scoring;

import static io.gridgov.scoring.Evaluation.value;
import static io.gridgov.scoring.Evaluation.why;

import io.gridgov.scoring.Engine.Src;
import java.math.BigDecimal;
import java.util.List;

/**
 * Evaluates {@link Rule.Bands} (分档): the points of the band the value falls in. Package-private;
 * stateless and thread-safe.
 */
final class BandsEvaluator {

    private BandsEvaluator() {
    }

    /** {@return the exact points before clamping and rounding}; reasons go to {@code why} when it is given. */
    static BigDecimal evaluate(Src in, String name, BigDecimal points, Rule.Bands b, List<Explanation> why) {
        BigDecimal v = value(in, b.fact(), b.denominator());
        if (v == null) {
            if (why != null) {
                why(why, "rate.zeroDenominator." + b.onZeroDenominator().json(), name, points);
            }
            return b.onZeroDenominator() == Rule.OnZero.FULL ? points : BigDecimal.ZERO;
        }
        for (Rule.Bands.Band band : b.bands()) {
            if (band.contains(v)) {
                if (why != null) {
                    why(why, "bands", name, new Texts.Fmt(v, 3), band.label(), band.points());
                }
                return band.points();
            }
        }
        throw in.invalid(b.fact(), "facts.outsideBands", v, b.bands().get(0).label() + " … "
                + b.bands().get(b.bands().size() - 1).label());
    }
}
