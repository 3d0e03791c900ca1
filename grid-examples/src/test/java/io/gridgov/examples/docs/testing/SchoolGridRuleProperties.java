package io.gridgov.examples.docs.testing;

import static io.gridgov.testkit.GridAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.tree.GridNode;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPoint;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.BoundaryRule;
import io.gridgov.testkit.Defect;
import io.gridgov.testkit.Defects;
import io.gridgov.testkit.Mutation;
import io.gridgov.testkit.Partition;
import io.gridgov.testkit.PartitionSpec;
import io.gridgov.testkit.Partitions;
import io.gridgov.testkit.Style;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.locationtech.jts.geom.Point;

/** The tutorial's properties (docs/testing-boundary-rules.md), compiled and run in the build. */
class SchoolGridRuleProperties {

    // tag::arbitrary[]
    @Provide
    Arbitrary<Partition> cities() {
        return Partitions.any()          // street blocks and organic (Voronoi) cities
                .levels(2, 3)            // district → community → grid
                .fanOut(3, 8)            // children per grid
                .verticesPerBorder(0, 6)
                .dedicatedShare(0.25)    // a quarter of the leaves are dedicated grids
                .maxLeaves(200);
    }

    /** One school inside every dedicated school grid. */
    static List<SchoolGridRule.School> schoolsOf(Partition city) {
        return city.leaves().stream().filter(SchoolGridRule::isSchoolGrid).map(grid -> {
            Point inside = city.geometries().get(grid.id()).getInteriorPoint();
            return new SchoolGridRule.School("school-of-" + grid.id(), new GeoPoint(inside.getX(), inside.getY()));
        }).toList();
    }
    // end::arbitrary[]

    // tag::valid[]
    @Property(tries = 50)
    void aCityWhoseSchoolsSitInTheirOwnGridsHasNoProblem(@ForAll("cities") Partition city) {
        assertThat(SchoolGridRule.check(city.toGeoPartition(), schoolsOf(city))).isEmpty();
    }
    // end::valid[]

    // tag::moved[]
    @Property(tries = 50)
    void aSchoolMovedIntoAComprehensiveGridIsTheOnlyProblem(@ForAll("cities") Partition city) {
        List<SchoolGridRule.School> schools = schoolsOf(city);
        GridNode comprehensive = city.leaves().stream().filter(g -> !g.kind().isDedicated()).findFirst()
                .orElse(null);
        Assume.that(!schools.isEmpty() && comprehensive != null);
        Point there = city.geometries().get(comprehensive.id()).getInteriorPoint();
        SchoolGridRule.School moved = new SchoolGridRule.School(schools.get(0).id(),
                new GeoPoint(there.getX(), there.getY()));
        List<SchoolGridRule.School> withMoved = new java.util.ArrayList<>(schools);
        withMoved.set(0, moved);

        assertThat(SchoolGridRule.check(city.toGeoPartition(), withMoved))
                .containsExactly(new SchoolGridRule.Problem(moved.id(),
                        "lies in " + comprehensive.id() + ", not in a school grid"));
    }
    // end::moved[]

    // tag::defects[]
    @Provide
    Arbitrary<Mutation> brokenCities() {
        return Defects.mutations(cities(), Defect.DELETE, Defect.WRONG_PARENT);
    }

    @Property(tries = 30)
    void boundaryDefectsAreReportedByTheValidatorAndSchoolsThatLostTheirGridByTheRule(
            @ForAll("brokenCities") Mutation broken) {
        Partition before = Partitions.generate(broken.partition().spec());
        List<SchoolGridRule.School> schools = schoolsOf(before);

        // the boundary validator reports exactly the injected defect ...
        assertThat(PartitionValidator.validate(broken.partition().toGeoPartition()))
                .reports(broken)
                .hasOnly(BoundaryRule.GAP, BoundaryRule.OUTSIDE_PARENT);

        // ... and our rule complains only about schools whose grid was deleted
        List<String> deleted = before.nodes().stream().map(GridNode::id)
                .filter(id -> broken.partition().node(id).isEmpty()).toList();
        assertThat(SchoolGridRule.check(broken.partition().toGeoPartition(), schools))
                .allSatisfy(p -> assertThat(deleted).contains(p.subject().substring("school-of-".length())));
    }
    // end::defects[]

    /**
     * Found by 1,500 tries: deleting 1.5.5 leaves a gap that 1.5.8 touches along a 0.9 m step of the
     * parent's border; the mutator leaves 1.5.8 out (less than twice the cluster tolerance), the
     * validator names it, and {@code reports} allows it ({@link Mutation#mayAlsoName}).
     */
    @Example
    void aGapMayNameASiblingAlongAStepShorterThanTwiceTheTolerance() {
        Partition city = Partitions.generate(PartitionSpec.builder().style(Style.STREET_BLOCKS).fanOuts(1, 7, 8)
                .verticesPerBorder(0).noise(0.0).crs(CoordinateSystem.LON_LAT_WGS84).leafSizeMetres(300.0)
                .dedicatedShare(0.25).seed(18562056426405L).build());
        boundaryDefectsAreReportedByTheValidatorAndSchoolsThatLostTheirGridByTheRule(
                Defects.inject(city, Defect.DELETE, 36).orElseThrow());
    }
}
