package io.gridgov.scoring;

import io.gridgov.scoring.Engine.Src;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * What the evaluators of the built-in rule kinds share: counts (facts that must not be negative), the
 * value of a linear or bands rule, reasons added only when asked for, and number formats for reasons.
 * Package-private; stateless and thread-safe.
 */
final class Evaluation {

    static final MathContext MC = MathContext.DECIMAL64;

    private Evaluation() {
    }

    static void why(List<Explanation> why, String key, Object... args) {
        if (why != null) {
            why.add(Explanation.of(key, args));
        }
    }

    static BigDecimal count(Src in, String fact) {
        BigDecimal v = in.value(fact);
        if (v.signum() < 0) {
            throw in.invalid(fact, "facts.negative", v);
        }
        return v;
    }

    /** The value of a linear or bands rule, or {@code null} for a zero denominator. */
    static BigDecimal value(Src in, String fact, Optional<String> den) {
        if (den.isEmpty()) {
            return in.value(fact);
        }
        BigDecimal num = count(in, fact);
        BigDecimal d = count(in, den.get());
        return d.signum() == 0 ? null : num.divide(d, MC);
    }

    static BigDecimal n(BigDecimal v) {
        return v;
    }

    static Texts.Fmt pct(BigDecimal v) {
        return new Texts.Fmt(v, 1);
    }
}
