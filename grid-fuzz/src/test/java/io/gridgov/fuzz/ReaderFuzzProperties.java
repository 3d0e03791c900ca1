package io.gridgov.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.fuzz.Readers.Reader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The fuzz harness: for every reader, mutated sample files pushed through the reader and the stage
 * after it must keep the {@link Contract}. The number of cases per reader is jqwik's default tries:
 * 200 in {@code mvn -B verify} (seconds), 100,000 with {@code -Pfuzz}; see docs/robustness.md. With
 * {@code -Dgridgov.fuzz.collect=true} a run goes on past violations and only saves them (to find
 * them all); otherwise the first one fails its property. Every input that ever broke the contract is
 * a fixture replayed by {@link CrashRegressionTest}.
 */
class ReaderFuzzProperties {

    static final boolean COLLECT = Boolean.getBoolean("gridgov.fuzz.collect");

    private static void holds(String name, byte[] input) {
        Reader reader = Readers.named(name);
        Optional<String> violation = Harness.check(reader, input);
        if (!COLLECT) {
            assertThat(violation).as("%s: %d bytes, saved under target/fuzz-crashes/%s", name, input.length, name)
                    .isEmpty();
        }
    }

    private static Arbitrary<byte[]> mutations(String name) {
        Reader reader = Readers.named(name);
        List<byte[]> seeds = reader.seeds();
        Mutator m = new Mutator(reader.format());
        return Arbitraries.randomValue(r -> m.mutate(seeds.get(r.nextInt(seeds.size())), r));
    }

    @Provide Arbitrary<byte[]> tree() { return mutations("tree"); }
    @Provide Arbitrary<byte[]> levels() { return mutations("levels"); }
    @Provide Arbitrary<byte[]> calendar() { return mutations("calendar"); }
    @Provide Arbitrary<byte[]> templates() { return mutations("templates"); }
    @Provide Arbitrary<byte[]> activitiesJsonl() { return mutations("activities-jsonl"); }
    @Provide Arbitrary<byte[]> activitiesCsv() { return mutations("activities-csv"); }
    @Provide Arbitrary<byte[]> factsJson() { return mutations("facts-json"); }
    @Provide Arbitrary<byte[]> factsCsv() { return mutations("facts-csv"); }
    @Provide Arbitrary<byte[]> scheme() { return mutations("scheme"); }
    @Provide Arbitrary<byte[]> geojson() { return mutations("geojson"); }
    @Provide Arbitrary<byte[]> events() { return mutations("events"); }
    @Provide Arbitrary<byte[]> categories() { return mutations("categories"); }
    @Provide Arbitrary<byte[]> open311() { return mutations("open311"); }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void treeAndStructuralRules(@ForAll("tree") byte[] input) { holds("tree", input); }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void levelSchemeAndATreeOnIt(@ForAll("levels") byte[] input) { holds("levels", input); }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void calendarAndWorkingTime(@ForAll("calendar") byte[] input) { holds("calendar", input); }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void dutyTemplatesAndAPlan(@ForAll("templates") byte[] input) { holds("templates", input); }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void activityLinesAndCompliance(@ForAll("activitiesJsonl") byte[] input) { holds("activities-jsonl", input); }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void activityCsvAndCompliance(@ForAll("activitiesCsv") byte[] input) { holds("activities-csv", input); }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void factsJsonAndScoring(@ForAll("factsJson") byte[] input) { holds("facts-json", input); }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void factsCsvAndScoring(@ForAll("factsCsv") byte[] input) { holds("facts-csv", input); }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void schemeAndScoring(@ForAll("scheme") byte[] input) { holds("scheme", input); }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void geoJsonAndValidation(@ForAll("geojson") byte[] input) { holds("geojson", input); }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void caseEventsReplayAndStatistics(@ForAll("events") byte[] input) { holds("events", input); }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void caseCategoriesAndReplay(@ForAll("categories") byte[] input) { holds("categories", input); }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void open311AndReplay(@ForAll("open311") byte[] input) { holds("open311", input); }

    /** Writes the counts and durations of this run to target/fuzz-reports/summary.txt (and prints them). */
    @AfterContainer
    static void summary() throws IOException {
        Map<String, Harness.Stats> stats = new TreeMap<>(Harness.allStats());
        StringBuilder b = new StringBuilder("fuzz run, " + System.getProperty("gridgov.fuzz.tries", "?")
                + " tries per reader, heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB\n");
        stats.forEach((k, v) -> b.append(String.format("%-17s %s%n", k, v)));
        Path out = Harness.TARGET.resolve("fuzz-reports").resolve("summary.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, b);
        System.out.print(b);
    }
}
