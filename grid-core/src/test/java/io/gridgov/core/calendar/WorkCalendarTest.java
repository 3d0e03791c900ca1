package io.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.i18n.Messages;
import io.gridgov.core.io.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

    private static final LocalDate NOV = LocalDate.of(2026, 11, 1);
    private static final LocalDate DEC = LocalDate.of(2026, 12, 1);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static WorkCalendar load(String resource) throws Exception {
        try (var in = WorkCalendarTest.class.getResourceAsStream(resource)) {
            return WorkCalendar.read(in, resource);
        }
    }

    static WorkCalendar parse(String json) {
        return WorkCalendar.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "cal.json");
    }

    /** {@return the instant of a Beijing time such as "2026-09-30T16:00"} */
    static Instant bj(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void theDefaultCalendarWorksMondayToFriday() {
        assertThat(WorkCalendar.DEFAULT.isWorkingDay(LocalDate.of(2026, 11, 6))).isTrue();
        assertThat(WorkCalendar.DEFAULT.isWorkingDay(LocalDate.of(2026, 11, 7))).isFalse();
        assertThat(WorkCalendar.DEFAULT.workingDays(NOV, DEC)).isEqualTo(21);
        assertThat(WorkCalendar.DEFAULT.workingDays(DEC, NOV)).isZero();
        assertThat(WorkCalendar.DEFAULT.hours()).hasToString("[09:00-12:00, 13:00-18:00]");
        assertThat(WorkCalendar.DEFAULT.minutesPerDay()).isEqualTo(480);
        assertThat(WorkCalendar.DEFAULT.zone()).isEqualTo(SHANGHAI);
    }

    @Test
    void holidayRangesAndAdjustedWorkdaysLoadFromJson() throws Exception {
        WorkCalendar cal = load("calendar-2026.json");
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 9, 27))).as("调休 Sunday").isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 10))).as("调休 Saturday").isTrue();
        assertThat(cal.workingDays(NOV, DEC)).isEqualTo(20);
        assertThat(cal.workingDays(LocalDate.of(2026, 9, 1), NOV)).as("23 in September with the 调休 Sunday, 18 in October").isEqualTo(41);
        assertThat(cal.minutesPerDay()).isEqualTo(480);
        assertThat(cal.hours()).as("hoursPerDay 8 is the default day").isEqualTo(WorkCalendar.DEFAULT_HOURS);
    }

    @Test
    void aDeadlineSkipsTheNationalDayHolidays() throws Exception {
        WorkCalendar cal = load("calendar-2026.json");
        // 16:00 on the eve of the holiday: two hours today, two on the first day back.
        assertThat(cal.plusWorkingMinutes(bj("2026-09-30T16:00"), 4 * 60)).isEqualTo(bj("2026-10-08T11:00"));
        assertThat(cal.workingMinutesBetween(bj("2026-09-30T16:00"), bj("2026-10-08T11:00"))).isEqualTo(240);
        assertThat(cal.workingMinutesBetween(bj("2026-10-08T11:00"), bj("2026-09-30T16:00"))).isEqualTo(-240);
        assertThat(cal.workingMinutesBetween(bj("2026-09-30T09:00"), bj("2026-10-08T09:00"))).isEqualTo(480);
        assertThat(cal.nextWorkingMoment(bj("2026-10-03T10:00"))).isEqualTo(bj("2026-10-08T09:00"));
    }

    @Test
    void adjustedWorkdaysCountAsWorkingTime() throws Exception {
        WorkCalendar cal = load("calendar-2026.json");
        assertThat(cal.isWorkingTime(bj("2026-09-27T10:00"))).as("调休 Sunday").isTrue();
        assertThat(cal.plusWorkingMinutes(bj("2026-09-26T10:00"), 60)).as("from a Saturday").isEqualTo(bj("2026-09-27T10:00"));
        // Three working days from Friday 9 October: Saturday 10 (调休), Monday 12, Tuesday 13.
        assertThat(cal.plusWorkingMinutes(bj("2026-10-09T10:00"), 3L * cal.minutesPerDay()))
                .isEqualTo(bj("2026-10-13T10:00"));
    }

    @Test
    void anEndAtAClosingTimeIsThatClosingTime() throws Exception {
        WorkCalendar cal = load("calendar-2026.json");
        assertThat(cal.plusWorkingMinutes(bj("2026-11-05T14:00"), 240)).isEqualTo(bj("2026-11-05T18:00"));
        assertThat(cal.plusWorkingMinutes(bj("2026-11-05T11:00"), 60)).isEqualTo(bj("2026-11-05T12:00"));
        assertThat(cal.plusWorkingMinutes(bj("2026-11-05T11:00"), 61)).isEqualTo(bj("2026-11-05T13:01"));
        // Counting on from a closing time starts at the next opening.
        assertThat(cal.plusWorkingMinutes(bj("2026-11-05T18:00"), 60)).isEqualTo(bj("2026-11-06T10:00"));
        assertThat(cal.plusWorkingMinutes(bj("2026-11-05T18:00"), 0)).isEqualTo(bj("2026-11-06T09:00"));
    }

    @Test
    void openingTimesAreWorkingTimeAndClosingTimesAreNot() throws Exception {
        WorkCalendar cal = load("calendar-2026.json");
        assertThat(cal.isWorkingTime(bj("2026-11-05T09:00"))).isTrue();
        assertThat(cal.isWorkingTime(bj("2026-11-05T11:59:59"))).isTrue();
        assertThat(cal.isWorkingTime(bj("2026-11-05T12:00"))).isFalse();
        assertThat(cal.isWorkingTime(bj("2026-11-05T13:00"))).isTrue();
        assertThat(cal.isWorkingTime(bj("2026-11-05T18:00"))).isFalse();
        assertThat(cal.isWorkingTime(bj("2026-10-01T10:00"))).isFalse();
    }

    @Test
    void ownHoursAndZoneLoadFromJson() throws Exception {
        WorkCalendar cal = load("calendar-2026-hours.json");
        assertThat(cal.minutesPerDay()).isEqualTo(420);
        assertThat(cal.zone()).isEqualTo(SHANGHAI);
        assertThat(cal.isWorkingTime(bj("2026-11-05T08:30"))).isTrue();
        assertThat(cal.isWorkingTime(bj("2026-11-05T13:30"))).isFalse();
        // 4 working hours from 11:00: one before lunch, three after it.
        assertThat(cal.plusWorkingMinutes(bj("2026-11-05T11:00"), 240)).isEqualTo(bj("2026-11-05T17:00"));
        assertThat(cal.plusWorkingMinutes(bj("2026-09-30T17:00"), 60)).isEqualTo(bj("2026-10-08T09:00"));
    }

    @Test
    void theZoneDecidesWhichClockTheHoursAreOn() {
        WorkCalendar utc = WorkCalendar.builder().zone(ZoneId.of("UTC")).build();
        Instant nineUtc = Instant.parse("2026-11-05T09:00:00Z");
        assertThat(utc.isWorkingTime(nineUtc)).isTrue();
        assertThat(WorkCalendar.DEFAULT.isWorkingTime(nineUtc)).as("17:00 in Beijing").isTrue();
        assertThat(WorkCalendar.DEFAULT.isWorkingTime(Instant.parse("2026-11-05T10:00:00Z"))).as("18:00 in Beijing").isFalse();
    }

    @Test
    void fractionsOfASecondAreKept() {
        Instant start = bj("2026-11-05T11:59:30").plusMillis(500);
        Instant end = WorkCalendar.DEFAULT.plusWorkingMinutes(start, 1);
        assertThat(end).isEqualTo(bj("2026-11-05T13:00:30").plusMillis(500));
        assertThat(WorkCalendar.DEFAULT.workingTimeBetween(start, end)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void hoursPerDayIsAShorthandForHours() {
        assertThat(WorkCalendar.builder().hoursPerDay(8).build().hours()).isEqualTo(WorkCalendar.DEFAULT_HOURS);
        assertThat(WorkCalendar.builder().hoursPerDay(6).build().hours()).hasToString("[09:00-15:00]");
        assertThat(WorkCalendar.builder().hoursPerDay(24).build().hours()).hasToString("[00:00-24:00]");
        assertThat(WorkCalendar.builder().hoursPerDay(7).hours("08:30-12:00", "14:00-17:30").build().minutesPerDay())
                .isEqualTo(420);
        assertThatThrownBy(() -> WorkCalendar.builder().hoursPerDay(8).hours("08:30-12:00", "14:00-17:30").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("disagrees");
    }

    @Test
    void aRoundTheClockCalendarCountsEveryMinuteOfAWorkingDay() {
        WorkCalendar cal = WorkCalendar.builder().hours("00:00-24:00").build();
        assertThat(cal.plusWorkingMinutes(bj("2026-11-06T23:00"), 60)).as("Friday midnight").isEqualTo(bj("2026-11-07T00:00"));
        assertThat(cal.plusWorkingMinutes(bj("2026-11-06T23:00"), 61)).isEqualTo(bj("2026-11-09T00:01"));
    }

    @Test
    void theBuilderRefusesWhatTheArithmeticCannotUse() {
        var b = WorkCalendar.builder();
        assertThatThrownBy(() -> b.hours("13:00-18:00", "09:00-12:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.hours("09:00-12:00", "12:00-18:00")).as("touching").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.hours()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.holiday(LocalDate.of(1899, 12, 31))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.workday(LocalDate.of(2201, 1, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkCalendar.builder().weekend(java.time.DayOfWeek.values()).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingHours.parse("9:00-12:00")).hasMessageContaining("\"HH:MM-HH:MM\"");
        assertThatThrownBy(() -> WorkingHours.parse("12:00-09:00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hugeOrNegativeAmountsAreRefusedAndTheLimitItselfIsFast() {
        Instant t = bj("2026-11-05T10:00");
        assertThatThrownBy(() -> WorkCalendar.DEFAULT.plusWorkingMinutes(t, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 to " + WorkCalendar.MAX_WORKING_MINUTES);
        assertThatThrownBy(() -> WorkCalendar.DEFAULT.plusWorkingMinutes(t, WorkCalendar.MAX_WORKING_MINUTES + 1))
                .isInstanceOf(IllegalArgumentException.class);
        WorkCalendar oneMinute = WorkCalendar.builder().hours("09:00-09:01").weekend(java.time.DayOfWeek.values()[0],
                java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.THURSDAY,
                java.time.DayOfWeek.FRIDAY, java.time.DayOfWeek.SATURDAY).build();
        Instant far = oneMinute.plusWorkingMinutes(t, WorkCalendar.MAX_WORKING_MINUTES);
        assertThat(oneMinute.workingMinutesBetween(t, far)).isEqualTo(WorkCalendar.MAX_WORKING_MINUTES);
    }

    @Test
    void aBadDateNamesItsJsonPath() {
        String json = "{\"holidays\": [\"2026-10-01\", {\"from\": \"2026-10-02\", \"to\": \"Oct 7\"}]}";
        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cal.json").hasMessageContaining("$.holidays[1].to")
                .hasMessageContaining("expected a date YYYY-MM-DD, found \"Oct 7\"");
    }

    @Test
    void badHoursNameTheirJsonPathInBothLanguages() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> parse("{\"hours\": [\"08:30-12:00\", \"8:30\"]}"));
        assertThat(e.location().toString()).contains("cal.json").contains("$.hours[1]");
        assertThat(e.expected()).isEqualTo("expected working hours \"HH:MM-HH:MM\" within one day such as \"08:30-12:00\", found \"8:30\"");
        assertThat(e.problem().in(Messages.CHINESE)).startsWith("应为一天之内的工作时段");
        assertThatThrownBy(() -> parse("{\"hours\": [\"13:00-18:00\", \"09:00-12:00\"]}"))
                .hasMessageContaining("$.hours[1]").hasMessageContaining("found 09:00-12:00 after 13:00-18:00");
        assertThatThrownBy(() -> parse("{\"hours\": [\"09:00-12:30\", \"12:00-18:00\"]}")).hasMessageContaining("$.hours[1]");
        assertThatThrownBy(() -> parse("{\"hours\": [\"09:00-25:00\"]}")).hasMessageContaining("$.hours[0]");
        assertThatThrownBy(() -> parse("{\"hours\": []}")).hasMessageContaining("field \"$.hours\": expected at least one span");
        assertThatThrownBy(() -> parse("{\"hours\": [\"08:30-12:00\", \"14:00-17:30\"], \"hoursPerDay\": 8}"))
                .hasMessageContaining("$.hoursPerDay").hasMessageContaining("(420 minutes), found 8 hours");
        assertThatThrownBy(() -> parse("{\"zone\": \"Beijing\"}"))
                .hasMessageContaining("$.zone").hasMessageContaining("expected a time zone such as \"Asia/Shanghai\"");
        assertThatThrownBy(() -> parse("{\"weekend\": [\"monday\", \"tuesday\", \"wednesday\", \"thursday\", \"friday\","
                + " \"saturday\", \"sunday\"]}")).hasMessageContaining("$.weekend");
    }

    @Test
    void hostileHolidayRangesAreInputErrors() {
        assertThatThrownBy(() -> parse("{\"holidays\": [{\"from\": \"2026-01-01\", \"to\": \"2027-01-02\"}]}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("$.holidays[0]")
                .hasMessageContaining("expected a range of at most 366 days, found 367 days");
        // Issue 13: the reader used to expand every day of this range and run out of memory; the error
        // now also names the line and column of the value, not only its JSON path.
        assertThatThrownBy(() -> parse("{\"holidays\": [{\"from\": \"-999999999-01-01\", \"to\": \"+999999999-12-31\"}]}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(":1:24")
                .hasMessageContaining("$.holidays[0].from")
                .hasMessageContaining("expected a date in the years 1900–2200");
        assertThatThrownBy(() -> parse("{\"workdays\": [\"2201-01-01\"]}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("$.workdays[0]");
        WorkCalendar leap = parse("{\"holidays\": [{\"from\": \"2028-01-01\", \"to\": \"2028-12-31\"}]}");
        assertThat(leap.holidays()).hasSize(366);
    }
}
