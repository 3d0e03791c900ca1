package io.gridgov.duty;

import io.gridgov.core.Arguments;
import io.gridgov.core.calendar.WorkCalendar;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How often a duty is due (频次). A closed family; each kind decides which windows (date ranges) a
 * period is cut into and what one window requires:
 * <ul>
 * <li>{@link Quota}: N times per day, week, month, quarter or year per target, on any calendar day
 *     (S9 §2: visit each key household at least once a month);</li>
 * <li>{@link Weekdays}: once on each of the given weekdays that is a working day (S2 §3:
 *     co-building staff in the grid Monday, Wednesday and Friday);</li>
 * <li>{@link WorkingDays}: once on every working day of the {@link WorkCalendar}, adjusted working
 *     days (调休) included;</li>
 * <li>{@link TimeShare}: a share of the working time of each period spent in the grid (S7: at
 *     least one third);</li>
 * <li>{@link MinimumDuration}: N activities per period, each lasting at least a minimum
 *     (S12: a monthly activity of at least one hour);</li>
 * <li>{@link Tiered}: several tiers, each with its own role and quota (S11: daily patrol by the
 *     team, weekly spot check by the office, monthly inspection by the committee).</li>
 * </ul>
 * All implementations are immutable and thread-safe.
 */
public sealed interface Frequency permits Frequency.Quota, Frequency.Weekdays, Frequency.WorkingDays,
        Frequency.TimeShare, Frequency.MinimumDuration, Frequency.Tiered {

    /** {@return the key of this kind in files: quota, weekdays, working-days, time-share, min-duration, tiered} */
    String kind();

    /**
     * N times per period per target, on any calendar day; holidays do not change it.
     *
     * @param times how many times per period and target, ≥ 1
     * @param per the period
     * @param maxPerDay how many of them may fall on one day, if limited (used to tell an unmeetable quota)
     */
    record Quota(int times, CalendarPeriod per, OptionalInt maxPerDay) implements Frequency {
        /** Validates the components. */
        public Quota {
            requireNonNull(per, "per");
            requireNonNull(maxPerDay, "maxPerDay");
            Arguments.atLeast(times, 1, "quota times");
        }

        /** {@return a quota without a daily limit} */
        public static Quota of(int times, CalendarPeriod per) {
            return new Quota(times, per, OptionalInt.empty());
        }

        /** {@return once a day, on every calendar day (每天)} */
        public static Quota daily() {
            return of(1, CalendarPeriod.DAY);
        }

        @Override
        public String kind() {
            return "quota";
        }
    }

    /**
     * Once on each of the given weekdays, when that day is a working day.
     *
     * @param days the weekdays, at least one
     */
    record Weekdays(Set<DayOfWeek> days) implements Frequency {
        /** Validates and copies the components. */
        public Weekdays {
            if (days.isEmpty()) {
                throw InvalidDutyException.of("value.noWeekday");
            }
            days = Set.copyOf(EnumSet.copyOf(days));
        }

        /** {@return a weekdays frequency} */
        public static Weekdays of(DayOfWeek... days) {
            return new Weekdays(Set.of(days));
        }

        @Override
        public String kind() {
            return "weekdays";
        }
    }

    /** Once on every working day of the calendar. */
    record WorkingDays() implements Frequency {
        @Override
        public String kind() {
            return "working-days";
        }
    }

    /**
     * At least {@code share} of the working time of each period spent on the duty in the grid,
     * measured by the summed durations of matching activities.
     *
     * @param share the share, in (0, 1]
     * @param per the period
     */
    record TimeShare(BigDecimal share, CalendarPeriod per) implements Frequency {
        /** Validates the components. */
        public TimeShare {
            requireNonNull(share, "share");
            requireNonNull(per, "per");
            if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw InvalidDutyException.of("value.timeShare", share.toPlainString());
            }
        }

        @Override
        public String kind() {
            return "time-share";
        }
    }

    /**
     * N activities per period per target, each lasting at least {@code minimum}.
     *
     * @param times how many, ≥ 1
     * @param per the period
     * @param minimum the shortest activity that counts, positive
     */
    record MinimumDuration(int times, CalendarPeriod per, Duration minimum) implements Frequency {
        /** Validates the components. */
        public MinimumDuration {
            requireNonNull(per, "per");
            requireNonNull(minimum, "minimum");
            Arguments.atLeast(times, 1, "min-duration times");
            if (minimum.isNegative() || minimum.isZero()) {
                throw InvalidDutyException.of("value.minimumDuration", minimum.toString());
            }
        }

        @Override
        public String kind() {
            return "min-duration";
        }
    }

    /**
     * One tier of a {@link Tiered} frequency: who does it, how often.
     *
     * @param role the role key that performs this tier, such as {@code team}
     * @param frequency the tier's frequency (not itself tiered)
     * @param label a short name of the tier, such as {@code daily patrol}, if any
     */
    record Tier(String role, Frequency frequency, Optional<String> label) {
        /** Validates the components. */
        public Tier {
            requireNonNull(role, "role");
            requireNonNull(frequency, "frequency");
            requireNonNull(label, "label");
            if (frequency instanceof Tiered) {
                throw InvalidDutyException.of("value.nestedTier");
            }
        }
    }

    /**
     * Several tiers of the same duty, each with its own role and frequency (分级检查).
     *
     * @param tiers the tiers, at least one
     */
    record Tiered(List<Tier> tiers) implements Frequency {
        /** Validates and copies the components. */
        public Tiered {
            tiers = List.copyOf(tiers);
            if (tiers.isEmpty()) {
                throw InvalidDutyException.of("value.noTier");
            }
        }

        @Override
        public String kind() {
            return "tiered";
        }
    }
}
