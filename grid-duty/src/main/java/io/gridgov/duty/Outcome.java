package io.gridgov.duty;

import static java.util.Objects.requireNonNull;

/**
 * How one obligation was met. A value; immutable and thread-safe.
 *
 * @param obligation the obligation
 * @param status fulfilled, late, partly or missed
 * @param done the units credited within the window (at most {@link Obligation#count()}; for a time
 *        share 1 when the minutes were reached, else 0)
 * @param late the further units credited from activities after the window, within grace
 * @param minutes the summed minutes of the matching activities within the window
 */
public record Outcome(Obligation obligation, Status status, int done, int late, long minutes) {

    /** Validates the components. */
    public Outcome {
        requireNonNull(obligation, "obligation");
        requireNonNull(status, "status");
        if (done < 0 || late < 0 || done + late > obligation.count()) {
            throw InvalidDutyException.of("value.outcomeCredits", String.valueOf(done), String.valueOf(late),
                    String.valueOf(obligation.count()));
        }
    }

    /** {@return the units neither done nor made up late} */
    public int missed() {
        return obligation.count() - done - late;
    }
}
