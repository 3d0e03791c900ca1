package io.gridgov.bench.testkit;

import io.gridgov.testkit.Partition;
import io.gridgov.testkit.PartitionSpec;
import io.gridgov.testkit.Partitions;
import io.gridgov.testkit.Style;
import io.gridgov.bench.SingleShotBenchmark;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Generation of a four-level city of 10,000 leaf grids (1 city × 20 districts × 25 communities ×
 * 20 grids) with 6 vertices per border, 5 enterprise holes and 5 lakes, in both styles.
 *
 * <pre>
 * java -jar grid-bench/target/benchmarks.jar GenerateCityBenchmark
 * </pre>
 */
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Xms1g"})
public class GenerateCityBenchmark extends SingleShotBenchmark {

    /** The style of the city. */
    @Param({"STREET_BLOCKS", "ORGANIC"})
    public Style style;

    /** Leaves: 10000 (1 × 20 × 25 × 20) or 1000 (1 × 10 × 10 × 10). */
    @Param({"10000"})
    public int leaves;

    private PartitionSpec spec;

    @Setup
    public void spec() {
        int[] fanOuts = switch (leaves) {
            case 1000 -> new int[] {1, 10, 10, 10};
            case 10000 -> new int[] {1, 20, 25, 20};
            case 100000 -> new int[] {1, 40, 50, 50};
            default -> throw new IllegalArgumentException("leaves must be 1000, 10000 or 100000 but was " + leaves);
        };
        spec = PartitionSpec.builder().style(style).fanOuts(fanOuts).verticesPerBorder(6).holes(5).lakes(5)
                .dedicatedShare(0.05).seed(2026).build();
    }

    /** {@return the generated city} */
    @Benchmark
    public Partition generate() {
        return Partitions.generate(spec);
    }
}
