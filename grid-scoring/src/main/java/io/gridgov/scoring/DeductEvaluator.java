package io.gridgov.scoring;

import static io.gridgov.scoring.Evaluation.count;
import static io.gridgov.scoring.Evaluation.why;

import io.gridgov.scoring.Engine.Src;
import java.math.BigDecimal;
import java.util.List;

/**
 * Evaluates {@link Rule.Deduct} (扣分): the sum of count × each over the items, capped at the
 * indicator's points. Package-private; stateless and thread-safe.
 */
final class DeductEvaluator {

    private DeductEvaluator() {
    }

    /** {@return the exact points before clamping and rounding}; reasons go to {@code why} when it is given. */
    static BigDecimal evaluate(Src in, String name, BigDecimal points, Rule.Deduct d, List<Explanation> why) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        int k = 0;
        for (Rule.Deduct.Item item : d.items()) {
            BigDecimal count = count(in, item.fact());
            if (count.signum() > 0) {
                BigDecimal off = count.multiply(item.each());
                sum = sum.add(off);
                any = true;
                if (why != null) {
                    String label = item.name().orElse(k == 0 ? name : name + " [" + item.fact() + "]");
                    if (why != null) {
                        why(why, "deduct.item", label, count, item.each(), off);
                    }
                }
            }
            k++;
        }
        if (!any) {
            if (why != null) {
                why(why, "deduct.none", name);
            }
            return points;
        }
        if (sum.compareTo(points) > 0) {
            if (why != null) {
                why(why, "deduct.capped", sum, points);
            }
        }
        return points.subtract(sum);
    }
}
