package io.gridgov.testkit;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.tree.GridNode;
import io.gridgov.geo.validate.ValidationOptions;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * A partition with exactly one injected defect and the violations a correct validator must report
 * for it — no more, no fewer. Immutable and thread-safe.
 *
 * @param defect the defect injected
 * @param description what was done, e.g. {@code "shrank 1.2.3 by a triangle on its border with 1.2.4"}
 * @param partition the mutated partition
 * @param expected the violations that must be reported, in no particular order; empty only for
 *        {@link Defect#SLIVER}, a change within the cluster tolerance that must not be reported at all
 */
public record Mutation(Defect defect, String description, Partition partition, List<ExpectedViolation> expected) {

    /** Validates and copies the components. */
    public Mutation {
        requireNonNull(defect, "defect");
        requireNonNull(description, "description");
        requireNonNull(partition, "partition");
        expected = List.copyOf(expected);
        if (expected.isEmpty() && defect != Defect.SLIVER) {
            throw new IllegalArgumentException("a mutation expects at least one violation");
        }
    }

    /** {@return the expected violation when there is exactly one} */
    public ExpectedViolation single() {
        if (expected.size() != 1) {
            throw new IllegalStateException(defect + " expects " + expected.size() + " violations: " + expected);
        }
        return expected.get(0);
    }

    /**
     * Whether a report may name {@code gridId} beside the grids {@code e} expects: a sibling of those
     * grids (a child of {@code e}'s parent in the mutated partition) that lies within twice the default
     * cluster tolerance ({@link ValidationOptions#DEFAULT_TOLERANCE_METRES}) of the expected piece.
     * The mutator names only siblings sharing a longer border with the piece, because a shorter common
     * line may be snapped to a point; when the validator's snapping leaves it a line (its ends are
     * farther apart than the tolerance, e.g. a 0.9 m step), the validator names the sibling too, and
     * both reports are right. A violation without a piece allows no extra grid.
     *
     * @param e one of {@link #expected()}
     * @param gridId a grid named by a reported violation but not by {@code e}
     * @return whether naming it is allowed
     */
    public boolean mayAlsoName(ExpectedViolation e, String gridId) {
        requireNonNull(e, "e");
        requireNonNull(gridId, "gridId");
        Geometry piece = e.piece().orElse(null);
        Geometry grid = partition.geometry(gridId).orElse(null);
        if (piece == null || grid == null
                || !partition.node(gridId).map(GridNode::parentId).orElseThrow().equals(e.parentId())) {
            return false;
        }
        Coordinate[] nearest = DistanceOp.nearestPoints(piece, grid);
        return Units.distance(partition.crs(), nearest[0], nearest[1])
                <= 2 * ValidationOptions.DEFAULT_TOLERANCE_METRES;
    }

    @Override
    public String toString() {
        return "Mutation[" + defect + ": " + description + "; expect " + expected + "; " + partition + "]";
    }
}
