package io.gridgov.scoring;

import static io.gridgov.scoring.Evaluation.why;

import io.gridgov.scoring.Engine.Src;
import java.math.BigDecimal;
import java.util.List;

/**
 * Evaluates {@link Rule.Manual} (人工评分): the points given, checked against the indicator's points.
 * Package-private; stateless and thread-safe.
 */
final class ManualEvaluator {

    private ManualEvaluator() {
    }

    /** {@return the exact points before clamping and rounding}; reasons go to {@code why} when it is given. */
    static BigDecimal evaluate(Src in, String name, BigDecimal points, Rule.Manual m, List<Explanation> why) {
        BigDecimal v = in.value(m.fact());
        if (v.signum() < 0 || v.compareTo(points) > 0) {
            throw in.invalid(m.fact(), "facts.manualRange", v, points);
        }
        if (why != null) {
            why(why, "manual", name, v, points);
        }
        return v;
    }
}
