package io.gridgov.duty;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Counts of obligations and units for one slice of a compliance report (a person, a grid, a duty, a
 * category, a level, or everything). Rates are exact decimals with four places, rounded half-even,
 * and lie in [0, 1]; a slice that requires nothing has rate 1. A value; immutable and thread-safe.
 *
 * @param obligations how many obligations
 * @param fulfilled how many were fulfilled in time
 * @param late how many were fulfilled late
 * @param partly how many were partly fulfilled
 * @param missed how many were missed entirely
 * @param required the units required (activities; one per time-share obligation)
 * @param done the units done within their windows
 * @param doneLate the units made up late
 */
public record Tally(long obligations, long fulfilled, long late, long partly, long missed, long required, long done,
        long doneLate) {

    /** Rates carry four decimal places. */
    public static final int SCALE = 4;

    /** Nothing. */
    public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0, 0, 0);

    /** {@return (done + doneLate) / required: the compliance rate (履职率), late work included} */
    public BigDecimal rate() {
        return ratio(done + doneLate, required);
    }

    /** {@return done / required: the on-time rate} */
    public BigDecimal onTimeRate() {
        return ratio(done, required);
    }

    /** {@return fulfilled / obligations: the share of obligations fulfilled in time} */
    public BigDecimal fulfilledShare() {
        return ratio(fulfilled, obligations);
    }

    /** {@return the units missed: required − done − doneLate} */
    public long missedUnits() {
        return required - done - doneLate;
    }

    /** {@return this tally plus one outcome} */
    public Tally plus(Outcome o) {
        return new Tally(obligations + 1, fulfilled + (o.status() == Status.FULFILLED ? 1 : 0),
                late + (o.status() == Status.LATE ? 1 : 0), partly + (o.status() == Status.PARTLY ? 1 : 0),
                missed + (o.status() == Status.MISSED ? 1 : 0), required + o.obligation().count(), done + o.done(),
                doneLate + o.late());
    }

    private static BigDecimal ratio(long a, long b) {
        if (b == 0) {
            return BigDecimal.ONE.setScale(SCALE);
        }
        return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), SCALE, RoundingMode.HALF_EVEN);
    }
}
