package io.gridgov.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** The locator's banded point-in-area agrees with JTS's IndexedPointInAreaLocator, boundaries included. */
class BandedAreaProperties {

    static final Geometry SHAPE;

    static {
        try {
            SHAPE = new WKTReader().read("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 5 6, 4 4)),"
                    + " ((12 0, 20 0, 16 10, 12 0)), ((0 12, 3 12, 3 15, 0 12)))");
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    static final BandedArea BANDED = new BandedArea(SHAPE);
    static final IndexedPointInAreaLocator JTS = new IndexedPointInAreaLocator(SHAPE);

    @Property(tries = 3000)
    void bandedLocationEqualsJtsLocation(@ForAll @IntRange(min = -4, max = 88) int x,
            @ForAll @IntRange(min = -4, max = 64) int y) {
        // quarter-unit lattice: many points fall exactly on vertices, edges and hole boundaries
        Coordinate p = new Coordinate(x / 4.0, y / 4.0);
        assertThat(BANDED.locate(p)).as("%s", p).isEqualTo(JTS.locate(p));
    }
}
