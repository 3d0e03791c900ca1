package io.gridgov.scoring;

import static io.gridgov.scoring.Evaluation.count;
import static io.gridgov.scoring.Evaluation.n;

import io.gridgov.scoring.Engine.Src;
import java.math.BigDecimal;
import java.util.List;

/**
 * Evaluates {@link Rule.Add} (加分), a bonus item. Package-private; stateless and thread-safe.
 */
final class AddEvaluator {

    private AddEvaluator() {
    }

    /**
     * Evaluates a bonus item: count × each, capped at the item's cap, with its reasons.
     *
     * @return the points before rounding
     */
    static BigDecimal evaluate(Src in, String name, Rule.Add a, List<Explanation> reasons) {
        BigDecimal count = count(in, a.fact());
        BigDecimal sum = count.multiply(a.each());
        BigDecimal got = sum;
        if (a.cap().isPresent() && sum.compareTo(a.cap().get()) > 0) {
            got = a.cap().get();
        }
        reasons.add(count.signum() == 0 ? Explanation.of("add.none", name)
                : Explanation.of("add.item", name, n(count), n(a.each()), n(sum)));
        if (got != sum) {
            reasons.add(Explanation.of("add.capped", n(got)));
        }
        return got;
    }
}
