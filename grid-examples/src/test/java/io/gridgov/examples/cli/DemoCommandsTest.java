package io.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every step of {@code gridgov demo} is reproducible by hand: the demo copies its inputs (the tree, the
 * boundaries, the lake, the reports, the templates, the gzip-compressed activities, the assessment CSV,
 * the case events) into its output folder and prints, per step, the {@code gridgov} commands that repeat
 * it. This test runs each printed command in-process, as printed, and checks that it works on the
 * shipped files and gives what the demo gave: the same facts files byte for byte, the same defects, the
 * same grids for the reported points, the same red and black lists.
 */
class DemoCommandsTest {

    @TempDir
    static Path out;
    static Run demo;
    static Map<String, byte[]> written = new HashMap<>();

    @BeforeAll
    static void runTheDemo() throws IOException {
        demo = Run.of("demo", "--out", out.toString(), "--lang", "en");
        for (String name : List.of("facts-2026-11.json", "cases-facts-2026-11.json", "defects.geojson", "located.csv")) {
            written.put(name, Files.readAllBytes(out.resolve(name)));
        }
    }

    static List<String> printed() {
        return demo.out().lines().filter(l -> l.startsWith("      $ gridgov ")).map(l -> l.substring("      $ ".length()))
                .toList();
    }

    static Run run(String commandLine) {
        String[] words = commandLine.split(" ");
        return Run.of(Arrays.copyOfRange(words, 1, words.length));
    }

    @Test
    void everyStepPrintsTheCommandsThatRepeatIt() {
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(printed()).extracting(c -> c.split(" ")[1] + (c.split(" ")[1].matches("duties|cases") ? " "
                + c.split(" ")[2] : ""))
                .containsExactly("tree", "validate", "validate", "render", "locate", "duties check", "cases stats",
                        "cases lists", "assess");
        assertThat(String.join("\n", printed())).contains(out.resolve("activities-2026-11.csv.gz").toString())
                .contains("--templates preset:s1-civilised-city").contains("--facts " + out.resolve("facts-2026-11.json")
                        + " --facts " + out.resolve("assessment-2026-11.csv") + " --facts "
                        + out.resolve("cases-facts-2026-11.json"));
    }

    @Test
    void everyPrintedCommandRunsOnTheShippedFilesAndGivesWhatTheDemoGave() throws IOException {
        for (String command : printed()) {
            Run r = run(command);
            // duties check exits 1 while the S3 preset's own binding names a level the urban scheme lacks
            // (an ERROR about the preset, not about the data); nothing may be an unusable input (2)
            assertThat(r.exit()).as(command + "\n" + r.err()).isIn(GridGovCli.OK, GridGovCli.FINDINGS);
            if (command.startsWith("gridgov tree")) {
                assertThat(r.out()).contains("Findings: 0 errors, 3 warnings");
            } else if (command.startsWith("gridgov validate") && !command.contains("defects")) {
                assertThat(r.exit()).isZero();
                assertThat(r.out()).contains("Valid: no errors.");
            } else if (command.startsWith("gridgov validate")) {
                assertThat(r.exit()).isEqualTo(GridGovCli.FINDINGS);
                assertThat(Files.readString(out.resolve("defects.geojson")))
                        .isEqualTo(new String(written.get("defects.geojson"), java.nio.charset.StandardCharsets.UTF_8));
            } else if (command.startsWith("gridgov render")) {
                assertThat(out.resolve("defects.png")).isNotEmptyFile();
            } else if (command.startsWith("gridgov locate")) {
                assertThat(r.err()).contains("1 of 41 points lie outside every grid");
                List<String> demoGrids = Files.readAllLines(out.resolve("located.csv")).stream().skip(1)
                        .map(l -> l.split(",", -1)[4]).toList();
                List<String> cliGrids = Files.readAllLines(out.resolve("located-grids.csv")).stream().skip(1)
                        .map(l -> l.split(",", -1)[1]).toList();
                assertThat(cliGrids).isEqualTo(demoGrids);
            } else if (command.startsWith("gridgov duties check")) {
                assertThat(r.out()).contains("against 35,166 obligations");
                assertThat(Files.readAllBytes(out.resolve("facts-2026-11.json"))).isEqualTo(written.get("facts-2026-11.json"));
            } else if (command.startsWith("gridgov cases stats")) {
                assertThat(Files.readAllBytes(out.resolve("cases-facts-2026-11.json")))
                        .isEqualTo(written.get("cases-facts-2026-11.json"));
            } else if (command.startsWith("gridgov cases lists")) {
                assertThat(r.out()).contains("s1");
            } else if (command.startsWith("gridgov assess")) {
                assertThat(r.exit()).as(r.err()).isZero();
                assertThat(r.out()).contains("Worst: g217 (0.0)").contains("g354 (1010.0)");
            }
        }
    }
}
