package io.gridgov.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridgov.core.calendar.WorkCalendar;
import io.gridgov.core.io.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example of docs/formats/calendar.md reads, its error lines are what the reader says, the Java sample runs. */
class CalendarDocTest {

    static final Path DOC = DocSnippets.ROOT.resolve("docs/formats/calendar.md");

    static WorkCalendar read(String json) {
        return WorkCalendar.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "cal.json");
    }

    @Test
    void theCalendarExampleReads() {
        WorkCalendar cal = read(DocSnippets.block(DOC, "check", "calendar"));
        assertThat(cal.holidays()).hasSize(8);
        assertThat(cal.workdays()).hasSize(2);
        assertThat(cal.minutesPerDay()).isEqualTo(480);
        assertThat(cal.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    }

    @Test
    void theErrorLinesAreWhatTheReaderSays() {
        List<String> said = List.of(
                "{\"hours\": [\"13:00-18:00\", \"09:00-12:00\"]}",
                "{\"holidays\": [{\"from\": \"2026-01-01\", \"to\": \"2027-01-02\"}]}").stream()
                .map(json -> catchThrowableOfType(InvalidInputException.class, () -> read(json)).getMessage()).toList();
        assertThat(String.join("\n", said)).isEqualTo(DocSnippets.block(DOC, "output", "calendar-errors"));
    }

    @Test
    void theJavaSampleRunsAndTheDocShowsItsCode() {
        assertThat(CalendarSample.run()).containsExactly(Instant.parse("2026-10-08T03:00:00Z"),
                Instant.parse("2026-10-10T08:00:00Z"), 240L);
        assertThat(DocSnippets.blocks(DOC, "snippet")).extracting(DocSnippets.Block::tag).containsExactly("calendar");
        assertThat(DocSnippets.mismatches(DOC, DocSnippets.ROOT)).isEmpty();
    }
}
