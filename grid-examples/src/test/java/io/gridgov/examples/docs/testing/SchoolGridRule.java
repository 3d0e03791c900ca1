package io.gridgov.examples.docs.testing;

import io.gridgov.core.tree.DedicatedType;
import io.gridgov.core.tree.GridNode;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.GeoPoint;
import io.gridgov.geo.locate.GridLocator;
import io.gridgov.geo.locate.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tutorial's own rule, "every school is its own grid" (学校单独划分专属网格): a dedicated school
 * grid has no children, and every school lies inside a dedicated school grid. Written as a tester's
 * project would write it; tested in {@link SchoolGridRuleProperties} with the testkit's arbitraries.
 */
// tag::rule[]
public final class SchoolGridRule {

    /** A school and where it is, in the partition's coordinates. */
    public record School(String id, GeoPoint location) { }

    /** One broken promise: which school or grid, and what is wrong. */
    public record Problem(String subject, String what) { }

    private SchoolGridRule() { }

    public static List<Problem> check(GeoPartition city, List<School> schools) {
        List<Problem> problems = new ArrayList<>();
        for (GridNode grid : city.tree().nodes().toList()) {
            if (isSchoolGrid(grid) && !city.tree().isLeaf(grid.id())) {
                problems.add(new Problem(grid.id(), "a school grid must not be split into smaller grids"));
            }
        }
        GridLocator locator = GridLocator.of(city);
        for (School school : schools) {
            Optional<Location> at = locator.locate(school.location());
            boolean inSchoolGrid = at.map(l -> city.tree().require(l.gridId())).filter(SchoolGridRule::isSchoolGrid)
                    .isPresent();
            if (!inSchoolGrid) {
                problems.add(new Problem(school.id(), "lies in " + at.map(Location::gridId).orElse("no grid")
                        + ", not in a school grid"));
            }
        }
        return problems;
    }

    static boolean isSchoolGrid(GridNode grid) {
        return grid.kind().dedicatedType().filter(t -> t == DedicatedType.SCHOOL).isPresent();
    }
}
// end::rule[]
