package io.gridgov.scoring;

import io.gridgov.core.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** grid-scoring's one message bundle ({@link #MESSAGES}) and the formatting of numbers in its messages. Not API. Thread-safe. */
final class ScoringMessages {
    /** The bundle {@code io.gridgov.scoring.i18n.messages}. */
    public static final Messages MESSAGES = Messages.of("io.gridgov.scoring.i18n.messages", ScoringMessages.class);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoringMessages() {
    }

    /** A number formatted lazily: {@code kind} 0 = plain, 1 = percent of a fraction, 2 = two decimals, 3 = six digits. */
    public record Fmt(BigDecimal value, int kind) {
        @Override
        public String toString() {
            if (!io.gridgov.core.io.DecimalLimits.within(value)) {
                return num(value);
            }
            return switch (kind) {
                case 1 -> percent(value);
                case 2 -> num(value.setScale(2, RoundingMode.HALF_UP));
                case 3 -> num(value.round(new java.math.MathContext(6)));
                default -> num(value);
            };
        }
    }

    /** {@return an argument as text: numbers without trailing zeros, anything else by toString} */
    public static String format(Object o) {
        return o instanceof BigDecimal b ? num(b) : o.toString();
    }

    /**
     * {@return a number without trailing zeros or exponent, e.g. {@code 30}, {@code 12.5}; a number beyond
     * {@link io.gridgov.core.io.DecimalLimits} in six significant digits ({@code 1E+999999}), never expanded}
     */
    public static String num(BigDecimal v) {
        return io.gridgov.core.io.DecimalLimits.shown(v);
    }

    /** {@return a fraction as a percentage with at most two decimals, e.g. {@code 95}, {@code 87.5}} */
    public static String percent(BigDecimal fraction) {
        return num(fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP));
    }
}
