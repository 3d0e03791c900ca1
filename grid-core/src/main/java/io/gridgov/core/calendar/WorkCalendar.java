package io.gridgov.core.calendar;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.io.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are working days (工作日): every day except the weekend days, except public holidays
 * (法定节假日), plus adjusted working days (调休, a weekend day declared a working day). The
 * {@link #DEFAULT} calendar works Monday to Friday, eight hours a day, with no holidays. Duties that fall on
 * working days (grid-duty) and case time limits count on it. Immutable and thread-safe.
 *
 * <pre>{@code
 * WorkCalendar cal = WorkCalendar.builder().holiday(LocalDate.of(2026, 10, 1))
 *         .workday(LocalDate.of(2026, 9, 27)).build();
 * }</pre>
 *
 * <p>JSON form (see {@code docs/formats/duties.md}):
 * {@code {"weekend": ["saturday","sunday"], "hoursPerDay": 8, "holidays": ["2026-10-01",
 * {"from": "2026-10-02", "to": "2026-10-07"}], "workdays": ["2026-09-27"]}} — ranges include both ends.
 */
public final class WorkCalendar {

    /** Monday to Friday, eight hours, no holidays. */
    public static final WorkCalendar DEFAULT = builder().build();

    private final Set<DayOfWeek> weekend;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;
    private final int minutesPerDay;

    private WorkCalendar(Builder b) {
        this.weekend = Collections.unmodifiableSet(EnumSet.copyOf(b.weekend.isEmpty()
                ? EnumSet.noneOf(DayOfWeek.class) : b.weekend));
        this.holidays = Collections.unmodifiableSet(new TreeSet<>(b.holidays));
        this.workdays = Collections.unmodifiableSet(new TreeSet<>(b.workdays));
        this.minutesPerDay = b.minutesPerDay;
    }

    /** {@return whether {@code date} is a working day} */
    public boolean isWorkingDay(LocalDate date) {
        if (workdays.contains(date)) {
            return true;
        }
        return !weekend.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** {@return the number of working days in {@code [from, until)}} */
    public int workingDays(LocalDate from, LocalDate until) {
        int n = 0;
        for (LocalDate d = from; d.isBefore(until); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** {@return the working minutes of one working day} */
    public int minutesPerDay() {
        return minutesPerDay;
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

    /** {@return a builder holding this calendar's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.weekend.clear();
        b.weekend.addAll(weekend);
        b.holidays.addAll(holidays);
        b.workdays.addAll(workdays);
        b.minutesPerDay = minutesPerDay;
        return b;
    }

    /** {@return a builder for a Monday-to-Friday calendar} */
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
        JsonTree json = new JsonTree(name);
        JsonNode root = json.object(json.parse(in), "$");
        json.only(root, "$", null, "weekend", "hoursPerDay", "holidays", "workdays", "note");
        Builder b = builder();
        if (root.has("weekend")) {
            b.weekend.clear();
            for (String d : json.texts(root, "weekend", "$")) {
                try {
                    b.weekend.add(DayOfWeek.valueOf(d.trim().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw json.error("$.weekend", "expected a weekday name such as \"saturday\", found \"" + d + "\"");
                }
            }
        }
        json.optInt(root, "hoursPerDay", "$").ifPresent(h -> {
            if (h < 1 || h > 24) {
                throw json.error("$.hoursPerDay", "expected hours between 1 and 24, found " + h);
            }
            b.minutesPerDay = h * 60;
        });
        dates(json, root, "holidays", b.holidays);
        dates(json, root, "workdays", b.workdays);
        return b.build();
    }

    private static void dates(JsonTree json, JsonNode root, String field, Set<LocalDate> into) {
        var items = json.array(root, field, "$");
        for (int i = 0; i < items.size(); i++) {
            JsonNode v = items.get(i);
            String path = "$." + field + "[" + i + "]";
            if (v.isTextual()) {
                into.add(date(json, v.asText(), path));
            } else if (v.isObject()) {
                LocalDate from = date(json, json.text(v, "from", path), path + ".from");
                LocalDate to = date(json, json.text(v, "to", path), path + ".to");
                if (to.isBefore(from)) {
                    throw json.error(path, "expected \"to\" on or after \"from\", found " + from + " → " + to);
                }
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    into.add(d);
                }
            } else {
                throw json.error(path, "expected a date \"YYYY-MM-DD\" or {\"from\", \"to\"}, found " + JsonTree.shown(v));
            }
        }
    }

    private static LocalDate date(JsonTree json, String text, String path) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw json.error(path, "expected a date YYYY-MM-DD, found \"" + text + "\"");
        }
    }

    /** Builds a {@link WorkCalendar}. Not thread-safe. */
    public static final class Builder {
        private final Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private final Set<LocalDate> holidays = new TreeSet<>();
        private final Set<LocalDate> workdays = new TreeSet<>();
        private int minutesPerDay = 8 * 60;

        private Builder() {
        }

        /** Replaces the weekend days. @return this builder */
        public Builder weekend(DayOfWeek... days) {
            weekend.clear();
            weekend.addAll(Set.of(days));
            return this;
        }

        /** Adds a public holiday. @return this builder */
        public Builder holiday(LocalDate date) {
            holidays.add(requireNonNull(date, "date"));
            return this;
        }

        /** Adds an adjusted working day (调休). @return this builder */
        public Builder workday(LocalDate date) {
            workdays.add(requireNonNull(date, "date"));
            return this;
        }

        /** Sets the working hours of a day. @return this builder */
        public Builder hoursPerDay(int hours) {
            if (hours < 1 || hours > 24) {
                throw new IllegalArgumentException("hours per day must be 1–24, found " + hours);
            }
            minutesPerDay = hours * 60;
            return this;
        }

        /** {@return the calendar} */
        public WorkCalendar build() {
            return new WorkCalendar(this);
        }
    }
}
