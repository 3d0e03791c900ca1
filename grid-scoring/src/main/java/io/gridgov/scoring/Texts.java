package io.gridgov.scoring;

import io.gridgov.core.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** This module's message bundle and number formatting for reasons. Thread-safe. */
final class Texts {
    /** The bundle {@code io.gridgov.scoring.i18n.messages}. */
    public static final Messages MESSAGES = Messages.of("io.gridgov.scoring.i18n.messages", Texts.class);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Texts() {
    }

    /** A number formatted lazily: {@code kind} 0 = plain, 1 = percent of a fraction, 2 = two decimals, 3 = six digits. */
    public record Fmt(BigDecimal value, int kind) {
        @Override
        public String toString() {
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

    /** {@return a number without trailing zeros or exponent, e.g. {@code 30}, {@code 12.5}} */
    public static String num(BigDecimal v) {
        if (v.signum() == 0) {
            return "0";
        }
        return v.stripTrailingZeros().toPlainString();
    }

    /** {@return a fraction as a percentage with at most two decimals, e.g. {@code 95}, {@code 87.5}} */
    public static String percent(BigDecimal fraction) {
        return num(fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP));
    }
}
