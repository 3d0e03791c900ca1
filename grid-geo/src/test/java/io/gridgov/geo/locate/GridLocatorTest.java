package io.gridgov.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.GeoPoint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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
}
