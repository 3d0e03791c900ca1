package io.gridgov.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** A message's plain decimals written without {@code DecimalFormat} read exactly as {@code DecimalFormat} writes them. */
class PlainDecimalFormatProperties {

    private static final List<String> PATTERNS = List.of(
            "{0,number,0.##} m\u00b2", "{0,number,0.#}", "{0,number,0}", "{0,number,0.###}", "约 {0,number,0.##} 米",
            "{0,number,integer} 处", "{0,number,#,##0.#}", "{0,number,#,####0.##}", "{0,number}",
            "{0,number,#.##}", "{0,number,#}");

    /** Values a report holds (areas, lengths, widths), ties at every decimal, and what lies beside them. */
    @Provide
    Arbitrary<Double> values() {
        Arbitrary<Double> wide = Arbitraries.doubles().between(0, 1e8).ofScale(6);
        Arbitrary<Double> raw = Arbitraries.longs().between(0, Double.doubleToLongBits(1e10)).map(Double::longBitsToDouble);
        Arbitrary<Double> ties = Arbitraries.longs().between(0, 10_000_000)
                .flatMap(n -> Arbitraries.of(1, 10, 100, 1000).map(d -> (n + 0.5) / d));
        Arbitrary<Double> besideTies = ties.flatMap(t -> Arbitraries.integers().between(-3, 3)
                .map(k -> t + k * Math.ulp(t)));
        Arbitrary<Double> special = Arbitraries.of(0.0, -0.0, -1.25, -0.004, 1e9, 1e12, 123456789.125, 0.005, 0.015,
                2.675, 1.005, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.MAX_VALUE);
        return Arbitraries.frequencyOf(
                Tuple.of(3, wide), Tuple.of(2, raw), Tuple.of(2, ties),
                Tuple.of(3, besideTies), Tuple.of(1, special));
    }

    @Property(tries = 20_000)
    void writesWhatDecimalFormatWrites(@ForAll("values") double value) {
        for (String pattern : PATTERNS) {
            for (Locale locale : List.of(Messages.ENGLISH, Messages.CHINESE)) {
                MessageFormat slow = new MessageFormat(pattern, locale);
                MessageFormat fast = PlainDecimalFormat.speedUp(new MessageFormat(pattern, locale));
                assertThat(fast.format(new Object[] {value}))
                        .as("%s in %s of %s (bits %x)", pattern, locale, value, Double.doubleToRawLongBits(value))
                        .isEqualTo(slow.format(new Object[] {value}));
            }
        }
    }

    @Property(tries = 5_000)
    void writesIntegersAsDecimalFormatWrites(@ForAll long value) {
        for (String pattern : PATTERNS) {
            for (Locale locale : List.of(Messages.ENGLISH, Messages.CHINESE)) {
                MessageFormat slow = new MessageFormat(pattern, locale);
                MessageFormat fast = PlainDecimalFormat.speedUp(new MessageFormat(pattern, locale));
                for (Object boxed : List.of(value, (int) value, (short) value)) {
                    assertThat(fast.format(new Object[] {boxed})).as("%s in %s of %s", pattern, locale, boxed)
                            .isEqualTo(slow.format(new Object[] {boxed}));
                }
            }
        }
    }

    @Example
    void takesOnlyPlainDecimals() {
        assertThat(PlainDecimalFormat.plain(new DecimalFormat("0.##"))).isTrue();
        assertThat(PlainDecimalFormat.plain(new DecimalFormat("#,##0.##"))).isTrue();
        assertThat(PlainDecimalFormat.plain(new DecimalFormat("#.##"))).isTrue();   // Java reads it as 0.##
        assertThat(PlainDecimalFormat.plain(new DecimalFormat("0.00"))).isFalse();
        assertThat(PlainDecimalFormat.plain(new DecimalFormat("0.##%"))).isFalse();
        assertThat(PlainDecimalFormat.plain(new DecimalFormat("0.####"))).isFalse();
        assertThat(PlainDecimalFormat.plain(new DecimalFormat("0.#E0"))).isFalse();
        // integers, strings and other sub-formats are left as they were
        MessageFormat message = PlainDecimalFormat.speedUp(
                new MessageFormat("{0,number,integer} / {1} / {2,number,0.#}", Locale.ENGLISH));
        assertThat(message.format(new Object[] {12345, "g1", 2.25})).isEqualTo("12,345 / g1 / 2.2");
        assertThat(message.format(new Object[] {12345L, "g1", 7L})).isEqualTo("12,345 / g1 / 7");
    }
}
