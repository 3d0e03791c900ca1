package io.gridgov.core.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The declared bounds (数值范围) of the decimal numbers GridGov reads where it computes with them — fact
 * values and weights (考核数据) and the numbers of an assessment scheme: a magnitude below 10^15
 * ({@value #MAX_INTEGER_DIGITS} digits before the decimal point) and at most {@value #MAX_DECIMALS}
 * decimals (trailing zeros not counted). Within them, sums, products and quotients of a handful of
 * such numbers stay small and exact, so no computation can run out of memory or overflow a scale; a
 * reader rejects anything beyond them with a located error. {@link #shown} formats any number for a
 * message in a bounded number of characters. Stateless and thread-safe.
 */
public final class DecimalLimits {
    /** Digits before the decimal point: every number lies strictly between −10^15 and 10^15. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** Decimals after the point, trailing zeros not counted. */
    public static final int MAX_DECIMALS = 12;

    private static final MathContext SHOWN = new MathContext(6, RoundingMode.HALF_UP);

    private DecimalLimits() {
    }

    /**
     * {@return whether {@code v} lies within the bounds}
     *
     * @param v a number
     */
    public static boolean within(BigDecimal v) {
        if (v.signum() == 0) {
            return true;
        }
        // digits before the point = precision − scale; cheap for any exponent (no expansion)
        if ((long) v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
            return false;
        }
        return v.scale() <= MAX_DECIMALS || v.stripTrailingZeros().scale() <= MAX_DECIMALS;
    }

    /**
     * A number for a message, in at most about 30 characters whatever its exponent: plain without
     * trailing zeros when it lies within the bounds ({@code 30}, {@code 12.5}), else six significant
     * digits in scientific notation ({@code 1E+999999}) — never an expansion of a huge exponent.
     *
     * @param v a number
     * @return the text
     */
    public static String shown(BigDecimal v) {
        if (v.signum() == 0) {
            return "0";
        }
        if (within(v)) {
            return v.stripTrailingZeros().toPlainString();
        }
        return v.round(SHOWN).stripTrailingZeros().toString();
    }
}
