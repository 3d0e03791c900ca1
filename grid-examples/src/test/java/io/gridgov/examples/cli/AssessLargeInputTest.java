package io.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.facts.FactFiles;
import io.gridgov.core.facts.FactSet;
import io.gridgov.scoring.Presets;
import io.gridgov.scoring.Scheme;
import io.gridgov.scoring.Scoring;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 §1, large inputs: {@code gridgov assess} streams the facts, keeps only a compact entry per
 * subject for the ranking and a bounded fact check, and writes its report as it goes — so 200,000
 * subjects are assessed in a JVM of {@value #HEAP} heap, where holding their facts and scorecards takes
 * about 150 MB (the code before this test ran out of memory with it: exit 2, "not enough memory"). The
 * command runs in a JVM of its own, started with that heap and the client compiler (it starts faster),
 * and writes its CSV report (two passes over the facts, the second once the ranking is known) to standard
 * output, which it spools to a temporary file first.
 */
class AssessLargeInputTest {

    private static final int SUBJECTS = 100_000;
    private static final String HEAP = "48m";
    private static final String SCHEME = "grid-worker-monthly";

    /** The facts of grid {@code i}: what the scheme needs, 200 peer groups, a gap and a misspelling now and then. */
    private static String row(int i) {
        int v = Math.floorMod(i * 7919, 1009);
        String falsification = i % 1000 == 999 ? "" : String.valueOf(i % 4999 == 0 ? 1 : 0);
        String misspelt = i % 25_000 == 7 ? "0" : "";
        return "w" + i + ",L4/k" + (i % 200) + ",30," + (20 + v % 11) + "," + (v % 3) + ",20," + (14 + v % 7) + ",6,"
                + (5 + v % 2) + "," + (55 + v % 46) + "," + falsification + ",0," + misspelt + "\n";
    }

    private static final String HEADER = "id,group,duty.patrol.required,duty.patrol.done,duty.patrol.late,"
            + "duty.collect.required,duty.collect.done,duty.report.required,duty.report.done,satisfaction.percent,"
            + "falsification,incident.serious.unreported,falsificaton\n";

    @Test
    void aHundredThousandSubjectsAreAssessedInASmallHeap(@TempDir Path dir) throws Exception {
        Path facts = write(dir.resolve("facts.csv"));
        Path out = dir.resolve("scores.csv");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + dir,
                "-cp", System.getProperty("java.class.path"), GridGovCli.class.getName(),
                "assess", "--scheme", SCHEME, "--facts", facts.toString(), "--format", "csv")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("gridgov assess did not finish in 3 minutes in a heap of " + HEAP);
        }
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(errors).isZero();

        // the fact check, summarised: 100 grids lack falsification (10 named, then the count), 4 misspell it
        assertThat(errors).contains("90 more subjects lack fact \"falsification\" read by V1")
                .contains("fact \"falsificaton\" (4 subjects) is read by no rule");
        assertThat(errors.lines().count()).isLessThan(40);

        Scheme scheme = Presets.load(SCHEME);
        String known = "w83457";
        FactSet one = FactFiles.readCsv(HEADER + row(83_457), "one.csv");
        BigDecimal expected = Scoring.score(scheme, one).get(0).total();
        int rows = 0;
        int ranked = 0;
        int red = 0;
        String[] knownRow = null;
        try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            assertThat(r.readLine()).startsWith("subject,group,period,base,bonus,total,grade,rank,red,black");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] c = line.split(",", -1);
                rows++;
                if (!c[7].isEmpty()) {
                    ranked++;
                }
                if (c[8].equals("true")) {
                    red++;
                }
                if (c[0].equals(known)) {
                    knownRow = c;
                }
            }
        }
        assertThat(rows).isEqualTo(SUBJECTS);
        assertThat(ranked).isEqualTo(SUBJECTS);           // no veto of the scheme excludes a grid
        assertThat(red).isBetween(1, 200 * 3);            // at most 3 per peer group, ties cut by the next key
        assertThat(knownRow).isNotNull();
        assertThat(List.of(knownRow).subList(0, 2)).containsExactly(known, "L4/k57");
        assertThat(knownRow[5]).isEqualTo(expected.toPlainString());
        assertThat(knownRow[7]).isNotEmpty();
    }

    /** {@return the test's facts file, written row by row} */
    static Path write(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            for (int i = 0; i < SUBJECTS; i++) {
                w.write(row(i));
            }
        }
        return file;
    }
}
