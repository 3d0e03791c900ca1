package io.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DutiesCommandTest {

    static String resource(String name) throws Exception {
        return Path.of(DutiesCommandTest.class.getResource("/duties/" + name).toURI()).toString();
    }

    static List<String> common() throws Exception {
        return new ArrayList<>(List.of("--tree", resource("tree.json"), "--templates", resource("templates.json"),
                "--from", "2026-11-01", "--to", "2026-12-01"));
    }

    @Test
    void planWritesOneCsvRowPerObligation() throws Exception {
        List<String> args = new ArrayList<>(List.of("duties", "plan", "--format", "csv"));
        args.addAll(common());
        Run r = Run.of(args.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(GridGovCli.OK);
        List<String> lines = r.out().lines().toList();
        // 2 grids × (21 working days + 1 month) obligations, plus the header.
        assertThat(lines).hasSize(1 + 2 * 22);
        assertThat(lines.get(0)).startsWith("template,duty,tier,action");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("demo,visit-key,,visit").contains("households:key"));
    }

    @Test
    void planAsJsonIsAnArrayOfObligations() throws Exception {
        List<String> args = new ArrayList<>(List.of("duties", "plan"));
        args.addAll(common());
        Run r = Run.of(args.toArray(String[]::new));
        JsonNode plan = new ObjectMapper().readTree(r.out());
        assertThat(plan.isArray()).isTrue();
        assertThat(plan).hasSize(44);
        assertThat(plan.get(0).get("grid").asText()).isEqualTo("g1");
    }

    @Test
    void checkReportsMissesUnmatchedRecordsAndWritesFacts(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("facts.json");
        List<String> args = new ArrayList<>(List.of("duties", "check", "--activities", resource("activities.csv"),
                "--facts-out", facts.toString(), "--misses-out", dir.resolve("misses.csv").toString()));
        args.addAll(common());
        Run r = Run.of(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isEqualTo(GridGovCli.FINDINGS);
        assertThat(r.out()).contains("Checked 3 records").contains("Unmatched records: 1").contains("UNKNOWN_GRID");
        args.addAll(List.of("--lang", "zh"));
        Run zh = Run.of(args.toArray(String[]::new));
        assertThat(zh.out()).contains("已核对履职记录 3 条").contains("未匹配的记录：1").contains("按层级：")
                .doesNotContain("Checked").doesNotContain("obligations");
        JsonNode root = new ObjectMapper().readTree(facts.toFile());
        assertThat(root.get("period").asText()).isEqualTo("2026-11");
        assertThat(root.get("subjects").get(0).get("facts").get("duty.visit.key.done").asLong()).isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("misses.csv"))).anySatisfy(l -> assertThat(l).startsWith("record,"));
    }

    @Test
    void aMalformedTemplateExitsWithTwoAndNamesFileAndPath() throws Exception {
        Run r = Run.of("duties", "plan", "--tree", resource("tree.json"), "--templates", resource("broken.json"),
                "--from", "2026-11-01", "--to", "2026-12-01");
        assertThat(r.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(r.err()).contains("broken.json").contains("$.duties[0].frequency.times")
                .contains("expected a whole number");
    }

    @Test
    void aPresetWhoseLevelsAreNotInTheTreeIsAFinding() throws Exception {
        Run r = Run.of("duties", "plan", "--tree", resource("tree.json"), "--templates", "preset:s10-fire-safety",
                "--from", "2026-11-01", "--to", "2026-12-01");
        assertThat(r.exit()).isEqualTo(GridGovCli.FINDINGS);
        assertThat(r.err()).contains("BINDING_MATCHES_NO_LEVEL").contains("s10-fire-safety");
    }

    @Test
    void templateFindingsArePrintedInTheLanguageOfLang() throws Exception {
        for (String lang : new String[] {"en", "zh"}) {
            Run r = Run.of("duties", "plan", "--tree", resource("tree.json"), "--templates", "preset:s10-fire-safety",
                    "--from", "2026-11-01", "--to", "2026-12-01", "--lang", lang);
            assertThat(r.exit()).isEqualTo(GridGovCli.FINDINGS);
            String finding = r.err().lines().filter(l -> l.contains("BINDING_MATCHES_NO_LEVEL")).findFirst().orElseThrow();
            assertThat(finding).as(lang).contains("ERROR").contains("template \"s10-fire-safety\"");
            if (lang.equals("zh")) {
                assertThat(finding).containsPattern("\\p{IsHan}").doesNotContain("none of which");
            } else {
                assertThat(finding).contains("none of which").doesNotContainPattern("\\p{IsHan}{2}");
            }
        }
    }

    @Test
    void theDemoSaysWhatItWroteInTheChosenLanguage(@TempDir Path dir) {
        Run zh = Run.of("duties", "demo", "--out", dir.toString(), "--grids", "8", "--lang", "zh");
        assertThat(zh.exit()).isEqualTo(GridGovCli.OK);
        assertThat(zh.out()).contains("已写入 " + dir + "：2026-11 的 8 个网格、").contains("条履职记录。")
                .contains("可以试运行：").contains("  gridgov duties check --tree ").doesNotContain("Wrote", "Try:");
        Run en = Run.of("duties", "demo", "--out", dir.toString(), "--grids", "8");
        assertThat(en.out()).contains("Wrote " + dir + ": 8 grids, ").contains(" activity records for 2026-11.")
                .contains("Try:");
    }

    @Test
    void theDemoMonthRunsThroughCheck(@TempDir Path dir) {
        assertThat(Run.of("duties", "demo", "--out", dir.toString(), "--grids", "16").exit()).isEqualTo(GridGovCli.OK);
        Run r = Run.of("duties", "check", "--tree", dir.resolve("tree.json").toString(), "--staff",
                dir.resolve("staff.json").toString(), "--templates", "preset:s1-civilised-city", "preset:s7-presence",
                "--activities", dir.resolve("activities.jsonl").toString(), "--from", "2026-11-01", "--to", "2026-12-01",
                "--facts-out", dir.resolve("facts.json").toString());
        assertThat(r.exit()).as(r.err()).isIn(GridGovCli.OK, GridGovCli.FINDINGS);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("s7-presence/daily-patrol").contains("s1-civilised-city/patrol-traffic");
        assertThat(dir.resolve("facts.json")).exists();
    }

    /** Issue 13 §2: staffing in the tree file was ignored unless --staff repeated the file. */
    @Test
    void theTreeFilesStaffingAssignsObligationsUnlessStaffReplacesIt(@TempDir Path dir) throws Exception {
        Path tree = dir.resolve("tree.json");
        Files.writeString(tree, """
                {"scheme": {"id": "duties-test", "levels": [{"key": "community"}, {"key": "grid"}]},
                 "nodes": [{"id": "c1"}, {"id": "g1", "parent": "c1", "households": 320, "households.key": 2},
                           {"id": "g2", "parent": "c1", "households": 280, "households.key": 1}],
                 "people": [{"id": "p-zhang", "name": "张敏"}],
                 "assignments": [{"person": "p-zhang", "role": "worker", "grid": "g1"}]}
                """);
        List<String> args = new ArrayList<>(List.of("duties", "plan", "--format", "csv", "--tree", tree.toString(),
                "--templates", resource("templates.json"), "--from", "2026-11-01", "--to", "2026-12-01"));
        Run r = Run.of(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isEqualTo(GridGovCli.OK);
        assertThat(r.out().lines().filter(l -> l.contains(",g1,"))).isNotEmpty().allMatch(l -> l.contains(",p-zhang,g1,"));
        assertThat(r.out().lines().filter(l -> l.contains(",g2,"))).isNotEmpty().noneMatch(l -> l.contains("p-zhang"));
        Path staff = dir.resolve("staff.json");
        Files.writeString(staff, "{\"assignments\": [{\"person\": \"p-li\", \"role\": \"worker\", \"grid\": \"g2\"}]}");
        args.addAll(List.of("--staff", staff.toString()));
        Run replaced = Run.of(args.toArray(String[]::new));
        assertThat(replaced.out()).doesNotContain("p-zhang").contains(",p-li,g2,");
    }

    /** Issue 13 §2: the shipped sample templates extend a preset they do not load; they work alone. */
    @Test
    void theShippedSampleTemplatesWorkAloneFromTheCommandLine() throws Exception {
        Path sample = Path.of(DutiesCommandTest.class.getResource("/io/gridgov/examples/sample/templates.json").toURI());
        Path tree = Path.of(DutiesCommandTest.class.getResource("/io/gridgov/examples/sample/city-tree.json").toURI());
        Run r = Run.of("duties", "plan", "--format", "csv", "--tree", tree.toString(), "--templates", sample.toString(),
                "--from", "2026-11-01", "--to", "2026-12-01");
        assertThat(r.exit()).as(r.err()).isEqualTo(GridGovCli.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines().skip(1)).isNotEmpty().allMatch(l -> l.startsWith("minghu-s3-worker-duties,"));
        // Loading the preset as well no longer fails on its binding: it binds the urban scheme's grids.
        Run both = Run.of("duties", "plan", "--format", "csv", "--tree", tree.toString(), "--templates",
                "preset:s3-worker-duties", sample.toString(), "--from", "2026-11-01", "--to", "2026-12-01");
        assertThat(both.exit()).as(both.err()).isEqualTo(GridGovCli.OK);
        assertThat(both.err()).isEmpty();
    }

    /** Issue 13 §3: the staff file's errors were English under --lang zh. */
    @Test
    void aBadStaffFileIsOneLineInTheChosenLanguage(@TempDir Path dir) throws Exception {
        Path staff = dir.resolve("staff.json");
        Files.writeString(staff, "{\"assignments\": [{\"person\": \"p\", \"role\": \"worker\", \"grid\": \"g1\","
                + " \"from\": \"soon\"}]}");
        List<String> args = new ArrayList<>(List.of("duties", "plan", "--staff", staff.toString(), "--lang", "zh"));
        args.addAll(common());
        Run r = Run.of(args.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(r.err().lines()).singleElement().asString().contains("$.assignments[0].from")
                .contains("应为日期 yyyy-MM-dd").contains("\"soon\"");
    }
}
