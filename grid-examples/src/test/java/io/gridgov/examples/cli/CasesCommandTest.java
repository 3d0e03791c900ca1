package io.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridgov.core.io.JsonTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasesCommandTest {

    static String resource(String name) throws Exception {
        return Path.of(CasesCommandTest.class.getResource(name).toURI()).toString();
    }

    static List<String> args(String... first) throws Exception {
        List<String> a = new ArrayList<>(List.of(first));
        a.addAll(List.of("--events", resource("/cases/events.jsonl"),
                "--tree", resource("/io/gridgov/examples/sample/city-tree.json"),
                "--boundaries", resource("/io/gridgov/examples/sample/city.geojson")));
        return a;
    }

    @Test
    void statusShowsEachOpenCaseWithItsUnitDeadlineAndEscalations() throws Exception {
        List<String> a = args("cases", "status", "--as-of", "2026-11-04T18:00");
        Run r = Run.of(a.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(GridGovCli.OK);
        assertThat(r.out()).contains("3 cases, 2 open").contains("C-0002").contains("overdue")
                .contains("node:d").doesNotContain("C-0001 ");
        // C-0002 was dispatched to municipal, then escalated automatically up to the district (the root)
        Run one = Run.of(args("cases", "status", "--as-of", "2026-11-04T18:00", "--case", "C-0001", "--format", "json")
                .toArray(String[]::new));
        JsonNode c1 = JsonTree.MAPPER.readTree(one.out()).get("cases").get(0);
        assertThat(c1.get("status").asText()).isEqualTo("closed");
        assertThat(c1.get("grid").asText()).startsWith("g");   // located from its point through the boundaries
    }

    @Test
    void theTablesAreInChineseUnderLangZhAndStayAligned() throws Exception {
        Run status = Run.of(args("cases", "status", "--as-of", "2026-11-04T18:00", "--lang", "zh").toArray(String[]::new));
        assertThat(status.exit()).isEqualTo(GridGovCli.OK);
        List<String> lines = status.out().lines().toList();
        String header = lines.stream().filter(l -> l.contains("案件") && l.contains("状态")).findFirst().orElseThrow();
        assertThat(header).contains("类别", "网格", "责任单位", "办理时限", "剩余工作时间")
                .doesNotContain("case", "status", "responsible", "deadline", "working time");
        String c2 = lines.stream().filter(l -> l.contains("C-0002")).findFirst().orElseThrow();
        assertThat(c2).contains("节点 d").contains("超期 ").contains("小时").doesNotContain("node:", "overdue");
        // a Chinese header takes two columns a character: the status column starts where the header's does
        assertThat(CaseOutput.pad("状态", 10)).hasSize(8);
        Run stats = Run.of(args("cases", "stats", "--from", "2026-11-01", "--to", "2026-12-01", "--lang", "zh")
                .toArray(String[]::new));
        assertThat(stats.out()).contains("合计").contains("上报").contains("按期率")
                .doesNotContain("reported", "overdue_open", "on-time%", "  all ");
    }

    @Test
    void theListsOfAStreetHoldItsOpenCasesAndWhatWasStruckOff() throws Exception {
        List<String> a = args("cases", "lists", "--as-of", "2026-11-04T18:00", "--node", "d", "--format", "json");
        Run r = Run.of(a.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(GridGovCli.OK);
        JsonNode j = JsonTree.MAPPER.readTree(r.out());
        assertThat(j.get("problems")).hasSize(2);
        assertThat(j.get("assigned")).hasSize(1);
        assertThat(j.get("supervision")).hasSize(2);
        assertThat(j.get("struckOff").get(0).get("case").asText()).isEqualTo("C-0001");
        assertThat(j.get("supervision").get(0).get("escalations").get(0).get("automatic").asBoolean()).isTrue();
    }

    @Test
    void statsCountTheMonthAndWriteFactsThatAssessReads(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("cases.json");
        List<String> a = args("cases", "stats", "--from", "2026-11-01", "--to", "2026-12-01", "--facts-out", facts.toString());
        Run r = Run.of(a.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(GridGovCli.OK);
        assertThat(r.out()).contains("By node (rolled up)").contains("By department");
        List<String> zh = new java.util.ArrayList<>(a);
        zh.addAll(List.of("--lang", "zh"));
        assertThat(Run.of(zh.toArray(String[]::new)).out()).contains("按节点（逐级汇总）：").contains("按部门：")
                .contains("已将").doesNotContain("By department").doesNotContain("written to");
        JsonNode j = JsonTree.MAPPER.readTree(Files.readString(facts));
        JsonNode d = null;
        for (JsonNode s : j.get("subjects")) {
            if (s.get("id").asText().equals("d")) {
                d = s.get("facts");
            }
        }
        assertThat(d).isNotNull();
        assertThat(d.get("cases.reported").asLong()).isEqualTo(3);
        assertThat(d.get("cases.due").asLong()).isEqualTo(2);
        assertThat(d.get("cases.on_time").asLong()).isEqualTo(1);
        assertThat(d.get("cases.overdue_open").asLong()).isEqualTo(1);
        assertThat(d.get("cases.overdue_open.by_source.media").asLong()).isEqualTo(1);
    }

    @Test
    void aBadEventsFileExitsWith2NamingFileLineAndField(@TempDir Path dir) throws Exception {
        Path bad = reportedThen(dir, "bad.jsonl", "{\"case\": \"C-1\", \"at\": \"yesterday\", \"type\": \"handled\"}");
        Run r = Run.of("cases", "status", "--events", bad.toString(), "--lang", "zh");
        assertThat(r.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(r.err()).contains("bad.jsonl:2:").contains("field \"at\"").contains("日期时间");
    }

    @Test
    void anEventThatDoesNotFitItsCaseExitsWith1AndSaysWhichLine(@TempDir Path dir) throws Exception {
        Path events = reportedThen(dir, "e.jsonl",
                "{\"case\": \"C-1\", \"at\": \"2026-11-02T10:00:00+08:00\", \"type\": \"handled\"}");
        Run r = Run.of("cases", "status", "--events", events.toString());
        assertThat(r.exit()).isEqualTo(GridGovCli.FINDINGS);
        assertThat(r.err()).contains("HANDLED_BEFORE_DISPATCHED").contains("line 2");
    }

    @Test
    void theCaseFactsScoreOnThePresetCaseHandlingSchemeWithNoHandWork(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("cases.json");
        Run stats = Run.of(args("cases", "stats", "--from", "2026-11-01", "--to", "2026-12-01", "--facts-out",
                facts.toString()).toArray(String[]::new));
        assertThat(stats.exit()).isEqualTo(GridGovCli.OK);
        Run assess = Run.of("assess", "--scheme", "case-handling-monthly", "--facts", facts.toString(), "--format", "csv");
        assertThat(assess.err()).isEmpty();
        assertThat(assess.exit()).isEqualTo(GridGovCli.OK);
        assertThat(assess.out()).contains("d,").contains("s1,");
    }

    /** Writes an events file: C-1 reported in g001 at 09:00 on 2 November, then the line {@code next}. */
    private static Path reportedThen(Path dir, String name, String next) throws java.io.IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "{\"case\": \"C-1\", \"at\": \"2026-11-02T09:00:00+08:00\", \"type\": \"reported\", "
                + "\"category\": \"sanitation.exposed-garbage\", \"grid\": \"g001\"}\n" + next + "\n");
        return file;
    }
}
