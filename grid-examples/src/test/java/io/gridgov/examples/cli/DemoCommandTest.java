package io.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @Test
    void theDemoChecksTheSampleCityAndPrintsABilingualSummary(@TempDir Path out) throws IOException {
        Run run = Run.of("demo", "--out", out.toString());
        assertThat(run.exit()).isEqualTo(GridGovCli.OK);
        assertThat(run.out())
                .contains("GridGov demo — sample district 明湖区, as of 2026-11-01")
                .contains("GridGov 演示 — 示例城区 明湖区，日期 2026-11-01")
                .contains("grid tree: 675 nodes on 4 levels (district 1, street 8, community 60, grid 606), 727 people;"
                        + " 0 errors, 3 warnings")
                .contains("网格树：节点 675 个，共 4 级（区 1，街道 8，社区 60，网格 606），人员 727 名；错误 0 条，警告 3 条")
                .contains("Done: 0 errors, 3 warnings.");
        assertThat(Files.readString(out.resolve("tree-report.txt")))
                .contains("WARNING ROLE_COUNT [g321]").contains("节点“g321”有 2 名网格员");
        assertThat(Files.readString(out.resolve("tree-findings.json"))).contains("\"SIZE_BAND\" : 2");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("tree-report.txt", "tree-findings.json");
        }
    }
}
