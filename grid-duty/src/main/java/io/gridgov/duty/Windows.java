package io.gridgov.duty;

import io.gridgov.core.calendar.WorkCalendar;
import io.gridgov.core.tree.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts time into the windows of a frequency. A window belongs to a range {@code [from, to)} when
 * its last day lies in the range — the obligation is due in the range — so the windows of
 * {@code [a, c)} are exactly those of {@code [a, b)} followed by those of {@code [b, c)} for any b.
 * Not API; stateless.
 */
final class Windows {

    private Windows() {
    }

    /** A window {@code [start, end)}. */
    public record Window(LocalDate start, LocalDate end) {
    }

    /** {@return the windows of {@code f} due in {@code [from, to)}, in time order} */
    public static List<Window> dueIn(Frequency f, WorkCalendar cal, LocalDate from, LocalDate to) {
        List<Window> out = new ArrayList<>();
        CalendarPeriod per = period(f);
        if (per != null) {
            for (LocalDate s = per.start(from); ; ) {
                LocalDate e = per.next(s);
                LocalDate last = e.minusDays(1);
                if (!last.isBefore(to)) {
                    break;
                }
                if (!last.isBefore(from)) {
                    if (!(f instanceof Frequency.TimeShare) || cal.workingDays(s, e) > 0) {
                        out.add(new Window(s, e));
                    }
                }
                s = e;
            }
        } else {
            for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
                if (appliesOn(f, cal, d)) {
                    out.add(new Window(d, d.plusDays(1)));
                }
            }
        }
        return out;
    }

    /**
     * The windows of {@code f} due in {@code [from, to)} on the dates of a validity: each window is cut
     * to the validity, one that does not meet it is dropped, and a cut window is due on its own last day.
     */
    public static List<Window> dueIn(Frequency f, WorkCalendar cal, LocalDate from, LocalDate to, Validity valid) {
        if (valid.equals(Validity.ALWAYS)) {
            return dueIn(f, cal, from, to);
        }
        LocalDate lo = valid.fromInclusive().filter(from::isBefore).orElse(from);
        LocalDate hi = valid.untilExclusive().filter(to::isAfter).orElse(to);
        if (!lo.isBefore(hi)) {
            return List.of();
        }
        CalendarPeriod per = period(f);
        // Whole windows meeting [lo, hi): those due from lo on, up to the one holding hi - 1.
        LocalDate until = per == null ? hi : per.next(per.start(hi.minusDays(1)));
        List<Window> out = new ArrayList<>();
        for (Window w : dueIn(f, cal, lo, until)) {
            LocalDate s = valid.fromInclusive().filter(w.start()::isBefore).orElse(w.start());
            LocalDate e = valid.untilExclusive().filter(w.end()::isAfter).orElse(w.end());
            LocalDate due = e.minusDays(1);
            if (s.isBefore(e) && !due.isBefore(from) && due.isBefore(to)
                    && (!(f instanceof Frequency.TimeShare) || cal.workingDays(s, e) > 0)) {
                out.add(new Window(s, e));
            }
        }
        return out;
    }

    /**
     * The start of the window of {@code f} holding {@code date} on the dates of a validity (cut as by
     * {@link #dueIn(Frequency, WorkCalendar, LocalDate, LocalDate, Validity)}), or null when none does.
     */
    public static LocalDate windowStart(Frequency f, WorkCalendar cal, LocalDate date, Validity valid) {
        if (!valid.contains(date)) {
            return null;
        }
        LocalDate s = windowStart(f, cal, date);
        return s == null ? null : valid.fromInclusive().filter(s::isBefore).orElse(s);
    }

    /** {@return the start of the window of {@code f} that contains {@code date}, or null when none does} */
    public static LocalDate windowStart(Frequency f, WorkCalendar cal, LocalDate date) {
        CalendarPeriod per = period(f);
        if (per != null) {
            return per.start(date);
        }
        return appliesOn(f, cal, date) ? date : null;
    }

    /**
     * The start of the most recent window of {@code f} that ended before {@code date} and within
     * {@code graceDays} of it, for a record on a day without a window; null when there is none.
     * Only day windows (weekdays, working days) leave days without a window.
     */
    public static LocalDate lateWindowStart(Frequency f, WorkCalendar cal, LocalDate date, int graceDays) {
        if (period(f) != null) {
            return null;
        }
        for (int k = 1; k <= graceDays; k++) {
            LocalDate d = date.minusDays(k);
            if (appliesOn(f, cal, d)) {
                return d;
            }
        }
        return null;
    }

    /** {@return whether a day frequency has a window on {@code d}} */
    static boolean appliesOn(Frequency f, WorkCalendar cal, LocalDate d) {
        if (f instanceof Frequency.WorkingDays) {
            return cal.isWorkingDay(d);
        }
        if (f instanceof Frequency.Weekdays w) {
            return w.days().contains(d.getDayOfWeek()) && cal.isWorkingDay(d);
        }
        return false;
    }

    /** {@return the counting period of a period frequency, or null for a day frequency} */
    public static CalendarPeriod period(Frequency f) {
        if (f instanceof Frequency.Quota q) {
            return q.per();
        }
        if (f instanceof Frequency.TimeShare t) {
            return t.per();
        }
        if (f instanceof Frequency.MinimumDuration m) {
            return m.per();
        }
        return null;
    }

    /** {@return how many activities per target one window requires} */
    public static int times(Frequency f) {
        if (f instanceof Frequency.Quota q) {
            return q.times();
        }
        if (f instanceof Frequency.MinimumDuration m) {
            return m.times();
        }
        return 1;
    }
}
