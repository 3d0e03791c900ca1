package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridgov.geo.CoordinateSystem;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** {@link GroupSnapping} on crafted groups (projected metres). */
class GroupSnappingTest {

    private static final GeometryFactory F = new GeometryFactory();

    private static Polygon polygon(double... xy) {
        Coordinate[] cs = new Coordinate[xy.length / 2 + 1];
        for (int i = 0; i < xy.length / 2; i++) {
            cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        cs[cs.length - 1] = cs[0];
        return F.createPolygon(cs);
    }

    /**
     * The pinch branch cleancover described: a parent vertex P lies within the
     * tolerance (0.5 m) of both edges at the child's corner (0, 0) but 0.63 m from the corner
     * itself, and another parent vertex Q goes into one of those edges between the corner and P.
     * Taken into both edges, P pinched the child's ring (corner, Q, P, ..., P, corner): the tip
     * became a second piece of 0.17 m². P now stays out of the edge that Q goes into: the child
     * runs (0, 100), P, corner, Q, (100, 0) as the parent does, one polygon.
     */
    @Test
    void aVertexBesideACornerBeyondTheToleranceDoesNotPinchTheRing() {
        Polygon child = polygon(0, 0, 100, 0, 100, 100, 0, 100);
        // P = (0.44, 0.46): 0.44 m from the edge x = 0, 0.46 m from y = 0, 0.64 m from (0, 0);
        // Q = (0.3, -0.45): 0.45 m from y = 0, 0.54 m from (0, 0)
        Polygon parent = polygon(0, 100, 0.44, 0.46, 0.3, -0.45, 100, 0, 100, 100);
        assertThat(parent.isValid()).isTrue();

        GroupSnapping.Result r = GroupSnapping.snap(new Geometry[] {child}, parent, 0.5, CoordinateSystem.PROJECTED_METRES);

        Geometry snapped = r.children()[0];
        assertThat(snapped).isInstanceOf(Polygon.class);
        assertThat(snapped.isValid()).isTrue();
        assertThat(snapped.getArea()).isCloseTo(child.getArea(), within(0.5));
        assertThat(snapped.equalsTopo(r.parent())).isTrue();
        // the corner's tip is still the child's
        assertThat(snapped.covers(F.createPoint(new Coordinate(0.2, 0.1)))).isTrue();
        assertThat(snapped.getCoordinates()).contains(new Coordinate(0.44, 0.46), new Coordinate(0, 0));
    }

    /** Within the tolerance of the corner, the corner and the vertex are one. */
    @Test
    void aVertexWithinTheToleranceOfTheCornerTakesTheCorner() {
        Polygon child = polygon(0, 0, 100, 0, 100, 100, 0, 100);
        // P = (0.3, 0.3) is 0.42 m from the corner: the corner snaps onto P, the child is the parent
        Polygon parent = polygon(0, 100, 0.3, 0.3, 100, 0, 100, 100);
        GroupSnapping.Result r = GroupSnapping.snap(new Geometry[] {child}, parent, 0.5, CoordinateSystem.PROJECTED_METRES);
        assertThat(r.children()[0]).isInstanceOf(Polygon.class);
        assertThat(r.children()[0].isValid()).isTrue();
        assertThat(r.children()[0].equalsTopo(r.parent())).isTrue();
    }
}
