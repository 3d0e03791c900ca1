package io.gridgov.cases;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.calendar.WorkCalendar;
import java.util.Locale;

/**
 * A time limit (时限) in working time: {@code {"minutes": N}}, {@code {"hours": N}} or {@code {"days": N}}.
 * Minutes and hours are working time on the work calendar; N working days are N × the calendar's
 * {@linkplain WorkCalendar#minutesPerDay() working minutes per day}, so "1 day" on a calendar of
 * 8 working hours is 480 working minutes. Immutable and thread-safe.
 *
 * @param amount how many units, at least 1
 * @param unit the unit
 */
public record TimeLimit(long amount, Unit unit) {

    /** The unit of a limit. */
    public enum Unit {
        /** Working minutes. */
        MINUTES,
        /** Working hours. */
        HOURS,
        /** Working days: the calendar's working minutes per day each. */
        DAYS;

        /** {@return the JSON key: minutes, hours or days} */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Validates the components. */
    public TimeLimit {
        requireNonNull(unit, "unit");
        if (amount < 1 || amount > 100_000) {
            throw new IllegalArgumentException("a time limit is 1 to 100000 " + unit.key() + ", not " + amount);
        }
    }

    /** {@return a limit of N working minutes} */
    public static TimeLimit minutes(long n) {
        return new TimeLimit(n, Unit.MINUTES);
    }

    /** {@return a limit of N working hours} */
    public static TimeLimit hours(long n) {
        return new TimeLimit(n, Unit.HOURS);
    }

    /** {@return a limit of N working days} */
    public static TimeLimit days(long n) {
        return new TimeLimit(n, Unit.DAYS);
    }

    /** {@return the limit in working minutes on {@code calendar}} */
    public long workingMinutes(WorkCalendar calendar) {
        return switch (unit) {
            case MINUTES -> amount;
            case HOURS -> amount * 60;
            case DAYS -> amount * calendar.minutesPerDay();
        };
    }

    /** {@return the JSON form, such as {@code {"hours": 4}}} */
    @Override
    public String toString() {
        return "{\"" + unit.key() + "\": " + amount + "}";
    }
}
