package io.gridgov.core.facts;

import java.math.BigDecimal;

/**
 * The declared magnitude of a fact value (数值范围) that the facts readers accept: at most
 * {@value #MAX_INTEGER_DIGITS} digits before the decimal point and {@value #MAX_SCALE} after it, so
 * that {@code 1e999999} or {@code 1e-400} is refused where it is read, with its place, instead of
 * sending the assessment engine into a number with a million digits. Counts, ratios, scores and
 * money all fit. Stateless.
 */
final class FactLimits {

    /** The most digits before the decimal point. */
    static final int MAX_INTEGER_DIGITS = 18;
    /** The most digits after the decimal point. */
    static final int MAX_SCALE = 18;

    private FactLimits() {
    }

    /** {@return whether {@code v} is within the declared magnitude} */
    static boolean within(BigDecimal v) {
        return v.scale() <= MAX_SCALE && (long) v.precision() - v.scale() <= MAX_INTEGER_DIGITS;
    }
}
