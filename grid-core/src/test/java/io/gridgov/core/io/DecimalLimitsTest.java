package io.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalLimitsTest {

    @Test
    void hugeAndTinyExponentsAreShownShortAndNeverExpanded() {
        assertThat(DecimalLimits.shown(new BigDecimal("1e999999999"))).isEqualTo("1E+999999999");
        assertThat(DecimalLimits.shown(new BigDecimal("-1.23456789e-999999999"))).isEqualTo("-1.23457E-999999999");
        assertThat(DecimalLimits.shown(new BigDecimal("12.50"))).isEqualTo("12.5");
        assertThat(DecimalLimits.shown(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(DecimalLimits.shown(BigDecimal.ZERO.setScale(-5))).isEqualTo("0");
    }

    @Test
    void boundsAreAMagnitudeBelowTenToTheFifteenAndTwelveDecimals() {
        assertThat(DecimalLimits.within(new BigDecimal("999999999999999.999999999999"))).isTrue();
        assertThat(DecimalLimits.within(new BigDecimal("1e15"))).isFalse();
        assertThat(DecimalLimits.within(new BigDecimal("0.0000000000001"))).isFalse();
        assertThat(DecimalLimits.within(new BigDecimal("0.100000000000000000000"))).isTrue();
        assertThat(DecimalLimits.within(new BigDecimal("0e-999999999"))).isTrue();
    }
}
