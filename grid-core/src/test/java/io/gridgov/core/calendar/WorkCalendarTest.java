package io.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.io.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

    private static final LocalDate NOV = LocalDate.of(2026, 11, 1);
    private static final LocalDate DEC = LocalDate.of(2026, 12, 1);

    static WorkCalendar load(String resource) throws Exception {
        try (var in = WorkCalendarTest.class.getResourceAsStream(resource)) {
            return WorkCalendar.read(in, resource);
        }
    }

    @Test
    void theDefaultCalendarWorksMondayToFriday() {
        assertThat(WorkCalendar.DEFAULT.isWorkingDay(LocalDate.of(2026, 11, 6))).isTrue();
        assertThat(WorkCalendar.DEFAULT.isWorkingDay(LocalDate.of(2026, 11, 7))).isFalse();
        assertThat(WorkCalendar.DEFAULT.workingDays(NOV, DEC)).isEqualTo(21);
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
        assertThat(cal.minutesPerDay()).isEqualTo(480);
    }

    @Test
    void aBadDateNamesItsJsonPath() {
        String json = "{\"holidays\": [\"2026-10-01\", {\"from\": \"2026-10-02\", \"to\": \"Oct 7\"}]}";
        assertThatThrownBy(() -> WorkCalendar.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "cal.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cal.json").hasMessageContaining("$.holidays[1].to")
                .hasMessageContaining("expected a date YYYY-MM-DD, found \"Oct 7\"");
    }
}
