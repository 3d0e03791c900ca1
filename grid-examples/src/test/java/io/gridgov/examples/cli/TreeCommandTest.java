package io.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeCommandTest {

    static String fixture(String name) {
        try {
            return Path.of(TreeCommandTest.class.getResource("/io/gridgov/examples/cli/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSoundTreeExitsZeroAndPrintsLevelsDepthAndLeaves() {
        Run run = Run.of("tree", fixture("clean.json"), "--as-of", "2026-11-01");
        assertThat(run.exit()).isEqualTo(GridGovCli.OK);
        assertThat(run.out()).contains("Tree clean.json: scheme urban (urban community grids), as of 2026-11-01")
                .contains("  4. grid: 2").contains("Nodes: 5; depth: 4; leaves: 2; roots: 1")
                .contains("Findings: 0 errors, 0 warnings, 0 notes");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anErrorFindingExitsOneAndIsPrintedInTheChosenLanguage() {
        Run run = Run.of("tree", fixture("missing-role.json"), "--as-of", "2026-11-01", "--lang", "zh");
        assertThat(run.exit()).isEqualTo(GridGovCli.FINDINGS);
        assertThat(run.out()).contains("检查结果：错误 1 条").contains("ERROR MISSING_ROLE [g2] 节点“g2”在 2026-11-01 没有网格员");
    }

    @Test
    void jsonOutputCarriesEveryFindingInBothLanguages() throws IOException {
        Run run = Run.of("tree", fixture("missing-role.json"), "--as-of", "2026-11-01", "--format", "json");
        assertThat(run.exit()).isEqualTo(GridGovCli.FINDINGS);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("rules").get("MISSING_ROLE").asInt()).isEqualTo(1);
        assertThat(json.get("findings").get(0).get("zh").asText()).contains("没有网格员");
        assertThat(json.get("levels").get(3).get("count").asInt()).isEqualTo(2);
    }

    @Test
    void unreadableInputExitsTwoNamingThePlace() {
        Run run = Run.of("tree", fixture("households-text.json"));
        assertThat(run.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(run.err()).contains("households-text.json:4:18, node \"g-004\", field \"households\": "
                + "expected a whole number ≥ 0, found \"many\"");
        assertThat(run.out()).isEmpty();
        Run zh = Run.of("tree", fixture("households-text.json"), "--lang", "zh");
        assertThat(zh.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(zh.err()).contains("gridgov tree：").contains("households-text.json:4:18, node \"g-004\","
                + " field \"households\": 应为不小于 0 的整数，实际为\"many\"");
    }

    @Test
    void aSchemeOptionReplacesTheFilesSchemeOrIsRejected(@TempDir Path dir) throws IOException {
        Run rural = Run.of("tree", fixture("clean.json"), "--scheme", "rural", "--as-of", "2026-11-01");
        assertThat(rural.out()).contains("scheme rural").contains("  4. group: 2");
        assertThat(rural.exit()).as("a rural village needs its leader").isEqualTo(GridGovCli.FINDINGS);
        assertThat(rural.out()).contains("ERROR MISSING_ROLE [c1]").contains("WARNING SIZE_BAND [g1]");
        Path scheme = dir.resolve("two.json");
        Files.writeString(scheme, "{\"id\": \"two\", \"levels\": [{\"key\": \"top\"}, {\"key\": \"bottom\"}]}");
        Run custom = Run.of("tree", fixture("clean.json"), "--scheme", scheme.toString(), "--as-of", "2026-11-01");
        assertThat(custom.exit()).isEqualTo(GridGovCli.FINDINGS);
        assertThat(custom.out()).contains("LEVEL_DEPTH");
        Run unknown = Run.of("tree", fixture("clean.json"), "--scheme", "metropolis");
        assertThat(unknown.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(unknown.err()).contains("metropolis, field \"--scheme\"");
    }

    /** Issue 13 §3: a tree file without "scheme" was refused; it now loads on generic levels, and says so. */
    @Test
    void aFileWithoutASchemeLoadsOnGenericLevelsAndSaysSo(@TempDir Path dir) throws IOException {
        Path divisions = dir.resolve("divisions.json");
        Files.writeString(divisions, """
                {"nodes": [{"id": "52", "name": "贵州省"}, {"id": "5201", "parent": "52"},
                           {"id": "520102", "parent": "5201"}, {"id": "520102001", "parent": "520102"}]}
                """);
        Run run = Run.of("tree", divisions.toString(), "--as-of", "2026-11-01");
        assertThat(run.exit()).as(run.err()).isEqualTo(GridGovCli.OK);
        assertThat(run.out()).contains("scheme generic").contains("The file names no scheme: generic levels")
                .contains("  4. level-4: 1").contains("Nodes: 4; depth: 4");
        Run zh = Run.of("tree", divisions.toString(), "--as-of", "2026-11-01", "--lang", "zh");
        assertThat(zh.out()).contains("文件未指定层级方案");
        JsonNode json = new ObjectMapper().readTree(Run.of("tree", divisions.toString(), "--format", "json").out());
        assertThat(json.get("genericScheme").asBoolean()).isTrue();
    }

    /** Issue 13 §1: findings beyond 1,000 per rule are counted, not kept; the text says how many. */
    @Test
    void findingsBeyondTheLimitAreCountedAndSaidToBeLeftOut(@TempDir Path dir) throws IOException {
        StringBuilder nodes = new StringBuilder("{\"scheme\": \"urban\", \"nodes\": [{\"id\": \"d\"},"
                + " {\"id\": \"s\", \"parent\": \"d\"}, {\"id\": \"c\", \"parent\": \"s\"}");
        for (int i = 0; i < 600; i++) {
            nodes.append(", {\"id\": \"g").append(i).append("\", \"parent\": \"c\", \"households\": 400}");
        }
        Path tree = dir.resolve("unstaffed.json");
        Files.writeString(tree, nodes.append("]}").toString());
        Run run = Run.of("tree", tree.toString(), "--as-of", "2026-11-01");
        assertThat(run.exit()).isEqualTo(GridGovCli.FINDINGS);
        assertThat(run.out()).contains("MISSING_ROLE: 1,200").contains("... and 1,150 more findings");
        JsonNode json = new ObjectMapper().readTree(Run.of("tree", tree.toString(), "--as-of", "2026-11-01",
                "--format", "json").out());
        assertThat(json.get("rules").get("MISSING_ROLE").asInt()).isEqualTo(1200);
        assertThat(json.get("omitted").get("MISSING_ROLE").asInt()).isEqualTo(200);
        assertThat(json.get("findings")).hasSize(1000);
    }
}
