package io.gridgov.scoring.internal;

import io.gridgov.core.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** This module's message bundle and number formatting for reasons. Thread-safe. */
public final class Texts {
    /** The bundle {@code io.gridgov.scoring.i18n.messages}. */
    public static final Messages MESSAGES = Messages.of("io.gridgov.scoring.i18n.messages", Texts.class);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Texts() {
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
