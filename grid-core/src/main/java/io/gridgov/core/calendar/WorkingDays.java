package io.gridgov.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Counts working days in O(1) and finds the k-th working day in O(log span): a weekly pattern outside the
 * span of the listed dates, a prefix sum of working days inside it (the span is at most 1900–2200, so at
 * most about 110,000 ints). Days are epoch days. Immutable and thread-safe.
 */
final class WorkingDays {

    /** First epoch day a listed date may have (1900-01-01). */
    static final long MIN_DAY = LocalDate.of(WorkCalendar.MIN_YEAR, 1, 1).toEpochDay();
    /** Last epoch day a listed date may have (2200-12-31). */
    static final long MAX_DAY = LocalDate.of(WorkCalendar.MAX_YEAR, 12, 31).toEpochDay();

    private final boolean[] weekend = new boolean[7];
    /** Non-weekend days per week, 1–7. */
    private final int perWeek;
    /** {@code count[dow][r]}: non-weekend days among the r days starting on weekday dow (Monday = 0). */
    private final int[][] count = new int[7][8];
    /** {@code nth[dow][r]}: offset (0–6) of the r-th non-weekend day counting from weekday dow, r ≥ 1. */
    private final int[][] nth = new int[7][8];
    /** Listed dates lie in {@code [lo, lo + prefix.length - 1)}. */
    private final long lo;
    /** {@code prefix[i]}: working days in {@code [lo, lo + i)}. */
    private final int[] prefix;

    WorkingDays(Set<DayOfWeek> weekendDays, Set<LocalDate> holidays, Set<LocalDate> workdays) {
        for (DayOfWeek d : weekendDays) {
            weekend[d.getValue() - 1] = true;
        }
        int n = 0;
        for (boolean w : weekend) {
            n += w ? 0 : 1;
        }
        perWeek = n;
        for (int dow = 0; dow < 7; dow++) {
            int c = 0;
            for (int r = 0; r < 7; r++) {
                count[dow][r] = c;
                if (!weekend[(dow + r) % 7]) {
                    c++;
                    nth[dow][c] = r;
                }
            }
            count[dow][7] = c;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (Set<LocalDate> s : java.util.List.of(holidays, workdays)) {
            for (LocalDate d : s) {
                min = Math.min(min, d.toEpochDay());
                max = Math.max(max, d.toEpochDay());
            }
        }
        if (min > max) {
            lo = 0;
            prefix = new int[] {0};
        } else {
            lo = min;
            prefix = new int[(int) (max - min) + 2];
            for (int i = 0; i <= max - min; i++) {
                LocalDate d = LocalDate.ofEpochDay(min + i);
                boolean working = workdays.contains(d) || (!weekend[dow(min + i)] && !holidays.contains(d));
                prefix[i + 1] = prefix[i] + (working ? 1 : 0);
            }
        }
    }

    /** {@return the weekday of an epoch day, Monday = 0} */
    static int dow(long day) {
        return (int) Math.floorMod(day + 3, 7L);
    }

    private long hi() {
        return lo + prefix.length - 1;
    }

    /** {@return whether the epoch day is a working day} */
    boolean isWorking(long day) {
        if (day >= lo && day < hi()) {
            int i = (int) (day - lo);
            return prefix[i + 1] != prefix[i];
        }
        return !weekend[dow(day)];
    }

    /** {@return the working days in {@code [a, b)}, 0 when {@code b <= a}} */
    long count(long a, long b) {
        if (b <= a) {
            return 0;
        }
        long hi = hi();
        if (b <= lo || a >= hi) {
            return pattern(a, b);
        }
        long n = 0;
        if (a < lo) {
            n += pattern(a, lo);
            a = lo;
        }
        if (b > hi) {
            n += pattern(hi, b);
            b = hi;
        }
        return n + prefix[(int) (b - lo)] - prefix[(int) (a - lo)];
    }

    private long pattern(long a, long b) {
        long n = b - a;
        return n / 7 * perWeek + count[dow(a)][(int) (n % 7)];
    }

    /** {@return the k-th working day on or after epoch day {@code a}, k ≥ 1} */
    long nth(long a, long k) {
        long hi = hi();
        if (a < lo) {
            long c = pattern(a, lo);
            if (c >= k) {
                return patternNth(a, k);
            }
            k -= c;
            a = lo;
        }
        if (a < hi) {
            int base = prefix[(int) (a - lo)];
            if (prefix[prefix.length - 1] - base >= k) {
                int from = (int) (a - lo) + 1;
                int to = prefix.length - 1;
                while (from < to) { // smallest j with prefix[j] - base >= k
                    int mid = (from + to) >>> 1;
                    if (prefix[mid] - base >= k) {
                        to = mid;
                    } else {
                        from = mid + 1;
                    }
                }
                return lo + from - 1;
            }
            k -= prefix[prefix.length - 1] - base;
            a = hi;
        }
        return patternNth(a, k);
    }

    private long patternNth(long a, long k) {
        long weeks = (k - 1) / perWeek;
        int r = (int) (k - weeks * perWeek);
        return a + weeks * 7 + nth[dow(a)][r];
    }
}
