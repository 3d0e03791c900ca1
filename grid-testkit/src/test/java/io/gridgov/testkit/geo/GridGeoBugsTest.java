package io.gridgov.testkit.geo;

import static io.gridgov.testkit.GridAssertions.assertThat;

import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationReport;
import io.gridgov.testkit.Defect;
import io.gridgov.testkit.Mutation;
import io.gridgov.testkit.PartitionSpec;
import io.gridgov.testkit.Partitions;
import io.gridgov.testkit.Style;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for two bugs of grid-geo found with the testkit. Both came from the owner test
 * of an OUTSIDE_PARENT piece in {@code HierarchicalValidation.GroupValidation.compareWithParent},
 * which was {@code prepared.intersects(g) && !prepared.touches(g)} on a piece computed by overlay:
 * a sibling that only borders the piece was listed as an owner when the borders were not noded
 * exactly alike, and {@code PreparedPolygon.touches} threw {@code TopologyException}. Ownership is
 * now decided by the area of the intersection (robust overlay), so neither can happen.
 */
class GridGeoBugsTest {

    /** The vertex where 1.2.3's border with 1.2.5 meets the border of 1.2, moved across that border. */
    private static Mutation vertexAcross(long seed, int vertices) {
        PartitionSpec spec = PartitionSpec.builder().style(Style.STREET_BLOCKS).fanOuts(1, 4, 6)
                .verticesPerBorder(vertices).noise(0.03).crs(CoordinateSystem.PROJECTED_METRES).holes(1).lakes(1)
                .seed(seed).build();
        return Defect.VERTEX_ACROSS_PARENT_BORDER.apply(Partitions.generate(spec), (int) seed * 7).orElseThrow();
    }

    @Test
    void anOutsidePieceNamesOnlyTheGridThatReachesIntoIt() {
        Mutation m = vertexAcross(1, 2);
        ValidationReport report = PartitionValidator.validate(m.partition().toGeoPartition());
        assertThat(report).reports(m);
    }

    @Test
    void validationDoesNotThrowWhenAnOutsidePieceMeetsASiblingAtTheParentsBorder() {
        Mutation m = vertexAcross(3, 6);
        ValidationReport report = PartitionValidator.validate(m.partition().toGeoPartition());
        assertThat(report).reports(m);
    }
}
