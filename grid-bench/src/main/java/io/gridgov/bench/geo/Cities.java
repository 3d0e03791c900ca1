package io.gridgov.bench.geo;

import io.gridgov.geo.CoordinateSystem;
import io.gridgov.testkit.Partition;
import io.gridgov.testkit.PartitionSpec;
import io.gridgov.testkit.Partitions;
import io.gridgov.testkit.Style;
import java.util.Random;
import org.locationtech.jts.geom.Envelope;

/**
 * The generated three-level cities of the grid-geo benchmarks, from grid-testkit's generator
 * ({@link Partitions#generate}): street blocks of about 100 m × 100 m with about 100 vertices each,
 * shared borders jittered and vertex-identical on both sides, every parent the exact union of its
 * children — or, with {@code densifiedParents}, that union with a midpoint in every segment.
 */
final class Cities {

    /** Intermediate vertices per border: about 100 vertices per leaf (T-junctions add borders). */
    static final int VERTICES_PER_BORDER = 17;
    /** Perpendicular jitter of border vertices: up to 1.2 % of the border's length. */
    static final double NOISE = 0.012;

    private Cities() {
    }

    /**
     * The spec of a three-level lon/lat city near Guiyang.
     *
     * @param leaves 1000 (4 streets × 16 communities × 16 grids = 1 024 leaves), 10000 (16 × 25 × 25)
     *     or 100000 (16 × 64 × 100 = 102 400)
     * @param densifiedParents whether every non-leaf grid gets a midpoint in every segment: the same
     *     shapes, still valid, but no leaf group shares its parent's vertices, so the validator's
     *     exact-tiling certificate takes none of them (its near-tiling certificate does)
     * @return the spec
     */
    static PartitionSpec spec(int leaves, boolean densifiedParents) {
        int[] fanOuts = switch (leaves) {
            case 1000 -> new int[] {4, 16, 16};
            case 10000 -> new int[] {16, 25, 25};
            case 100000 -> new int[] {16, 64, 100};
            default -> throw new IllegalArgumentException("leaves must be 1000, 10000 or 100000 but was " + leaves);
        };
        return PartitionSpec.builder().style(Style.STREET_BLOCKS).fanOuts(fanOuts).verticesPerBorder(VERTICES_PER_BORDER)
                .noise(NOISE).leafSizeMetres(100).crs(CoordinateSystem.LON_LAT_WGS84).seed(2026)
                .densifiedParents(densifiedParents).build();
    }

    /** {@return the city of {@link #spec}} */
    static Partition of(int leaves, boolean densifiedParents) {
        return Partitions.generate(spec(leaves, densifiedParents));
    }

    /**
     * Random points over the city's bounding box widened by 1 % on each side (about 4 % of the
     * points fall outside the city).
     *
     * @param city the city
     * @param n how many points
     * @param seed the seed
     * @return {@code {xs, ys}}
     */
    static double[][] randomPoints(Partition city, int n, long seed) {
        Envelope e = new Envelope();
        city.roots().forEach(id -> e.expandToInclude(city.geometries().get(id).getEnvelopeInternal()));
        Random random = new Random(seed);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = e.getMinX() + e.getWidth() * (random.nextDouble() * 1.02 - 0.01);
            ys[i] = e.getMinY() + e.getHeight() * (random.nextDouble() * 1.02 - 0.01);
        }
        return new double[][] {xs, ys};
    }
}
