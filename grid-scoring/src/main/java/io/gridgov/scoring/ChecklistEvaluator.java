package io.gridgov.scoring;

import static io.gridgov.scoring.Evaluation.why;

import io.gridgov.scoring.Engine.Src;
import java.math.BigDecimal;
import java.util.List;

/**
 * Evaluates {@link Rule.Checklist} (检查表): the points of each item done, full points when all are.
 * Package-private; stateless and thread-safe.
 */
final class ChecklistEvaluator {

    private ChecklistEvaluator() {
    }

    /** {@return the exact points before clamping and rounding}; reasons go to {@code why} when it is given. */
    static BigDecimal evaluate(Src in, BigDecimal points, Rule.Checklist c, List<Explanation> why) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean all = true;
        for (Rule.Checklist.Item item : c.items()) {
            BigDecimal v = in.value(item.fact());
            if (v.compareTo(BigDecimal.ZERO) != 0 && v.compareTo(BigDecimal.ONE) != 0) {
                throw in.invalid(item.fact(), "facts.notBoolean", v);
            }
            String label = item.name().orElse(item.fact());
            if (v.signum() > 0) {
                sum = sum.add(item.points());
                if (why != null) {
                    why(why, "checklist.yes", label, item.points());
                }
            } else {
                all = false;
                if (why != null) {
                    why(why, "checklist.no", label, item.points());
                }
            }
        }
        return all ? points : sum;
    }
}
