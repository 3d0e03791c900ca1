package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.Severity;
import io.gridgov.geo.CoordinateSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The faces paths of the group checks ({@link SiblingGroupValidation.Paths#FACES_WHERE_CLEAN}: one
 * noding of a group's children and parent, or of their union's outline and the parent's, its faces
 * labelled) find what the overlays find ({@link SiblingGroupValidation.Paths#OVERLAYS_ONLY}: child ∩
 * child, parent − union, union − parent), on messy groups: lattices of grids with bent borders whose
 * parent outline was redrawn off them by up to {@code metres} (the children tile each other exactly,
 * the union's outline path), or whose grids were each digitised on its own, every vertex moved by up to
 * {@code metres} (gaps and overlaps between siblings, the faces of all rings), in projected metres and in
 * lon/lat, at tolerances 0, the default and 2 m. The two node the same rings in different batches, so a
 * crossing of two nearly parallel lines may land elsewhere along them by a rounding error; the pieces are
 * then the same up to slivers far narrower than the validator's noise, which may move a piece into or
 * out of its border's group, and a piece may carry a node the other path did not make. What must be
 * equal is therefore, per border (rule, grids): that it is reported, its worst severity, the planar area
 * of its pieces (to 1e-9 of it plus the validator's noise strip, 1e-12 of the coordinates' magnitude
 * wide, along them) and its area in m² to 1e-4 of it plus 0.01 m² (on the ellipsoid, a vertex inserted on
 * a segment of a lon/lat piece bends its geodesic).
 */
class FacesPathProperties {

    private static final double[] TOLERANCES = {0, ValidationOptions.DEFAULT_TOLERANCE_METRES, 2};

    @Property(tries = 300)
    void facesFindWhatOverlaysFind(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed,
            @ForAll @IntRange(min = 1, max = 5) int cols, @ForAll @IntRange(min = 1, max = 5) int rows,
            @ForAll boolean digitised, @ForAll @DoubleRange(min = 0.05, max = 12) double metres,
            @ForAll @IntRange(min = 0, max = 2) int tolerance, @ForAll boolean lonLat) {
        Random random = new Random(seed);
        Geometry[] group = group(random, cols, rows, digitised, metres, lonLat);
        Assume.that(group != null);
        CoordinateSystem crs = lonLat ? CoordinateSystem.LON_LAT_WGS84 : CoordinateSystem.PROJECTED_METRES;
        ValidationOptions options = ValidationOptions.builder().toleranceMetres(TOLERANCES[tolerance])
                .parallelism(1).build();
        List<Violation> overlays = validate(group, options, crs, SiblingGroupValidation.Paths.OVERLAYS_ONLY);
        List<Violation> faces = validate(group, options, crs, SiblingGroupValidation.Paths.FACES_WHERE_CLEAN);
        Statistics.label("borders reported").collect(overlays.isEmpty() ? "none" : overlays.size() < 5 ? "1-4" : "5+");
        double magnitude = magnitude(group);
        Map<String, Border> expected = borders(overlays);
        Map<String, Border> actual = borders(faces);
        assertThat(actual.keySet()).as("borders reported").isEqualTo(expected.keySet());
        for (Map.Entry<String, Border> e : expected.entrySet()) {
            Border want = e.getValue();
            Border got = actual.get(e.getKey());
            assertThat(got.worst()).as("worst severity of %s", e.getKey()).isEqualTo(want.worst());
            double noise = 1e-12 * magnitude * Math.max(got.length(), want.length());
            assertThat(Math.abs(got.area() - want.area())).as("planar area of %s: %s vs %s", e.getKey(), got, want)
                    .isLessThanOrEqualTo(1e-9 * want.area() + noise);
            assertThat(Math.abs(got.areaM2() - want.areaM2())).as("area of %s: %s vs %s", e.getKey(), got, want)
                    .isLessThanOrEqualTo(1e-4 * want.areaM2() + 1e-2);
        }
    }

    @Example
    void anOverlapNarrowerThanTheToleranceIsAWarningOnBothPaths() {
        // a sample the property found: an overlap whose inscribed diameter is 1.986 m at a 2 m
        // tolerance; the faces path's piece carried two vertices of 180°, and the inward buffer
        // held a 2 m disc in it (ERROR) where the overlays' triangle held none (WARNING)
        facesFindWhatOverlaysFind(165L, 5, 4, true, 4.81, 2, false);
    }

    @Example
    void anOutsidePieceARoundingErrorWideHasAnOwner() {
        // a sample the property found: the overlays path cut a piece 0.5 mm wide outside the parent
        // that shared no vertex, no exact facet and no area with any child, and reported it with no
        // grid named (an OUTSIDE_PARENT border "[]" the faces path did not have)
        facesFindWhatOverlaysFind(4666264L, 3, 3, true, 0.1, 0, false);
    }

    /** The group's findings, grouped per border as the validator reports them. */
    private static List<Violation> validate(Geometry[] group, ValidationOptions options, CoordinateSystem crs,
            SiblingGroupValidation.Paths paths) {
        List<String> ids = new ArrayList<>();
        List<Geometry> children = new ArrayList<>();
        List<HierarchicalValidation.Checked> members = new ArrayList<>();
        for (int i = 0; i + 1 < group.length; i++) {
            ids.add(String.format("g%02d", i));
            children.add(group[i]);
            members.add(null);
        }
        HierarchicalValidation.GroupInput input = HierarchicalValidation.GroupInput.checked(Optional.of("parent"),
                HierarchicalValidation.check(group[group.length - 1]), 1, Optional.empty(), ids, children, members);
        STRtree noAllowedGaps = new STRtree();
        noAllowedGaps.build();
        return BorderGrouping.group(new SiblingGroupValidation(input, options, crs, List.of(), noAllowedGaps, paths)
                .run(), crs);
    }

    /** {@return the largest absolute coordinate of the group} (the scale of its rounding errors) */
    private static double magnitude(Geometry[] group) {
        double m = 0;
        for (Geometry g : group) {
            Envelope e = g.getEnvelopeInternal();
            m = Math.max(m, Math.max(Math.max(Math.abs(e.getMinX()), Math.abs(e.getMaxX())),
                    Math.max(Math.abs(e.getMinY()), Math.abs(e.getMaxY()))));
        }
        return m;
    }

    /** What one border's findings add up to: worst severity, area (m²), planar area and length of the pieces. */
    private record Border(Severity worst, double areaM2, double area, double length) {
    }

    private static Map<String, Border> borders(List<Violation> found) {
        Map<String, Border> borders = new TreeMap<>();
        for (Violation v : found) {
            String key = v.rule() + " " + new TreeSet<>(v.gridIds());
            Optional<Geometry> piece = v.geometry();
            borders.merge(key, new Border(v.severity(), v.areaM2(), piece.map(Geometry::getArea).orElse(0.0),
                    piece.map(Geometry::getLength).orElse(0.0)),
                    (a, b) -> new Border(a.worst().compareTo(b.worst()) <= 0 ? a.worst() : b.worst(),
                            a.areaM2() + b.areaM2(), a.area() + b.area(), a.length() + b.length()));
        }
        return borders;
    }

    /**
     * Children (cols × rows grids about 100 m wide, bent borders) then the parent, the children's outline
     * redrawn or, when digitised, itself; null when a geometry is invalid.
     */
    private static Geometry[] group(Random random, int cols, int rows, boolean digitised, double metres,
            boolean lonLat) {
        int between = 1 + random.nextInt(6);
        double bend = random.nextDouble() * 4;
        BentBorders.Lattice lattice = BentBorders.lattice(random, cols, rows, 20, between, bend);
        List<List<Coordinate>> rings = lattice.rings();
        Geometry[] out = new Geometry[cols * rows + 1];
        for (int i = 0; i < rings.size(); i++) {
            List<Coordinate> ring = rings.get(i);
            out[i] = BentBorders.polygon(digitised ? moved(ring, metres, random) : ring, lonLat);
        }
        List<Coordinate> outer = new ArrayList<>(lattice.outline());
        out[cols * rows] = BentBorders.polygon(digitised ? outer : redrawn(outer, metres, random), lonLat);
        for (Geometry g : out) {
            if (!g.isValid()) {
                return null;
            }
        }
        return out;
    }

    /** A closed ring with every vertex moved by up to {@code metres} (the closing vertex with the first). */
    private static List<Coordinate> moved(List<Coordinate> ring, double metres, Random random) {
        List<Coordinate> out = new ArrayList<>();
        for (int k = 0; k + 1 < ring.size(); k++) {
            Coordinate a = ring.get(k);
            out.add(new Coordinate(a.x + metres * (random.nextDouble() - 0.5) * 2,
                    a.y + metres * (random.nextDouble() - 0.5) * 2));
        }
        out.add(new Coordinate(out.get(0)));
        return out;
    }

    /** A closed ring redrawn: every vertex moved by up to {@code metres}, and vertices added between, as moved. */
    private static List<Coordinate> redrawn(List<Coordinate> ring, double metres, Random random) {
        List<Coordinate> out = new ArrayList<>();
        for (int k = 0; k + 1 < ring.size(); k++) {
            Coordinate a = ring.get(k);
            Coordinate b = ring.get(k + 1);
            out.add(new Coordinate(a.x + metres * (random.nextDouble() - 0.5) * 2,
                    a.y + metres * (random.nextDouble() - 0.5) * 2));
            if (random.nextBoolean()) {
                double t = random.nextDouble();
                out.add(new Coordinate(a.x + t * (b.x - a.x) + metres * (random.nextDouble() - 0.5) * 2,
                        a.y + t * (b.y - a.y) + metres * (random.nextDouble() - 0.5) * 2));
            }
        }
        out.add(new Coordinate(out.get(0)));
        return out;
    }
}
