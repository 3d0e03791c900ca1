package io.gridgov.duty;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * A calendar period over which a quota is counted. Weeks start on Monday (ISO 8601), quarters in
 * January, April, July and October. A period instance is a half-open date range
 * {@code [start, start.plus(1 period))}.
 */
public enum CalendarPeriod {
    /** 每天. */
    DAY(1),
    /** 每周 (Monday to Sunday). */
    WEEK(7),
    /** 每月. */
    MONTH(28),
    /** 每季度. */
    QUARTER(90),
    /** 每年. */
    YEAR(365);

    private final int minDays;

    CalendarPeriod(int minDays) {
        this.minDays = minDays;
    }

    /** {@return the fewest days an instance of this period has (28 for a month)} */
    public int minDays() {
        return minDays;
    }

    /** {@return the first day of the instance of this period that contains {@code date}} */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** {@return the first day after the instance that starts on {@code start}} */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** {@return whether {@code date} is the first day of an instance of this period} */
    public boolean isBoundary(LocalDate date) {
        return start(date).equals(date);
    }

    /** {@return the key used in files: {@code day}, {@code week}, …} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the file form.
     *
     * @param text {@code day}, {@code week}, {@code month}, {@code quarter} or {@code year}
     * @return the period
     * @throws IllegalArgumentException naming the accepted values otherwise
     */
    public static CalendarPeriod parse(String text) {
        return FileKeys.parse(values(), CalendarPeriod::key, "period", text);
    }
}
