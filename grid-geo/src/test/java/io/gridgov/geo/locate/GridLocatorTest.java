package io.gridgov.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.GeoPoint;
import io.gridgov.geo.testing.RectangleCity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class GridLocatorTest {

    static GeoPartition twoGrids() throws Exception {
        WKTReader wkt = new WKTReader();
        LevelScheme scheme = LevelScheme.of("t", Level.builder("community").build(), Level.builder("grid").build());
        return GeoPartition.assemble(scheme, List.of(GridNode.builder("c").build(),
                GridNode.builder("b").parent("c").build(), GridNode.builder("a").parent("c").build()),
                Map.of("c", wkt.read("POLYGON ((0 0, 30 0, 30 10, 0 10, 0 0))"),
                        "a", wkt.read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
                        "b", wkt.read("POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))")),
                CoordinateSystem.PROJECTED_METRES);
    }

    @Test
    void aPointInsideAGridIsLocatedAtTheDeepestLevelWithItsPath() throws Exception {
        GridLocator locator = GridLocator.of(twoGrids());

        assertThat(locator.locate(15, 5)).contains(new Location("b", List.of("c", "b")));
        assertThat(locator.locate(5, 5).map(Location::pathString)).contains("c/a");
    }

    @Test
    void aPointCoveredOnlyByTheParentIsLocatedAtTheParent() throws Exception {
        assertThat(GridLocator.of(twoGrids()).locate(25, 5)).contains(new Location("c", List.of("c")));
    }

    @Test
    void aPointOnASharedBorderGoesToTheSmallestId() throws Exception {
        GridLocator locator = GridLocator.of(twoGrids());
        assertThat(locator.locate(10, 5).map(Location::gridId)).contains("a");
        assertThat(locator.locate(10, 0).map(Location::gridId)).contains("a");
    }

    @Test
    void aPointOutsideEveryRootHasNoLocation() throws Exception {
        GridLocator locator = GridLocator.of(twoGrids());
        assertThat(locator.locate(-1, 5)).isEmpty();
        // a NaN is not "outside": it is a point that does not fit the coordinate system
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> locator.locate(Double.NaN, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }

    @Test
    void theBatchFormsAgreeWithSingleLookups() throws Exception {
        GridLocator locator = GridLocator.of(twoGrids());
        List<GeoPoint> points = List.of(new GeoPoint(5, 5), new GeoPoint(15, 5), new GeoPoint(50, 50));
        assertThat(locator.locateAll(points)).containsExactly(locator.locate(5, 5), locator.locate(15, 5),
                Optional.empty());
        assertThat(locator.locateIds(new double[] {5, 15, 50}, new double[] {5, 5, 50}))
                .containsExactly(Optional.of("a"), Optional.of("b"), Optional.empty());
    }

    @Test
    void oneLocatorServesManyThreadsWithTheSameAnswers() {
        RectangleCity city = new RectangleCity(new int[] {2, 3, 3}, 4, 100, 0.3, CoordinateSystem.LON_LAT_WGS84);
        GridLocator locator = GridLocator.of(city.generate().partition());
        double[] xs = new double[20_000];
        double[] ys = new double[20_000];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < xs.length; i++) {
            Coordinate c = city.point(random.nextDouble() * 19 - 0.5, random.nextDouble() * 19 - 0.5);
            xs[i] = c.x;
            ys[i] = c.y;
        }
        List<Optional<String>> sequential = locator.locateIds(xs, ys);
        List<Optional<String>> parallel = IntStream.range(0, xs.length).parallel()
                .mapToObj(i -> locator.locate(xs[i], ys[i]).map(Location::gridId)).toList();
        assertThat(parallel).isEqualTo(sequential);
        assertThat(sequential.stream().filter(Optional::isPresent).count()).isGreaterThan(15_000);
    }

    @Property(tries = 200)
    void theLocatedGridContainsThePointAndNoDeeperGridDoes(@ForAll @DoubleRange(min = -0.5, max = 18.5) double u,
            @ForAll @DoubleRange(min = -0.5, max = 18.5) double v) {
        RectangleCity city = CITY;
        Coordinate c = city.point(u, v);
        Optional<Location> found = LOCATOR.locate(c.x, c.y);
        Geometry point = GENERATED.geometries().values().iterator().next().getFactory().createPoint(c);
        List<String> containing = new ArrayList<>();
        GENERATED.geometries().forEach((id, g) -> {
            if (g.intersects(point)) {
                containing.add(id);
            }
        });
        if (containing.isEmpty()) {
            assertThat(found).isEmpty();
            return;
        }
        int deepest = containing.stream().mapToInt(id -> Integer.parseInt(id.substring(1, 2))).max().orElseThrow();
        assertThat(found).isPresent();
        assertThat(containing).contains(found.get().gridId());
        assertThat(Integer.parseInt(found.get().gridId().substring(1, 2))).isEqualTo(deepest);
        assertThat(found.get().path()).hasSize(deepest);
    }

    static final RectangleCity CITY = new RectangleCity(new int[] {2, 3, 3}, 3, 100, 0.3, CoordinateSystem.PROJECTED_METRES);
    static final RectangleCity.Generated GENERATED = CITY.generate();
    static final GridLocator LOCATOR = GridLocator.of(GENERATED.partition());
}
