package io.gridgov.core.calendar;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.io.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are working days (工作日) and which hours of them are working time (工作时间): every day except
 * the weekend days, except public holidays (法定节假日), plus adjusted working days (调休, a weekend day
 * declared a working day); on each working day the same {@linkplain #hours() working hours}, read on the
 * clock of {@linkplain #zone() a time zone}. The {@link #DEFAULT} calendar works Monday to Friday,
 * 09:00–12:00 and 13:00–18:00 (8 hours) in Asia/Shanghai, with no holidays. Duties that fall on working
 * days (grid-duty) and case time limits (办理时限, "within 4 working hours") count on it.
 *
 * <pre>{@code
 * WorkCalendar cal = WorkCalendar.builder().holiday(LocalDate.of(2026, 10, 1))
 *         .workday(LocalDate.of(2026, 9, 27)).hours("08:30-12:00", "14:00-17:30").build();
 * Instant due = cal.plusWorkingMinutes(received, 4 * 60);
 * }</pre>
 *
 * <p><b>Working time.</b> An instant is working time when its local date is a working day and its local
 * time lies in a span of working hours, opening time included, closing time excluded
 * ({@link #isWorkingTime}). Arithmetic is exact to the nanosecond and runs in constant time plus a binary
 * search over the listed dates, however far it reaches; it counts minutes on the zone's wall clock, so
 * every working day has {@link #minutesPerDay()} minutes (a daylight-saving change inside working hours,
 * which China has not had since 1991, does not lengthen or shorten it).
 *
 * <p><b>Limits.</b> Listed dates lie in the years {@value #MIN_YEAR}–{@value #MAX_YEAR}; a range of
 * holidays in JSON spans at most {@value #MAX_RANGE_DAYS} days; at most six weekdays are weekend days;
 * {@link #plusWorkingMinutes} adds at most {@value #MAX_WORKING_MINUTES} minutes.
 *
 * <p>JSON form (see {@code docs/formats/calendar.md}):
 * {@code {"weekend": ["saturday","sunday"], "hours": ["09:00-12:00", "13:00-18:00"], "zone": "Asia/Shanghai",
 * "holidays": ["2026-10-01", {"from": "2026-10-02", "to": "2026-10-07"}], "workdays": ["2026-09-27"]}} —
 * ranges include both ends. Immutable and thread-safe.
 */
public final class WorkCalendar {

    /** The first year a holiday or adjusted working day may lie in. */
    public static final int MIN_YEAR = 1900;
    /** The last year a holiday or adjusted working day may lie in. */
    public static final int MAX_YEAR = 2200;
    /** The longest range of holidays one JSON entry may give, in days. */
    public static final int MAX_RANGE_DAYS = 366;
    /** The most working minutes {@link #plusWorkingMinutes} adds: 100 years of round-the-clock time. */
    public static final long MAX_WORKING_MINUTES = 100L * 366 * 24 * 60;
    /** The default time zone, Asia/Shanghai (China Standard Time). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    /** The default working hours: 09:00–12:00 and 13:00–18:00. */
    public static final List<WorkingHours> DEFAULT_HOURS =
            List.of(WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:00-18:00"));

    /** Monday to Friday, 09:00–12:00 and 13:00–18:00 in Asia/Shanghai, no holidays. */
    public static final WorkCalendar DEFAULT = builder().build();

    private static final int DAY_SECONDS = 86_400;
    private static final long NANOS = 1_000_000_000L;

    private final Set<DayOfWeek> weekend;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;
    private final List<WorkingHours> hours;
    private final ZoneId zone;
    private final int minutesPerDay;

    private final WorkingDays days;
    private final LocalClock clock;
    /** Opening and closing second of day of each span, and the working seconds of the day before each opening. */
    private final int[] open;
    private final int[] close;
    private final int[] before;
    private final long daySeconds;

    private WorkCalendar(Builder b) {
        this.weekend = Collections.unmodifiableSet(b.weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
                : EnumSet.copyOf(b.weekend));
        this.holidays = Collections.unmodifiableSet(new TreeSet<>(b.holidays));
        this.workdays = Collections.unmodifiableSet(new TreeSet<>(b.workdays));
        this.hours = b.resolvedHours();
        this.zone = b.zone;
        this.days = new WorkingDays(weekend, holidays, workdays);
        this.clock = new LocalClock(zone);
        int n = hours.size();
        open = new int[n];
        close = new int[n];
        before = new int[n];
        int sum = 0;
        for (int i = 0; i < n; i++) {
            open[i] = hours.get(i).startMinute() * 60;
            close[i] = hours.get(i).endMinute() * 60;
            before[i] = sum;
            sum += close[i] - open[i];
        }
        this.daySeconds = sum;
        this.minutesPerDay = sum / 60;
    }

    /** {@return whether {@code date} is a working day} */
    public boolean isWorkingDay(LocalDate date) {
        return days.isWorking(date.toEpochDay());
    }

    /** {@return the number of working days in {@code [from, until)}, 0 when {@code until} is not after {@code from}} */
    public int workingDays(LocalDate from, LocalDate until) {
        return Math.toIntExact(days.count(from.toEpochDay(), until.toEpochDay()));
    }

    /** {@return the working minutes of one working day: the sum of the {@linkplain #hours() working hours}} */
    public int minutesPerDay() {
        return minutesPerDay;
    }

    /** {@return the working hours of each working day, sorted and apart} */
    public List<WorkingHours> hours() {
        return hours;
    }

    /** {@return the time zone whose clock the working hours are read on} */
    public ZoneId zone() {
        return zone;
    }

    /** {@return the weekend days} */
    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    /** {@return the public holidays} */
    public Set<LocalDate> holidays() {
        return holidays;
    }

    /** {@return the adjusted working days (调休)} */
    public Set<LocalDate> workdays() {
        return workdays;
    }

    /**
     * {@return whether {@code instant} is working time: a working day, within a span of working hours,
     * the opening time included and the closing time excluded}
     */
    public boolean isWorkingTime(Instant instant) {
        long local = clock.local(instant.getEpochSecond());
        if (!days.isWorking(Math.floorDiv(local, DAY_SECONDS))) {
            return false;
        }
        int sod = (int) Math.floorMod(local, DAY_SECONDS);
        for (int i = 0; i < open.length; i++) {
            if (sod < close[i]) {
                return sod >= open[i];
            }
        }
        return false;
    }

    /** {@return {@code instant} itself when it is working time, otherwise the next opening time} */
    public Instant nextWorkingMoment(Instant instant) {
        return plusWorkingMinutes(instant, 0);
    }

    /**
     * Adds working minutes to an instant: the deadline of a time limit such as "within 4 working hours"
     * ({@code plusWorkingMinutes(received, 240)}) or "within 3 working days"
     * ({@code plusWorkingMinutes(received, 3L * minutesPerDay())}).
     *
     * <p>A start outside working time counts from the next opening time. The result is the earliest instant
     * by which {@code minutes} of working time have passed, so it is working time or, when the time runs out
     * exactly at a closing time, <b>that closing time</b> (14:00 plus 4 working hours is 18:00 the same day,
     * not 09:00 the next working day). Adding 0 minutes gives {@link #nextWorkingMoment}. Adding from a closing
     * time counts from the next opening, so {@code plus(plus(t, a), b)} equals {@code plus(t, a + b)} for
     * {@code b > 0}; and {@code workingTimeBetween(t, plusWorkingMinutes(t, n))} is exactly {@code n} minutes,
     * except where the end's wall-clock time does not exist (a daylight-saving gap inside working hours, such
     * as Asia/Shanghai's 1986–1991 spring changes): the end then moves forward by the gap, as
     * {@code ZonedDateTime} does, and the count back is {@code n} plus the working part of the gap.
     *
     * @param start the start
     * @param minutes the working minutes to add, 0 to {@value #MAX_WORKING_MINUTES}
     * @return the end
     * @throws IllegalArgumentException when {@code minutes} is negative or above {@value #MAX_WORKING_MINUTES}
     */
    public Instant plusWorkingMinutes(Instant start, long minutes) {
        requireNonNull(start, "start");
        if (minutes < 0 || minutes > MAX_WORKING_MINUTES) {
            throw new IllegalArgumentException("working minutes must be 0 to " + MAX_WORKING_MINUTES + ", found " + minutes);
        }
        long local = clock.local(start.getEpochSecond());
        int nano = start.getNano();
        long day = Math.floorDiv(local, DAY_SECONDS);
        int sod = (int) Math.floorMod(local, DAY_SECONDS);
        long w = -1; // working seconds of the day before the position
        if (days.isWorking(day)) {
            for (int i = 0; i < open.length; i++) {
                if (sod < close[i]) {
                    if (sod >= open[i]) {
                        w = before[i] + sod - open[i];
                    } else {
                        w = before[i];
                        nano = 0;
                    }
                    break;
                }
            }
        }
        if (w < 0) {
            day = days.nth(day + 1, 1);
            w = 0;
            nano = 0;
        }
        // With a fraction of a second, or nothing to add, the end is never a closing time.
        boolean closingAllowed = nano == 0 && minutes > 0;
        long t = w + minutes * 60;
        if (closingAllowed ? t > daySeconds : t >= daySeconds) {
            long r = t - daySeconds;
            long k = closingAllowed ? (r + daySeconds - 1) / daySeconds : r / daySeconds + 1;
            day = days.nth(day + 1, k);
            t = r - (k - 1) * daySeconds;
        }
        int i = 0;
        while (closingAllowed ? before[i] + close[i] - open[i] < t : before[i] + close[i] - open[i] <= t) {
            i++;
        }
        return clock.instant(day * DAY_SECONDS + open[i] + (t - before[i]), nano);
    }

    /**
     * {@return the working time from {@code a} to {@code b}, exact to the nanosecond: negative when {@code b}
     * is before {@code a}, so that {@code between(a, b) + between(b, c) == between(a, c)} for any three instants}
     */
    public Duration workingTimeBetween(Instant a, Instant b) {
        requireNonNull(a, "a");
        requireNonNull(b, "b");
        if (b.isBefore(a)) {
            return workingTimeBetween(b, a).negated();
        }
        long[] s = new long[1];
        long nanos = forward(a, b, s);
        return Duration.ofSeconds(s[0], nanos);
    }

    /**
     * {@return the whole working minutes from {@code a} to {@code b}: {@link #workingTimeBetween} truncated
     * toward zero, negative when {@code b} is before {@code a}}
     */
    public long workingMinutesBetween(Instant a, Instant b) {
        requireNonNull(a, "a");
        requireNonNull(b, "b");
        if (b.isBefore(a)) {
            return -workingMinutesBetween(b, a);
        }
        long[] seconds = new long[1];
        forward(a, b, seconds);
        return seconds[0] / 60;
    }

    /** {@return the nanoseconds part of the working time from a to b (a ≤ b), its whole seconds put in seconds[0]} */
    private long forward(Instant a, Instant b, long[] seconds) {
        long la = clock.local(a.getEpochSecond());
        long lb = clock.local(b.getEpochSecond());
        long da = Math.floorDiv(la, DAY_SECONDS);
        long db = Math.floorDiv(lb, DAY_SECONDS);
        long diff = position(db, (int) Math.floorMod(lb, DAY_SECONDS), b.getNano())
                - position(da, (int) Math.floorMod(la, DAY_SECONDS), a.getNano());
        seconds[0] = daySeconds * days.count(da, db) + Math.floorDiv(diff, NANOS);
        return Math.floorMod(diff, NANOS);
    }

    /** {@return the working time of the day before a local time, in nanoseconds} */
    private long position(long day, int sod, int nano) {
        if (!days.isWorking(day)) {
            return 0;
        }
        for (int i = 0; i < open.length; i++) {
            if (sod < close[i]) {
                return sod >= open[i] ? (before[i] + sod - open[i]) * NANOS + nano : before[i] * NANOS;
            }
        }
        return daySeconds * NANOS;
    }

    /** {@return a builder holding this calendar's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.weekend.clear();
        b.weekend.addAll(weekend);
        b.holidays.addAll(holidays);
        b.workdays.addAll(workdays);
        b.hours = hours;
        b.zone = zone;
        return b;
    }

    /** {@return a builder for the default calendar: Monday to Friday, 09:00–12:00 and 13:00–18:00, Asia/Shanghai} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a calendar from JSON.
     *
     * @param file the file
     * @return the calendar
     * @throws InvalidInputException naming file, field and what was expected
     */
    public static WorkCalendar read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a calendar from JSON.
     *
     * @param in the stream (not closed)
     * @param name the name used in messages
     * @return the calendar
     * @throws InvalidInputException naming file, field and what was expected
     */
    public static WorkCalendar read(InputStream in, String name) {
        return CalendarJson.read(in, name);
    }

    /** {@return the index of the first span that does not start after the previous one closes, or -1} */
    static int disorder(List<WorkingHours> spans) {
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i).startMinute() <= spans.get(i - 1).endMinute()) {
                return i;
            }
        }
        return -1;
    }

    /** {@return the default hours when {@code hoursPerDay} is 8, otherwise one span of that length from 09:00 or ending at 24:00} */
    static List<WorkingHours> shorthand(int hoursPerDay) {
        if (hoursPerDay == 8) {
            return DEFAULT_HOURS;
        }
        int start = Math.min(9, 24 - hoursPerDay) * 60;
        return List.of(new WorkingHours(start, start + hoursPerDay * 60));
    }

    static boolean inYears(LocalDate d) {
        return d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR;
    }

    /** Builds a {@link WorkCalendar}. Not thread-safe. */
    public static final class Builder {
        final Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        final Set<LocalDate> holidays = new TreeSet<>();
        final Set<LocalDate> workdays = new TreeSet<>();
        private List<WorkingHours> hours;
        private int hoursPerDay;
        private ZoneId zone = DEFAULT_ZONE;

        private Builder() {
        }

        /** Replaces the weekend days (at most six). @return this builder */
        public Builder weekend(DayOfWeek... days) {
            weekend.clear();
            weekend.addAll(Set.of(days));
            return this;
        }

        /** Adds a public holiday in the years {@value #MIN_YEAR}–{@value #MAX_YEAR}. @return this builder */
        public Builder holiday(LocalDate date) {
            holidays.add(listed(date));
            return this;
        }

        /** Adds an adjusted working day (调休) in the years {@value #MIN_YEAR}–{@value #MAX_YEAR}. @return this builder */
        public Builder workday(LocalDate date) {
            workdays.add(listed(date));
            return this;
        }

        private static LocalDate listed(LocalDate date) {
            requireNonNull(date, "date");
            if (!inYears(date)) {
                throw new IllegalArgumentException("dates must lie in the years " + MIN_YEAR + "–" + MAX_YEAR
                        + ", found " + date);
            }
            return date;
        }

        /**
         * Sets the working hours of each working day: spans sorted, each opening after the previous one closes.
         *
         * @param spans the spans, at least one
         * @return this builder
         * @throws IllegalArgumentException when there is none or they are out of order, touch or overlap
         */
        public Builder hours(List<WorkingHours> spans) {
            List<WorkingHours> copy = List.copyOf(requireNonNull(spans, "spans"));
            if (copy.isEmpty()) {
                throw new IllegalArgumentException("expected at least one span of working hours");
            }
            int bad = disorder(copy);
            if (bad >= 0) {
                throw new IllegalArgumentException("working hours must be sorted and apart, found " + copy.get(bad)
                        + " after " + copy.get(bad - 1));
            }
            hours = copy;
            return this;
        }

        /** Sets the working hours from texts such as {@code "08:30-12:00"} (see {@link #hours(List)}). @return this builder */
        public Builder hours(String... spans) {
            List<WorkingHours> list = new ArrayList<>();
            for (String s : spans) {
                list.add(WorkingHours.parse(s));
            }
            return hours(list);
        }

        /**
         * Sets the working time of a day in whole hours, the older shorthand for {@link #hours(List)}: alone,
         * 8 means the default hours and any other number one span of that length from 09:00 (or ending at
         * 24:00 when it would not fit); with hours, it must equal their sum.
         *
         * @param hours 1 to 24
         * @return this builder
         */
        public Builder hoursPerDay(int hours) {
            if (hours < 1 || hours > 24) {
                throw new IllegalArgumentException("hours per day must be 1–24, found " + hours);
            }
            hoursPerDay = hours;
            return this;
        }

        /** Sets the time zone whose clock the working hours are read on (default Asia/Shanghai). @return this builder */
        public Builder zone(ZoneId zone) {
            this.zone = requireNonNull(zone, "zone");
            return this;
        }

        List<WorkingHours> resolvedHours() {
            if (hours == null) {
                return hoursPerDay == 0 ? DEFAULT_HOURS : shorthand(hoursPerDay);
            }
            int sum = hours.stream().mapToInt(WorkingHours::minutes).sum();
            if (hoursPerDay != 0 && hoursPerDay * 60 != sum) {
                throw new IllegalArgumentException("hours per day " + hoursPerDay + " disagrees with working hours "
                        + hours + " (" + sum + " minutes)");
            }
            return hours;
        }

        /**
         * {@return the calendar}
         *
         * @throws IllegalArgumentException when all seven weekdays are weekend days, or hoursPerDay disagrees with hours
         */
        public WorkCalendar build() {
            if (weekend.size() == 7) {
                throw new IllegalArgumentException("at most six weekdays can be weekend days");
            }
            return new WorkCalendar(this);
        }
    }
}
