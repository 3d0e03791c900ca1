package io.gridgov.duty;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Optional;
import java.util.EnumSet;
import java.util.Set;

/**
 * One thing someone did (履职记录): who, in which role and grid, which action, to what target, when,
 * with what evidence. Times are local civil times of the city. The target names what the action was
 * done to: empty or the grid id for the grid itself, {@code <category>/<id>} otherwise
 * ({@code key/h-017}, {@code ordinary/h-203}, {@code enterprise/e-12}, {@code grids/g-003},
 * {@code workers/p-9}). A value; immutable and thread-safe.
 *
 * @param who the person's id
 * @param role the role key the person acted in
 * @param grid the grid id
 * @param action the action key
 * @param target the target, possibly empty
 * @param start when it started
 * @param end when it ended, not before {@code start}
 * @param evidence the evidence attached
 * @param duty the code of the one duty the record is for, when the activity names it (the nine S1 area
 *        patrols share action and role; naming the duty keeps one patrol from counting for all nine);
 *        empty counts for every duty that matches
 * @param line the line of the input it was read from (1-based), or 0 when built in code
 */
public record ActivityRecord(String who, String role, String grid, String action, String target,
        LocalDateTime start, LocalDateTime end, Set<Evidence> evidence, Optional<String> duty, long line) {

    /** Validates and copies the components. */
    public ActivityRecord {
        requireNonNull(who, "who");
        requireNonNull(role, "role");
        requireNonNull(grid, "grid");
        requireNonNull(action, "action");
        requireNonNull(target, "target");
        requireNonNull(start, "start");
        requireNonNull(end, "end");
        requireNonNull(duty, "duty");
        if (end.isBefore(start)) {
            throw InvalidDutyException.of("value.activityEndsBeforeStart", end.toString(), start.toString());
        }
        evidence = evidence.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(evidence));
    }

    /** {@return a record built in code (line 0)} */
    public static ActivityRecord of(String who, String role, String grid, String action, String target,
            LocalDateTime start, LocalDateTime end, Set<Evidence> evidence) {
        return new ActivityRecord(who, role, grid, action, target, start, end, evidence, Optional.empty(), 0);
    }

    /** {@return a copy that names the duty it is for} */
    public ActivityRecord forDuty(String dutyCode) {
        return new ActivityRecord(who, role, grid, action, target, start, end, evidence,
                Optional.of(requireNonNull(dutyCode, "dutyCode")), line);
    }

    /** {@return how long it lasted} */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /** {@return the target's category: the part before '/', or empty for the grid itself} */
    public String targetCategory() {
        int slash = target.indexOf('/');
        return slash < 0 ? "" : target.substring(0, slash);
    }
}
