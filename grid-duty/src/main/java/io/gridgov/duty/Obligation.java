package io.gridgov.duty;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Severity;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What one person (or, without staffing, one role) must do in one grid, to one class of targets,
 * within one window: the unit of a {@link DutyPlanner plan} and of compliance. A value; immutable
 * and thread-safe.
 *
 * @param templateId the template
 * @param dutyCode the duty's code
 * @param tier the tier's index for a {@link Frequency.Tiered} duty, empty otherwise
 * @param action the action key, such as {@code visit}
 * @param category the duty's category
 * @param role the role key that performs it
 * @param personId the person, when staffing was given and someone holds the role; empty means the
 *        role as such (no staffing, or the post is vacant)
 * @param gridId the grid
 * @param levelKey the grid's level key, if the tree's scheme has the level
 * @param target the target scope
 * @param targets how many targets the scope counts in this grid (1 for the grid itself)
 * @param from the first day of the window
 * @param until the day after the last day of the window
 * @param count how many activities are required (times × targets; 1 for a time share)
 * @param requiredMinutes for a {@link Frequency.TimeShare}, the minutes required
 * @param minimumMinutes for a {@link Frequency.MinimumDuration}, the shortest activity that counts
 * @param severity how serious a miss is
 */
public record Obligation(String templateId, String dutyCode, OptionalInt tier, String action, String category,
        String role, Optional<String> personId, String gridId, Optional<String> levelKey, TargetScope target,
        int targets, LocalDate from, LocalDate until, int count, OptionalLong requiredMinutes,
        OptionalLong minimumMinutes, Severity severity) {

    /** Validates the components. */
    public Obligation {
        requireNonNull(templateId, "templateId");
        requireNonNull(dutyCode, "dutyCode");
        requireNonNull(tier, "tier");
        requireNonNull(action, "action");
        requireNonNull(category, "category");
        requireNonNull(role, "role");
        requireNonNull(personId, "personId");
        requireNonNull(gridId, "gridId");
        requireNonNull(levelKey, "levelKey");
        requireNonNull(target, "target");
        requireNonNull(from, "from");
        requireNonNull(until, "until");
        requireNonNull(requiredMinutes, "requiredMinutes");
        requireNonNull(minimumMinutes, "minimumMinutes");
        requireNonNull(severity, "severity");
        if (!from.isBefore(until)) {
            throw InvalidDutyException.of("value.emptyWindow", from.toString(), until.toString());
        }
        if (count < 1 || targets < 1) {
            throw InvalidDutyException.of("value.obligationCount", String.valueOf(count), String.valueOf(targets));
        }
    }

    /** {@return the last day of the window, the day the obligation is due} */
    public LocalDate due() {
        return until.minusDays(1);
    }

    /** {@return the duty as {@code template/code}, or {@code template/code#tier}} */
    public String dutyKey() {
        return templateId + "/" + dutyCode + (tier.isPresent() ? "#" + tier.getAsInt() : "");
    }

    /** {@return the fact name prefix: {@code duty.<action>} or {@code duty.<action>.<targetCategory>}} */
    public String factPrefix() {
        String c = target.category();
        return "duty." + action + (c.isEmpty() ? "" : "." + c);
    }
}
