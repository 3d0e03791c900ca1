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
            if (!moderate(value)) {
                return num(value);   // never a setScale or percent of a huge exponent
            }
            return switch (kind) {
                case 1 -> percent(value);
                case 2 -> num(value.setScale(2, RoundingMode.HALF_UP));
                case 3 -> num(value.round(new java.math.MathContext(6)));
                default -> num(value);
            };
        }
    }

    /**
     * {@return an argument as text: numbers without trailing zeros, texts (names, codes, fact names from the
     * input) shortened to about 60 characters with control and bidi characters escaped, so that a message
     * stays one short line; anything else by toString}
     */
    public static String format(Object o) {
        if (o instanceof BigDecimal b) {
            return num(b);
        }
        return o instanceof String t ? shown(t) : o.toString();
    }

    /** {@return a text from the input as a message quotes it: short and escaped, without the quotes} */
    public static String shown(String text) {
        String q = io.gridgov.core.io.JsonTree.quoted(text);
        return q.substring(1, q.length() - 1);
    }

    /** {@return the message {@code key} in both languages, its arguments formatted by {@link #format}} */
    public static io.gridgov.core.i18n.LocalizedText text(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = args[i] instanceof String || args[i] instanceof BigDecimal ? format(args[i]) : args[i];
        }
        return MESSAGES.text(key, texts);
    }

    /**
     * {@return a number without trailing zeros or exponent, e.g. {@code 30}, {@code 12.5}; a number beyond
     * {@link io.gridgov.core.io.DecimalLimits} in six significant digits ({@code 1E+999999}), never expanded}
     */
    public static String num(BigDecimal v) {
        return moderate(v) ? (v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString())
                : io.gridgov.core.io.DecimalLimits.shown(v);
    }

    /**
     * {@return whether {@code v} prints plain in a few dozen characters}: the numbers of scheme and facts
     * (bounded by {@link io.gridgov.core.io.DecimalLimits}) and what the engine computes from them (rates of
     * 16 significant digits) are; anything else is printed in scientific notation
     */
    static boolean moderate(BigDecimal v) {
        return v.signum() == 0 || ((long) v.precision() - v.scale() <= 30 && v.scale() <= 40);
    }

    /** {@return a fraction as a percentage with at most two decimals, e.g. {@code 95}, {@code 87.5}} */
    public static String percent(BigDecimal fraction) {
        return num(fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP));
    }
}
