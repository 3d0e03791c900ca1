package io.gridgov.cases;

import static io.gridgov.cases.Cases.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.io.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseEventsTest {

    static final ZoneId CN = ZoneId.of("Asia/Shanghai");
    static final CaseCategories CATS = CaseCategories.presets();

    static List<CaseEvent> read(String text) {
        List<CaseEvent> out = new ArrayList<>();
        CaseEvents.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "events.jsonl", CATS, CN, out::add);
        return out;
    }

    @Test
    void everyTypeReadsWithItsLineAndTimesWithOrWithoutOffset() throws IOException {
        List<CaseEvent> events;
        try (InputStream in = getClass().getResourceAsStream("/cases/events.jsonl")) {
            events = new ArrayList<>();
            CaseEvents.read(in, "events.jsonl", CATS, CN, events::add);
        }
        assertThat(events).extracting(CaseEvent::type)
                .containsExactly("reported", "dispatched", "handled", "verified", "reported", "postponed", "escalated");
        assertThat(events).extracting(CaseEvent::line).containsExactly(1L, 2L, 3L, 5L, 6L, 7L, 8L);
        CaseEvent.Reported r = (CaseEvent.Reported) events.get(0);
        assertThat(r.point()).contains(new CasePoint(106.705, 26.52));
        assertThat(r.at()).isEqualTo(t("2026-11-02T09:15"));
        assertThat(events.get(4).at()).isEqualTo(t("2026-11-02T21:00"));
        assertThat(events.get(5).at()).isEqualTo(t("2026-11-03T09:00"));   // no offset: the calendar's zone
        assertThat(((CaseEvent.Postponed) events.get(5)).days()).hasValue(2);
        assertThat(((CaseEvent.Verified) events.get(3)).pass()).isFalse();
    }

    @Test
    void aGzipFileReadsTheSameAndEventsWriteBackToTheSameLines(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        byte[] plain;
        try (InputStream in = getClass().getResourceAsStream("/cases/events.jsonl")) {
            plain = in.readAllBytes();
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(plain);
        }
        Path file = dir.resolve("events.jsonl.gz");
        Files.write(file, gz.toByteArray());
        List<CaseEvent> zipped = CaseEvents.readAll(file, CATS, CN);
        List<CaseEvent> direct = read(new String(plain, StandardCharsets.UTF_8));
        assertThat(zipped).isEqualTo(direct);
        StringBuilder again = new StringBuilder();
        direct.forEach(e -> again.append(CaseEvents.toJson(e, CN)).append('\n'));
        List<CaseEvent> reread = read(again.toString());
        assertThat(reread).extracting(CaseEvent::at).isEqualTo(direct.stream().map(CaseEvent::at).toList());
        assertThat(reread).extracting(CaseEvent::type).isEqualTo(direct.stream().map(CaseEvent::type).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed JSON|{\"case\": \"C-2\", \"at\": |2|",
        "unknown type|{\"case\": \"C-2\", \"at\": \"2026-11-02T09:00:00+08:00\", \"type\": \"solved\"}|2|type",
        "missing case id|{\"at\": \"2026-11-02T09:00:00+08:00\", \"type\": \"handled\"}|2|case",
        "unparseable time|{\"case\": \"C-2\", \"at\": \"2 Nov 2026\", \"type\": \"handled\"}|2|at",
        "unknown category|{\"case\": \"C-2\", \"at\": \"2026-11-02T09:00:00+08:00\", \"type\": \"reported\", \"category\": \"x.y\", \"grid\": \"g1\"}|2|category",
        "bad result|{\"case\": \"C-2\", \"at\": \"2026-11-02T09:00:00+08:00\", \"type\": \"verified\", \"result\": \"ok\"}|2|result",
        "key of another type|{\"case\": \"C-2\", \"at\": \"2026-11-02T09:00:00+08:00\", \"type\": \"handled\", \"to\": \"x\"}|2|to",
        "misspelt key|{\"case\": \"C-2\", \"at\": \"2026-11-02T09:00:00+08:00\", \"tpye\": \"handled\"}|2|tpye",
        "key given twice|{\"case\": \"C-2\", \"at\": \"2026-11-02T09:00:00+08:00\", \"type\": \"handled\", \"case\": \"C-3\"}|2|case",
        "two events on a line|{\"case\": \"C-2\", \"at\": \"2026-11-02T09:00:00+08:00\", \"type\": \"handled\"} {\"case\": \"C-3\"}|2|",
    })
    void aBadLineIsRefusedNamingFileLineAndField(String what, String line, long lineNo, String field) {
        String good = "{\"case\": \"C-1\", \"at\": \"2026-11-02T09:00:00+08:00\", \"type\": \"reported\", "
                + "\"category\": \"sanitation.exposed-garbage\", \"grid\": \"g1\"}\n";
        assertThatThrownBy(() -> read(good + line + "\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.location().file()).contains("events.jsonl");
                    assertThat(e.location().line()).hasValue(lineNo);
                    if (field != null) {
                        assertThat(e.location().field()).contains(field);
                    }
                    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(e.message(Locale.ENGLISH));
                });
    }

    @Test
    void theColumnIsWhereTheBadValueStarts() {
        String good = "{\"case\": \"C-1\", \"at\": \"2026-11-02T09:00:00+08:00\", \"type\": \"reported\", "
                + "\"category\": \"sanitation.exposed-garbage\", \"grid\": \"g1\"}\n";
        assertThatThrownBy(() -> read(good + "{\"case\": \"C-2\",   \"at\": \"2026-13-02T09:00:00+08:00\", \"type\": \"handled\"}\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.location().line()).hasValue(2);
                    assertThat(e.location().column()).hasValue(25);
                    assertThat(e.location().field()).contains("at");
                });
        assertThatThrownBy(() -> read("  {\"case\": \"C-2\", \"at\": \"2026-11-02T09:00:00+08:00\", \"type\": \"solved\"}\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.location().column()).hasValue(62));
        assertThatThrownBy(() -> read(good + "{\"case\": \"C-2\", \"at\": \"2026-11-02T09:00:00+08:00\", \"type\": \"handled\"\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.location().column()).hasValue(1));
    }

    @Test
    void categoriesReadWithTheirLimitsAndABadLimitIsLocated() {
        CaseCategories c = CaseCategories.read(new ByteArrayInputStream(("{\"categories\": [{\"key\": \"a\", "
                + "\"nameZh\": \"甲\", \"nameEn\": \"A\", \"department\": \"d\", \"dispatchWithin\": {\"minutes\": 30}, "
                + "\"handleWithin\": {\"days\": 2}}]}").getBytes(StandardCharsets.UTF_8)), "c.json");
        CaseCategory a = c.category("a").orElseThrow();
        assertThat(a.handleWithin()).contains(TimeLimit.days(2));
        assertThat(a.handleWithin().get().workingMinutes(io.gridgov.core.calendar.WorkCalendar.DEFAULT)).isEqualTo(960);
        assertThat(a.escalateAfter()).isEmpty();
        assertThatThrownBy(() -> CaseCategories.read(new ByteArrayInputStream(("{\"categories\": [\n{\"key\": \"a\", "
                + "\"nameZh\": \"甲\", \"nameEn\": \"A\", \"department\": \"d\",\n \"handleWithin\": {\"weeks\": 2}}]}")
                .getBytes(StandardCharsets.UTF_8)), "c.json"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.location().line()).hasValue(3);
                    assertThat(e.location().field()).contains("$.categories[0].handleWithin.weeks");
                });
    }

    @Test
    void thePresetsCiteTheirSourceAndCoverCityManagementS3AndS8() {
        assertThat(CATS.all()).allSatisfy(c -> {
            assertThat(c.basis()).isPresent();
            assertThat(c.handleWithin()).isPresent();
        });
        assertThat(CATS.keys()).contains("sanitation.exposed-garbage", "municipal.manhole-cover",
                "appearance.illegal-ads", "building.illegal-construction", "order.street-vending", "s3.routine",
                "s3.coordination", "s3.emergency", "s3.approval", "s8.dispute");
        assertThat(CATS.all()).filteredOn(c -> c.key().startsWith("s")).isNotEmpty();
    }

    @Test
    void invalidUtf8IsLocatedNeverReplaced() {
        byte[] good = ("{\"case\": \"C-1\", \"at\": \"2026-11-02T09:00:00+08:00\", \"type\": \"reported\", "
                + "\"category\": \"sanitation.exposed-garbage\", \"grid\": \"g1\", \"by\": \"\u738b").getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 3);
        bad[good.length] = (byte) 0xff;
        bad[good.length + 1] = '"';
        bad[good.length + 2] = '}';
        assertThatThrownBy(() -> CaseEvents.read(new ByteArrayInputStream(bad), "events.jsonl", CATS, CN, e -> { }))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.location().line()).hasValue(1);
                    assertThat(e.message(Locale.ENGLISH)).contains("UTF-8");
                });
    }
}
