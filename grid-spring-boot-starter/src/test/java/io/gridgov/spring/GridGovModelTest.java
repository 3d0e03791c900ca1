package io.gridgov.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.tree.GridTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

/**
 * A bad file stops the application with the reader's located line and nothing else; a reload swaps the
 * whole tree or, when the new file is bad, keeps the old one.
 */
class GridGovModelTest {

    @TempDir
    Path dir;

    /** A tree of one street, one community and {@code grids} grids; line 7 holds the first grid. */
    static String tree(int grids, String households) {
        StringBuilder b = new StringBuilder("""
                {
                  "scheme": "urban",
                  "nodes": [
                    {"id": "d", "name": "明湖区", "level": "district"},
                    {"id": "s1", "parent": "d", "name": "s", "level": "street"},
                    {"id": "c1", "parent": "s1", "name": "c", "level": "community"}""");
        for (int i = 1; i <= grids; i++) {
            b.append(",\n    {\"id\": \"g").append(i).append("\", \"parent\": \"c1\", \"name\": \"g\", \"level\": \"grid\", ")
                    .append("\"households\": ").append(households).append('}');
        }
        return b.append("\n  ]\n}\n").toString();
    }

    ApplicationContextRunner runner(Path file, String... more) {
        return new ApplicationContextRunner().withConfiguration(GridGovAutoConfigurationTest.ALL)
                .withPropertyValues("gridgov.tree.file=" + file.toUri()).withPropertyValues(more);
    }

    @Test
    void aBadTreeFileStopsStartUpWithTheLocatedLineInBothLanguages() throws IOException {
        Path file = Files.writeString(dir.resolve("city-tree.json"), tree(1, "\"many\""));
        runner(file).run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new GridGovFailureAnalyzer(new MockEnvironment())
                    .analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).isEqualTo(file + ":7:78, node \"g1\", field \"households\": "
                    + "expected a whole number ≥ 0, found \"many\"" + System.lineSeparator() + file
                    + ":7:78, node \"g1\", field \"households\": 应为不小于 0 的整数，实际为\"many\"");
            assertThat(analysis.getAction()).contains("gridgov.*").contains("属性");
        });
    }

    @Test
    void theLanguagePropertyPicksOneLanguage() throws IOException {
        Path file = Files.writeString(dir.resolve("city-tree.json"), tree(1, "\"many\""));
        runner(file, "gridgov.language=zh").run(context -> {
            FailureAnalysis analysis = new GridGovFailureAnalyzer(new MockEnvironment()
                    .withProperty("gridgov.language", "zh")).analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).isEqualTo(file + ":7:78, node \"g1\", field \"households\": "
                    + "应为不小于 0 的整数，实际为\"many\"");
        });
    }

    @Test
    void aMissingFileOrAnUnknownPresetIsOneLineToo() {
        Path missing = dir.resolve("nowhere.json");
        runner(missing).run(context -> assertThat(new GridGovFailureAnalyzer(new MockEnvironment())
                .analyze(context.getStartupFailure()).getDescription())
                .startsWith(missing + ": expected a readable file, found nothing at " + missing));
        new ApplicationContextRunner().withConfiguration(GridGovAutoConfigurationTest.ALL)
                .withPropertyValues("gridgov.scoring.scheme=grid-worker-yearly").run(context -> assertThat(
                        new GridGovFailureAnalyzer(new MockEnvironment()).analyze(context.getStartupFailure())
                                .getDescription()).startsWith("gridgov.scoring.scheme: expected one of the presets [")
                        .contains("found \"grid-worker-yearly\""));
    }

    @Test
    void aReloadSwapsTheWholeTreeAndABadFileKeepsTheOldOne() throws IOException {
        Path file = Files.writeString(dir.resolve("city-tree.json"), tree(2, "10"));
        runner(file).run(context -> {
            GridGovModel model = context.getBean(GridGovModel.class);
            List<GridSnapshot> seen = new ArrayList<>();
            model.onReload(seen::add);
            assertThat(model.tree().leaves()).hasSize(2);

            Files.writeString(file, tree(5, "10"));
            GridSnapshot second = model.reload();
            assertThat(second.version()).isEqualTo(2);
            assertThat(context.getBean(GridTree.class).leaves()).hasSize(5);   // prototype: the current tree
            assertThat(seen).containsExactly(second);

            Files.writeString(file, tree(3, "\"many\""));
            assertThatThrownBy(model::reload).isInstanceOf(InvalidInputException.class).hasMessageContaining(":7:");
            assertThat(model.current()).isSameAs(second);
        });
    }

    @Test
    void readersDuringReloadsSeeWholeTrees() throws Exception {
        Path small = Files.writeString(dir.resolve("small.json"), tree(2, "10"));
        Path large = Files.writeString(dir.resolve("large.json"), tree(40, "10"));
        Path file = dir.resolve("city-tree.json");
        Files.copy(small, file);
        runner(file).run(context -> {
            GridGovModel model = context.getBean(GridGovModel.class);
            CompletableFuture<Void> reloads = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 20; i++) {
                    try {
                        Files.copy(i % 2 == 0 ? large : small, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    model.reload();
                }
            });
            while (!reloads.isDone()) {
                GridSnapshot now = model.current();
                assertThat(now.tree().leaves().size()).isIn(2, 40);
                assertThat(now.tree().size()).isEqualTo(now.tree().leaves().size() + 3);
            }
            reloads.join();
            assertThat(model.current().version()).isEqualTo(21);
        });
    }
}
