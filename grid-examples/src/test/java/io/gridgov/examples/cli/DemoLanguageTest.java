package io.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.examples.demo.Demo;
import io.gridgov.examples.demo.TreeStep;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gridgov demo --lang}: the summary (and its findings) in one language; both without the option. */
class DemoLanguageTest {

    @Test
    void theSummaryIsInTheChosenLanguageOnly(@TempDir Path out) throws Exception {
        String zh = Demo.run(out, Demo.AS_OF, List.of(new TreeStep()), Optional.of(Locale.SIMPLIFIED_CHINESE)).summary();
        assertThat(zh).contains("网格树：节点 714 个").contains("完成：错误 0 条，警告 3 条")
                .doesNotContain("grid tree:").doesNotContain("Done:");
        String en = Demo.run(out, Demo.AS_OF, List.of(new TreeStep()), Optional.of(Locale.ENGLISH)).summary();
        assertThat(en).contains("grid tree: 714 nodes").contains("Done: 0 errors, 3 warnings")
                .doesNotContain("网格树").doesNotContain("完成");
        String both = Demo.run(out, Demo.AS_OF, List.of(new TreeStep()), Optional.empty()).summary();
        assertThat(both).contains("grid tree: 714 nodes").contains("网格树：节点 714 个");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        Run r = Run.of("demo", "--lang", "fr");
        assertThat(r.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(r.err()).contains("expected en or zh, found 'fr'");
    }

    @Test
    void renderTakesLangLikeEveryCommand() {
        Run r = Run.of("render", "nowhere.geojson", "--out", "x.svg", "--lang", "fr");
        assertThat(r.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(r.err()).contains("expected en or zh, found 'fr'");
    }
}
