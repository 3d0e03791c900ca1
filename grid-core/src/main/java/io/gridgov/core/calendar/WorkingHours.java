package io.gridgov.core.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalTime;

/**
 * One span of working hours in a day (工作时段), such as {@code 08:30-12:00}: from {@link #startMinute()}
 * inclusive to {@link #endMinute()} exclusive, in minutes after midnight; the end may be {@code 24:00}.
 * A {@link WorkCalendar} holds the spans of its working days, sorted and apart. Immutable and thread-safe.
 *
 * @param startMinute minutes after midnight at which the span opens, 0–1439
 * @param endMinute minutes after midnight at which the span closes, after the start, at most 1440 ({@code 24:00})
 */
public record WorkingHours(int startMinute, int endMinute) {

    /** Minutes in a day. */
    static final int DAY = 24 * 60;

    /** Checks that the span lies within one day and is not empty. */
    public WorkingHours {
        if (startMinute < 0 || endMinute > DAY || startMinute >= endMinute) {
            throw new IllegalArgumentException("working hours must be a non-empty span within one day (00:00-24:00), found "
                    + clock(startMinute) + "-" + clock(endMinute));
        }
    }

    /** {@return the span from {@code start} to {@code end}, where {@code LocalTime.MIDNIGHT} as end means 24:00} */
    public static WorkingHours of(LocalTime start, LocalTime end) {
        requireNonNull(start, "start");
        requireNonNull(end, "end");
        int e = end.toSecondOfDay() / 60;
        return new WorkingHours(start.toSecondOfDay() / 60, e == 0 ? DAY : e);
    }

    /**
     * Parses {@code HH:MM-HH:MM}, such as {@code 08:30-12:00} or {@code 13:00-24:00}.
     *
     * @param text the span
     * @return the span
     * @throws IllegalArgumentException naming what was expected when the text is not such a span
     */
    public static WorkingHours parse(String text) {
        requireNonNull(text, "text");
        String t = text.trim();
        int dash = t.indexOf('-');
        int start = dash < 0 ? -1 : minute(t.substring(0, dash).trim());
        int end = dash < 0 ? -1 : minute(t.substring(dash + 1).trim());
        if (start < 0 || end < 0 || start >= DAY) {
            throw new IllegalArgumentException("expected working hours \"HH:MM-HH:MM\" such as \"08:30-12:00\", found \""
                    + text + "\"");
        }
        return new WorkingHours(start, end);
    }

    private static int minute(String hhmm) {
        if (hhmm.length() != 5 || hhmm.charAt(2) != ':') {
            return -1;
        }
        for (int i : new int[] {0, 1, 3, 4}) {
            if (hhmm.charAt(i) < '0' || hhmm.charAt(i) > '9') {
                return -1;
            }
        }
        int h = Integer.parseInt(hhmm.substring(0, 2));
        int m = Integer.parseInt(hhmm.substring(3));
        if (m > 59 || h > 24 || (h == 24 && m > 0)) {
            return -1;
        }
        return h * 60 + m;
    }

    /** {@return the length of the span in minutes} */
    public int minutes() {
        return endMinute - startMinute;
    }

    /** {@return the opening time} */
    public LocalTime start() {
        return LocalTime.ofSecondOfDay(startMinute * 60L);
    }

    /** {@return the span as {@code HH:MM-HH:MM}, the form {@link #parse} reads} */
    @Override
    public String toString() {
        return clock(startMinute) + "-" + clock(endMinute);
    }

    private static String clock(int minute) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }
}
