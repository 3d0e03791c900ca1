package io.gridgov.duty;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.io.JsonTree;
import java.util.Optional;

/**
 * A per-grid change to one duty of a template: another frequency, or the duty switched off for
 * that grid. Immutable and thread-safe.
 *
 * @param gridId the grid the override applies to
 * @param dutyCode the duty's code
 * @param frequency the frequency to use instead, if any
 * @param disabled whether the duty does not apply to the grid at all
 */
public record GridOverride(String gridId, String dutyCode, Optional<Frequency> frequency, boolean disabled) {

    /** Validates the components. */
    public GridOverride {
        requireNonNull(gridId, "gridId");
        requireNonNull(dutyCode, "dutyCode");
        requireNonNull(frequency, "frequency");
        if (disabled && frequency.isPresent()) {
            throw InvalidDutyException.of("value.overrideBoth", JsonTree.quoted(dutyCode), JsonTree.quoted(gridId));
        }
    }

    /** {@return an override that switches the duty off in the grid} */
    public static GridOverride disable(String gridId, String dutyCode) {
        return new GridOverride(gridId, dutyCode, Optional.empty(), true);
    }

    /** {@return an override that changes the duty's frequency in the grid} */
    public static GridOverride frequency(String gridId, String dutyCode, Frequency frequency) {
        return new GridOverride(gridId, dutyCode, Optional.of(frequency), false);
    }
}
