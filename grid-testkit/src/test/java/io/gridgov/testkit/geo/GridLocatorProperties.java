package io.gridgov.testkit.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.locate.GridLocator;
import io.gridgov.geo.locate.Location;
import io.gridgov.testkit.Partition;
import io.gridgov.testkit.PartitionSpec;
import io.gridgov.testkit.Partitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * grid-geo's locator on a generated three-level city of 18 × 18 leaves (4 roots, 9 communities
 * each, 9 grids per community), moved here with grid-geo's test-jar generator. Points are given in
 * leaf units {@code (u, v)} over the city's bounding box, 0..18 on each axis.
 */
class GridLocatorProperties {

    static PartitionSpec city(CoordinateSystem crs, int verticesPerBorder) {
        return PartitionSpec.builder().fanOuts(4, 9, 9).verticesPerBorder(verticesPerBorder).noise(0.012)
                .leafSizeMetres(100).crs(crs).build();
    }

    /** {@return the point at (u, v) leaf units from the south-west corner of the city's bounding box} */
    static Coordinate point(Partition city, double u, double v) {
        Envelope e = new Envelope();
        city.roots().forEach(id -> e.expandToInclude(city.geometries().get(id).getEnvelopeInternal()));
        return new Coordinate(e.getMinX() + e.getWidth() * u / 18, e.getMinY() + e.getHeight() * v / 18);
    }

    @Test
    void oneLocatorServesManyThreadsWithTheSameAnswers() {
        Partition city = Partitions.generate(city(CoordinateSystem.LON_LAT_WGS84, 3));
        GridLocator locator = GridLocator.of(city.toGeoPartition());
        double[] xs = new double[20_000];
        double[] ys = new double[20_000];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < xs.length; i++) {
            Coordinate c = point(city, random.nextDouble() * 19 - 0.5, random.nextDouble() * 19 - 0.5);
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
        Coordinate c = point(CITY, u, v);
        Optional<Location> found = LOCATOR.locate(c.x, c.y);
        Geometry point = CITY.geometries().values().iterator().next().getFactory().createPoint(c);
        List<String> containing = new ArrayList<>();
        CITY.geometries().forEach((id, g) -> {
            if (g.intersects(point)) {
                containing.add(id);
            }
        });
        if (containing.isEmpty()) {
            assertThat(found).isEmpty();
            return;
        }
        int deepest = containing.stream().mapToInt(CITY::levelOf).max().orElseThrow();
        assertThat(found).isPresent();
        assertThat(containing).contains(found.get().gridId());
        assertThat(CITY.levelOf(found.get().gridId())).isEqualTo(deepest);
        assertThat(found.get().path()).hasSize(deepest);
    }

    static final Partition CITY = Partitions.generate(city(CoordinateSystem.PROJECTED_METRES, 2));
    static final GridLocator LOCATOR = GridLocator.of(CITY.toGeoPartition());
}
