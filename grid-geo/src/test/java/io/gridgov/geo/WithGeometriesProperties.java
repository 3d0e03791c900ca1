package io.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.io.InvalidInputException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * {@link GeoPartition#withGeometries} checks only the replacements, yet answers exactly as the
 * constructor given every geometry: the same partition, or the same error. The constructor takes a
 * partition's own (checked, unmodifiable) geometries without checking them again, with the same
 * result.
 */
class WithGeometriesProperties {

    /** Replacements of every kind: fitting, out of range, NaN, empty, of no node, a partition's own. */
    @Property(tries = 300)
    void replacingAnswersAsTheConstructorGivenEveryGeometry(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 6) int count, @ForAll boolean projected) {
        Random random = new Random(seed);
        CoordinateSystem crs = projected ? CoordinateSystem.PROJECTED_METRES : CoordinateSystem.LON_LAT_WGS84;
        double x0 = projected ? 500_000 : 179.99;
        double size = projected ? 300 : 0.003;
        GeoPartition p = CoordinateFitTest.row(x0 - 4 * size, 26.5, size, 4, crs);
        Map<String, Geometry> replacements = new LinkedHashMap<>();
        for (int k = 0; k < count; k++) {
            String id = random.nextInt(8) == 0 ? "nobody" : random.nextBoolean() ? "p" : "g" + random.nextInt(4);
            replacements.put(id, replacement(random, p, id, x0, size));
        }
        Map<String, Geometry> merged = new HashMap<>(p.geometries());
        merged.putAll(replacements);
        Object expected = made(p, merged);
        // which replacements the constructor rejects on their own: with two, either may be named
        int rejected = 0;
        for (Map.Entry<String, Geometry> e : replacements.entrySet()) {
            Map<String, Geometry> one = new HashMap<>(p.geometries());
            one.put(e.getKey(), e.getValue());
            rejected += made(p, one) instanceof RuntimeException ? 1 : 0;
        }
        if (expected instanceof RuntimeException e) {
            if (rejected == 1) {
                assertThatThrownBy(() -> p.withGeometries(replacements)).isInstanceOf(e.getClass())
                        .hasMessage(e.getMessage());
            } else {
                assertThatThrownBy(() -> p.withGeometries(replacements)).isInstanceOf(RuntimeException.class);
            }
        } else {
            GeoPartition replaced = p.withGeometries(replacements);
            assertThat(replaced).isEqualTo(expected);
            assertThat(replaced.geometries()).isEqualTo(((GeoPartition) expected).geometries());
        }
    }

    /** {@return the partition the constructor makes of these geometries, or what it throws} */
    private static Object made(GeoPartition p, Map<String, Geometry> geometries) {
        try {
            return new GeoPartition(p.tree(), geometries, p.crs(), p.allowedGaps(), p.assemblyFindings());
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static Geometry replacement(Random random, GeoPartition p, String id, double x0, double size) {
        switch (random.nextInt(6)) {
            case 0:
                return p.geometry(id).orElse(CoordinateFitTest.box(x0 - size, 26.5, x0, 26.5 + size));
            case 1:
                return CoordinateFitTest.F.createPolygon();
            case 2:
                // NaN in a vertex that does not close the ring (a NaN first vertex would not close it)
                return CoordinateFitTest.F.createPolygon(new Coordinate[] {new Coordinate(x0 - size, 26.5),
                    new Coordinate(Double.NaN, 26.5), new Coordinate(x0, 26.5 + size),
                    new Coordinate(x0 - size, 26.5 + size), new Coordinate(x0 - size, 26.5)});
            case 3:
                // reaches past x0 + size: beyond 180° for lon/lat
                return CoordinateFitTest.box(x0 - size, 26.5, x0 + 2 * size, 26.5 + size);
            default:
                double shift = random.nextDouble() * size;
                return CoordinateFitTest.box(x0 - 4 * size + shift, 26.5, x0 - 3 * size + shift, 26.5 + size);
        }
    }

    @Example
    void aPartitionsOwnGeometriesAreTakenAsTheyAre() {
        GeoPartition p = CoordinateFitTest.row(106.7, 26.5, 0.003, 3, CoordinateSystem.LON_LAT_WGS84);
        GeoPartition again = new GeoPartition(p.tree(), p.geometries(), p.crs(), p.allowedGaps(),
                p.assemblyFindings());
        assertThat(again).isEqualTo(p);
        assertThat(again.geometries()).isSameAs(p.geometries());
        assertThat(p.withAllowedGaps(java.util.List.of()).geometries()).isSameAs(p.geometries());
    }

    @Example
    void aReplacementOutOfRangeNamesItsGrid() {
        GeoPartition p = CoordinateFitTest.row(106.7, 26.5, 0.003, 3, CoordinateSystem.LON_LAT_WGS84);
        assertThatThrownBy(() -> p.withGeometries(Map.of("g1", CoordinateFitTest.box(106.7, 95, 106.8, 96))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("grid \"g1\"");
    }
}
