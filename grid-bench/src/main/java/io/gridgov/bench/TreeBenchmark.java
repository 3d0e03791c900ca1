package io.gridgov.bench;

import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.format.TreeJson;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The grid tree at national scale: a 5-level tree of 710,241 nodes ({@link SyntheticTrees}).
 * Goals (issue 2): load from JSON in ≤ 3 s within ≤ 600 MB of heap; lookups well under a microsecond.
 *
 * <pre>
 * java -jar grid-bench/target/benchmarks.jar TreeBenchmark -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TreeBenchmark {

    /** The tree in memory, for lookups. */
    @State(Scope.Benchmark)
    public static class InMemory {
        GridTree tree;
        String[] ids;
        String[] codes;
        String[] counties;
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            tree = SyntheticTrees.tree();
            SplittableRandom random = new SplittableRandom(1);
            List<GridNode> all = tree.nodes().toList();
            ids = new String[4096];
            codes = new String[4096];
            for (int i = 0; i < ids.length; i++) {
                GridNode n = all.get(random.nextInt(all.size()));
                ids[i] = n.id();
                codes[i] = n.code().orElseThrow();
            }
            List<GridNode> level3 = tree.atLevel(3);
            counties = new String[256];
            for (int i = 0; i < counties.length; i++) {
                counties[i] = level3.get(random.nextInt(level3.size())).id();
            }
        }
    }

    /** The tree as a JSON file, for loading. */
    @State(Scope.Benchmark)
    public static class OnDisk {
        Path file;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            file = Files.createTempFile("gridgov-bench-tree", ".json");
            TreeJson.write(TreeDocument.of(SyntheticTrees.tree(), Staffing.empty()), file);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            Files.deleteIfExists(file);
        }
    }

    /** Reads and assembles the whole 710,241-node file. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx600m", "-Xms600m"})
    public GridTree loadJson(OnDisk disk) {
        return TreeJson.read(disk.file, Optional.empty()).tree();
    }

    /** A node by id. */
    @Benchmark
    public Optional<GridNode> lookupById(InMemory m) {
        return m.tree.node(m.ids[m.next++ & 4095]);
    }

    /** A node by code. */
    @Benchmark
    public Optional<GridNode> lookupByCode(InMemory m) {
        return m.tree.byCode(m.codes[m.next++ & 4095]);
    }

    /** The parent of a node. */
    @Benchmark
    public Optional<GridNode> parent(InMemory m) {
        return m.tree.parent(m.ids[m.next++ & 4095]);
    }

    /** The 216 villages (level 5) of a county (level 3). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<GridNode> descendantsAtLevel(InMemory m) {
        return m.tree.descendantsAtLevel(m.counties[m.next++ & 255], 5);
    }
}
