package io.gridgov.geo.testing;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A simple generator of valid N-level partitions for tests and benchmarks (shipped in grid-geo's
 * test-jar; grid-testkit generalises it): a rectangle cut into {@code fanout[0]} columns × rows of
 * level-1 cells, each cut again into {@code fanout[1]}², and so on. Every cell edge is densified
 * with {@code densify} segments per leaf edge, optionally with a deterministic perpendicular
 * jitter, computed from the global lattice position, so shared borders are vertex-identical on
 * both sides and each parent is exactly the union of its children.
 *
 * <p>Ids: {@code L<level>-<column>-<row>} in that level's lattice. Immutable; thread-safe.
 *
 * @param fanout cells per side at each level (level 1 first): level k has ∏ fanout[0..k]² cells
 * @param densify segments per leaf edge (≥ 1); a leaf has about 4 × densify vertices
 * @param cellMetres the side of a leaf cell in metres
 * @param jitter perpendicular displacement of edge vertices as a fraction of the vertex spacing (0 ≤ jitter < 0.5)
 * @param crs projected metres (origin 500 000, 2 900 000) or lon/lat near 106.7°E 26.5°N
 */
public record RectangleCity(int[] fanout, int densify, double cellMetres, double jitter, CoordinateSystem crs) {

    private static final GeometryFactory PROJECTED = new GeometryFactory(new PrecisionModel(), 0);
    private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4326);
    private static final double X0 = 500_000;
    private static final double Y0 = 2_900_000;
    private static final double LON0 = 106.7;
    private static final double LAT0 = 26.5;
    private static final double M_PER_DEG_LAT = 110_758.0;
    private static final double M_PER_DEG_LON = 99_641.0;

    /** Validates the components. */
    public RectangleCity {
        fanout = fanout.clone();
        if (fanout.length == 0 || densify < 1 || !(cellMetres > 0) || jitter < 0 || jitter >= 0.5) {
            throw new IllegalArgumentException("bad generator parameters");
        }
    }

    /** {@return a projected city with plain edges} */
    public static RectangleCity projected(int densify, int... fanout) {
        return new RectangleCity(fanout, densify, 100, 0, CoordinateSystem.PROJECTED_METRES);
    }

    /** {@return the number of leaf cells per side} */
    public int leafSide() {
        int side = 1;
        for (int f : fanout) {
            side *= f;
        }
        return side;
    }

    /** {@return the number of leaves} */
    public int leafCount() {
        return leafSide() * leafSide();
    }

    /** {@return a scheme with one level per fanout entry, each requiring a single piece} */
    public LevelScheme scheme() {
        List<Level> levels = new ArrayList<>();
        for (int k = 1; k <= fanout.length; k++) {
            levels.add(Level.builder("level-" + k).build());
        }
        return new LevelScheme("rectangles", "矩形", "rectangles", levels);
    }

    /** The generated nodes and geometries, in pre-order. */
    public record Generated(LevelScheme scheme, List<GridNode> nodes, Map<String, Geometry> geometries,
            CoordinateSystem crs) {
        /** {@return the partition} */
        public GeoPartition partition() {
            return GeoPartition.assemble(scheme, nodes, geometries, crs);
        }
    }

    /** {@return the nodes and geometries of every level} */
    public Generated generate() {
        List<GridNode> nodes = new ArrayList<>();
        Map<String, Geometry> geometries = new LinkedHashMap<>();
        int side = leafSide();
        int cellsPerSide = 1;
        int span = side;
        for (int k = 0; k < fanout.length; k++) {
            cellsPerSide *= fanout[k];
            int parentSpan = span;
            span /= fanout[k];
            for (int col = 0; col < cellsPerSide; col++) {
                for (int row = 0; row < cellsPerSide; row++) {
                    String id = id(k + 1, col, row);
                    GridNode.Builder b = GridNode.builder(id).level("level-" + (k + 1));
                    if (k > 0) {
                        b.parent(id(k, col * span / parentSpan, row * span / parentSpan));
                    }
                    nodes.add(b.build());
                    geometries.put(id, cell(col * span, row * span, (col + 1) * span, (row + 1) * span));
                }
            }
        }
        return new Generated(scheme(), nodes, geometries, crs);
    }

    /** {@return the id of a cell} */
    public static String id(int level, int col, int row) {
        return "L" + level + "-" + col + "-" + row;
    }

    /** {@return the leaf-lattice rectangle [i0, i1] × [j0, j1] as a densified polygon} */
    public Polygon cell(int i0, int j0, int i1, int j1) {
        int d = densify;
        List<Coordinate> ring = new ArrayList<>((i1 - i0 + j1 - j0) * 2 * d + 1);
        for (int I = i0 * d; I < i1 * d; I++) {
            ring.add(horizontal(I, j0));
        }
        for (int J = j0 * d; J < j1 * d; J++) {
            ring.add(vertical(i1, J));
        }
        for (int I = i1 * d; I > i0 * d; I--) {
            ring.add(horizontal(I, j1));
        }
        for (int J = j1 * d; J > j0 * d; J--) {
            ring.add(vertical(i0, J));
        }
        ring.add(ring.get(0).copy());
        return factory().createPolygon(ring.toArray(new Coordinate[0]));
    }

    /** {@return the geometry factory of the coordinate system} */
    public GeometryFactory factory() {
        return crs.isGeographic() ? LON_LAT : PROJECTED;
    }

    private Coordinate horizontal(int subI, int j) {
        double u = (double) subI / densify;
        double v = j;
        if (subI % densify != 0) {
            v += jitter / densify * noise(subI, j, 1);
        }
        return point(u, v);
    }

    private Coordinate vertical(int i, int subJ) {
        double u = i;
        double v = (double) subJ / densify;
        if (subJ % densify != 0) {
            u += jitter / densify * noise(i, subJ, 2);
        }
        return point(u, v);
    }

    /** {@return a coordinate for a position in leaf units} */
    public Coordinate point(double u, double v) {
        double x = u * cellMetres;
        double y = v * cellMetres;
        if (crs.isGeographic()) {
            return new Coordinate(LON0 + x / M_PER_DEG_LON, LAT0 + y / M_PER_DEG_LAT);
        }
        return new Coordinate(X0 + x, Y0 + y);
    }

    private static double noise(int a, int b, int salt) {
        long h = a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL + salt * 0x165667B19E3779F9L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return ((h >>> 11) * 0x1.0p-53) * 2 - 1;
    }
}
