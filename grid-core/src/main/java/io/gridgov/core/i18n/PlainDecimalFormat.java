package io.gridgov.core.i18n;

import static java.util.Objects.requireNonNull;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;

/**
 * A plain decimal sub-format of a message ({@code {4,number,0.##}}, {@code {0,number,integer}}: no prefix
 * or suffix, at most three decimals, half-even rounding, grouped or not) that writes a non-negative
 * {@code double}, {@code long} or {@code int} itself and leaves everything else to the
 * {@link DecimalFormat} it replaces, with the same text in every case.
 *
 * <p>Why: a report of thousands of findings formats three or four such numbers per message, in two
 * languages, and {@code DecimalFormat} spends about a microsecond on each (it converts the value to its
 * shortest decimal digits first). Scaling by 10<sup>d</sup> and rounding to the nearest integer gives the
 * same digits wherever the scaled value is not within a small margin of a tie between two integers; there,
 * and for negative, non-finite or large values, the {@code DecimalFormat} answers.
 *
 * <p>Not thread-safe, like the {@code DecimalFormat} it wraps ({@link Messages} formats under a lock).
 */
final class PlainDecimalFormat extends Format {

    private static final long serialVersionUID = 1L;

    /** Scaled values up to this are rounded here: their rounding error is far below {@link #TIE_MARGIN}. */
    private static final double MAX_SCALED = 1e9;
    /** A scaled value whose fraction lies within this of one half is left to {@code DecimalFormat}. */
    private static final double TIE_MARGIN = 1e-5;
    private static final long[] POWERS = {1, 10, 100, 1000};

    private final DecimalFormat full;
    private final int decimals;
    private final char separator;
    /** Digits per group of the integer part, 0 when not grouped. */
    private final int grouping;
    private final char groupSeparator;

    private PlainDecimalFormat(DecimalFormat full) {
        this.full = full;
        this.decimals = full.getMaximumFractionDigits();
        this.separator = full.getDecimalFormatSymbols().getDecimalSeparator();
        this.grouping = full.isGroupingUsed() ? full.getGroupingSize() : 0;
        this.groupSeparator = full.getDecimalFormatSymbols().getGroupingSeparator();
    }

    /**
     * Replaces every plain decimal sub-format of {@code message} (see the class comment) by one that
     * gives the same text faster.
     *
     * @param message a message format, changed in place
     * @return {@code message}
     */
    static MessageFormat speedUp(MessageFormat message) {
        requireNonNull(message, "message");
        Format[] formats = message.getFormats();
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] instanceof DecimalFormat d && plain(d)) {
                message.setFormat(i, new PlainDecimalFormat(d));
            }
        }
        return message;
    }

    /** {@return whether this class writes what {@code d} writes for the values it takes on itself} */
    static boolean plain(DecimalFormat d) {
        DecimalFormatSymbols symbols = d.getDecimalFormatSymbols();
        return d.getClass() == DecimalFormat.class
                && (!d.isGroupingUsed() || d.getGroupingSize() > 0)
                && !d.isDecimalSeparatorAlwaysShown()
                && d.getMultiplier() == 1
                && d.getRoundingMode() == RoundingMode.HALF_EVEN
                && d.getMinimumIntegerDigits() == 1
                && d.getMaximumIntegerDigits() >= 19
                && d.getMinimumFractionDigits() == 0
                && d.getMaximumFractionDigits() < POWERS.length
                && d.getPositivePrefix().isEmpty()
                && d.getPositiveSuffix().isEmpty()
                && d.toPattern().indexOf('E') < 0
                && symbols.getZeroDigit() == '0';
    }

    @Override
    public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
        if (value instanceof Double d && write(d, to)) {
            return to;
        }
        if ((value instanceof Integer || value instanceof Long) && ((Number) value).longValue() >= 0) {
            appendGrouped(((Number) value).longValue(), to);
            return to;
        }
        return full.format(value, to, position);
    }

    /** Appends {@code v} as the wrapped format would; false (nothing appended) where that format must decide. */
    private boolean write(double v, StringBuffer to) {
        // -0.0 passes v >= 0 but is written "-0": left to the DecimalFormat with the negatives
        if (!(v >= 0) || Double.doubleToRawLongBits(v) < 0) {
            return false;
        }
        double scaled = v * POWERS[decimals];
        if (!(scaled <= MAX_SCALED)) {
            return false;
        }
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) < TIE_MARGIN) {
            return false;
        }
        long rounded = (long) floor + (fraction > 0.5 ? 1 : 0);
        long unit = POWERS[decimals];
        appendGrouped(rounded / unit, to);
        long rest = rounded % unit;
        if (rest != 0) {
            int digits = decimals;
            while (rest % 10 == 0) {
                rest /= 10;
                digits--;
            }
            to.append(separator);
            String text = Long.toString(rest);
            for (int pad = text.length(); pad < digits; pad++) {
                to.append('0');
            }
            to.append(text);
        }
        return true;
    }

    /** Appends a non-negative integer part, its digits grouped as the wrapped format groups them. */
    private void appendGrouped(long n, StringBuffer to) {
        String digits = Long.toString(n);
        if (grouping == 0 || digits.length() <= grouping) {
            to.append(digits);
            return;
        }
        int head = digits.length() % grouping;
        if (head == 0) {
            head = grouping;
        }
        to.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += grouping) {
            to.append(groupSeparator).append(digits, i, i + grouping);
        }
    }

    @Override
    public Object parseObject(String source, ParsePosition position) {
        return full.parseObject(source, position);
    }

    @Override
    public Object clone() {
        return new PlainDecimalFormat((DecimalFormat) full.clone());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlainDecimalFormat p && p.full.equals(full);
    }

    @Override
    public int hashCode() {
        return full.hashCode();
    }
}
