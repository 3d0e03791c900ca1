package io.gridgov.bench.geo;

import io.gridgov.core.tree.GridNode;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationOptions;
import io.gridgov.geo.validate.ValidationReport;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import io.gridgov.bench.SingleShotBenchmark;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Hierarchical validation of a generated three-level city ({@link Cities}, grid-testkit's generator) against JTS CoverageValidator alone on
 * the leaf level, and against a brute-force pairwise-overlay check.
 *
 * <pre>
 * java -Xmx4g -jar grid-bench/target/benchmarks.jar ValidationBenchmark -p leaves=10000 -p parents=exact
 * </pre>
 */
@Fork(value = 1, jvmArgs = {"-Xmx4g", "-Xms1g"})
public class ValidationBenchmark extends SingleShotBenchmark {

    @Param({"1000", "10000", "100000"})
    public int leaves;

    /** Threads of the hierarchical validation. */
    @Param({"1", "2"})
    public int threads;

    /**
     * {@code exact}: parents are the exact union of their children, vertex for vertex (the fast
     * exact-tiling certificate applies to every group); {@code densified}: a midpoint in every
     * segment of every non-leaf grid (same shapes, still valid, but no leaf group is an exact
     * tiling; the near-tiling certificate takes them, the full checks before it existed).
     */
    @Param({"exact", "densified"})
    public String parents;

    private GeoPartition partition;
    private Geometry[] leafGeometries;
    private ValidationOptions options;

    @Setup(Level.Trial)
    public void generate() {
        if (!parents.equals("exact") && !parents.equals("densified")) {
            throw new IllegalArgumentException("parents must be exact or densified but was " + parents);
        }
        partition = Cities.of(leaves, parents.equals("densified")).toGeoPartition();
        leafGeometries = partition.tree().leaves().stream().map(GridNode::id).map(partition.geometries()::get)
                .toArray(Geometry[]::new);
        options = ValidationOptions.builder().parallelism(threads).build();
        ValidationReport check = PartitionValidator.validate(partition, options);
        if (!check.violations().isEmpty()) {
            throw new IllegalStateException("the generated city should be valid: " + check.violations().get(0));
        }
    }

    /** Every level, every rule, in one call. */
    @Benchmark
    public ValidationReport hierarchical() {
        return PartitionValidator.validate(partition, options);
    }

    /** JTS CoverageValidator alone on all leaves as one coverage (single-threaded; overlaps and edge mismatches only). */
    @Benchmark
    public Geometry[] coverageValidatorLeaves() {
        return CoverageValidator.validate(leafGeometries);
    }

    /**
     * Brute force per sibling group: OverlayNG intersection of every pair of siblings (no index, no
     * envelope test of our own; OverlayNG itself returns early for envelope-disjoint pairs), the
     * union by folding OverlayNG unions, and the two differences with the parent.
     */
    @Benchmark
    public BruteForceOverlay.Measures bruteForcePairwiseOverlay() {
        if (leaves > 10000) {
            throw new UnsupportedOperationException("brute force is measured up to 10k leaves");
        }
        return BruteForceOverlay.measure(partition, 1e-6);
    }
}
