package io.gridgov.examples.docs;

import io.gridgov.core.calendar.WorkCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** The Java sample of {@code docs/formats/calendar.md}: case deadlines over the 2026 National Day. */
public final class CalendarSample {

    private CalendarSample() {
    }

    /**
     * Runs the sample.
     *
     * @return the deadlines and the count it prints
     */
    public static List<Object> run() {
        // tag::calendar[]
        WorkCalendar.Builder b = WorkCalendar.builder()                  // Mon–Fri, Asia/Shanghai
                .hours("08:30-12:00", "14:00-17:30")                     // 7 working hours a day
                .workday(LocalDate.of(2026, 9, 27)).workday(LocalDate.of(2026, 10, 10));   // 调休
        for (LocalDate d = LocalDate.of(2026, 10, 1); d.getDayOfMonth() <= 7; d = d.plusDays(1)) {
            b.holiday(d);                                                // 国庆节
        }
        WorkCalendar cal = b.build();

        Instant received = LocalDateTime.of(2026, 9, 30, 16, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        Instant within4h = cal.plusWorkingMinutes(received, 4 * 60);             // 2026-10-08 11:00 (+08:00)
        Instant within3d = cal.plusWorkingMinutes(received, 3L * cal.minutesPerDay());   // 2026-10-10 16:00, the 调休 Saturday
        long used = cal.workingMinutesBetween(received, within4h);               // 240
        // end::calendar[]
        return List.of(within4h, within3d, used);
    }
}
