package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridgov.geo.CoordinateSystem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/**
 * The cleaner's short way ({@link OutlineFitting}) against its long way (noding and polygonizing
 * the group): where the short way answers, both give the same grids; where its reasoning does not
 * hold, it declines and the faces decide.
 */
class OutlineFittingTest {

    private static final WKTReader WKT = new WKTReader();
    private static final CleaningOptions OPTIONS = CleaningOptions.builder().snapMetres(0.5).maxGapWidthMetres(10.5)
            .build();

    /** Four 50 m squares whose shared borders have a vertex in their middle; the parent another survey's. */
    private static Geometry[] quarters() throws Exception {
        return new Geometry[] {
            WKT.read("POLYGON ((0 0, 25 0, 50 0, 50 25, 50 50, 25 50, 0 50, 0 25, 0 0))"),
            WKT.read("POLYGON ((50 0, 75 0, 100 0, 100 25, 100 50, 75 50, 50 50, 50 25, 50 0))"),
            WKT.read("POLYGON ((0 50, 25 50, 50 50, 50 75, 50 100, 25 100, 0 100, 0 75, 0 50))"),
            WKT.read("POLYGON ((50 50, 75 50, 100 50, 100 75, 100 100, 75 100, 50 100, 50 75, 50 50))"),
        };
    }

    private static GroupCleaning cleaning(Geometry[] children, Geometry parent) {
        String[] ids = new String[children.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "c" + i;
        }
        return new GroupCleaning(ids, children, parent, OPTIONS, CoordinateSystem.PROJECTED_METRES, List.of());
    }

    private static Geometry[] fit(Geometry[] children, Geometry parent) {
        return OutlineFitting.fit(children, parent, OPTIONS.maxGapWidthMetres(), OPTIONS.snapMetres(), 1, 1);
    }

    /** The short way answered, and its grids are the faces' grids (as areas: the faces keep extra nodes). */
    private static void assertSameAsTheFaces(Geometry[] children, Geometry parent) {
        Geometry[] quick = fit(children, parent);
        assertThat(quick).as("the short way answers").isNotNull();
        GroupCleaning.Outcome faces = cleaning(children, parent).run(false);
        assertThat(faces.refused()).isFalse();
        assertThat(faces.gaps()).isEmpty();
        double sum = 0;
        for (int i = 0; i < children.length; i++) {
            assertThat(quick[i].isValid()).isTrue();
            assertThat(quick[i].getArea()).as("child %d", i).isCloseTo(faces.children()[i].getArea(), within(1e-6));
            assertThat(quick[i].symDifference(faces.children()[i]).getArea()).as("child %d", i).isLessThan(1e-6);
            sum += quick[i].getArea();
        }
        assertThat(sum).isCloseTo(parent.getArea(), within(1e-6));
        GroupCleaning.Outcome viaRun = cleaning(children, parent).run();
        for (int i = 0; i < children.length; i++) {
            assertThat(viaRun.children()[i].equalsExact(quick[i]) || viaRun.children()[i] == children[i]).isTrue();
        }
    }

    @Test
    void aParentFromAnotherSurveyIsFittedAsTheFacesWouldFitIt() throws Exception {
        // off the children's outline by up to 4 m, inside and outside, with its own vertices
        Geometry parent = WKT.read("POLYGON ((-2 1, 30 -3, 60 2, 101 -1, 98 40, 103 70, 99 102, 60 97, 30 103,"
                + " -1 99, 3 60, -3 30, -2 1))");
        assertSameAsTheFaces(quarters(), parent);
        Geometry[] quick = fit(quarters(), parent);
        // the junction (50 0) of c0 and c1 lands on the outline's nearest point; the border they
        // share keeps its inner vertices
        assertThat(quick[0].getCoordinates()).anyMatch(c -> c.x == 50 && c.y == 25);
        assertThat(quick[0].getCoordinates()).noneMatch(c -> c.x == 50 && c.y == 0);
    }

    @Test
    void aSharedBorderThatReachesTheOutlineAtOneOfItsVerticesEndsThere() throws Exception {
        // the outline dips to (50 8), a vertex of the border c0 and c1 share, whose end (50 0) lies
        // outside: the junction is (50 8), the border's stretch beyond it is cut off
        Geometry[] children = quarters();
        children[0] = WKT.read("POLYGON ((0 0, 25 0, 50 0, 50 8, 50 25, 50 50, 25 50, 0 50, 0 25, 0 0))");
        children[1] = WKT.read("POLYGON ((50 0, 75 0, 100 0, 100 25, 100 50, 75 50, 50 50, 50 25, 50 8, 50 0))");
        Geometry parent = WKT.read("POLYGON ((0 0, 25 0, 50 8, 75 0, 100 0, 100 100, 0 100, 0 0))");
        assertSameAsTheFaces(children, parent);
        Geometry[] quick = fit(children, parent);
        assertThat(quick[0].getCoordinates()).noneMatch(c -> c.x == 50 && c.y == 0);
        assertThat(quick[1].getCoordinates()).anyMatch(c -> c.x == 50 && c.y == 8);
        assertThat(quick[0].getArea()).isCloseTo(2500 - 25 * 8 / 2.0, within(1e-9));
    }

    @Test
    void childrenThatOverlapGoToTheFaces() throws Exception {
        Geometry[] children = quarters();
        children[1] = WKT.read("POLYGON ((45 0, 100 0, 100 50, 45 50, 45 0))");
        assertThat(fit(children, WKT.read("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"))).isNull();
    }

    @Test
    void aStripWiderThanTheWidestGapFilledGoesToTheFaces() throws Exception {
        // the parent bulges 40 m beyond c1's right border: a gap 20 m wide, which the faces leave
        Geometry parent = WKT.read("POLYGON ((0 0, 100 0, 100 10, 140 25, 100 40, 100 100, 0 100, 0 0))");
        assertThat(fit(quarters(), parent)).isNull();
        assertThat(cleaning(quarters(), parent).run().gaps()).isNotEmpty();
    }

    @Test
    void aVertexOfThreeRingsOnTheOutlineGoesToTheFaces() throws Exception {
        // c1 split into two triangles that meet c0 at (50 0) on the outline
        Geometry[] children = {
            WKT.read("POLYGON ((0 0, 50 0, 50 50, 0 50, 0 0))"),
            WKT.read("POLYGON ((50 0, 100 0, 100 50, 50 0))"),
            WKT.read("POLYGON ((50 0, 100 50, 50 50, 50 0))"),
            WKT.read("POLYGON ((0 50, 50 50, 100 50, 100 100, 0 100, 0 50))"),
        };
        assertThat(fit(children, WKT.read("POLYGON ((0 -1, 100 -1, 100 100, 0 100, 0 -1))"))).isNull();
    }

    @Test
    void aGroupThatAlreadyFitsComesBackAsItWas() throws Exception {
        Geometry[] children = quarters();
        Geometry[] quick = fit(children, WKT.read("POLYGON ((0 0, 25 0, 50 0, 75 0, 100 0, 100 25, 100 50, 100 75,"
                + " 100 100, 75 100, 50 100, 25 100, 0 100, 0 75, 0 50, 0 25, 0 0))"));
        assertThat(quick).isNotNull();
        for (int i = 0; i < children.length; i++) {
            assertThat(quick[i]).isSameAs(children[i]);
        }
    }
}
