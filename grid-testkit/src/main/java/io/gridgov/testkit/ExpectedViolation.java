package io.gridgov.testkit;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Severity;
import io.gridgov.geo.validate.BoundaryRule;
import io.gridgov.geo.validate.Violation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.locationtech.jts.geom.Geometry;

/**
 * A violation a correct validator must report for a {@link Mutation}: rule, severity, parent,
 * grids, area (m², ellipsoidal for lon/lat) and the offending piece as the mutator built it.
 *
 * <p>Immutable and thread-safe; {@link #piece()} returns a copy.
 *
 * @param rule the rule
 * @param severity ERROR, or WARNING for a sliver
 * @param parentId the parent of the grids concerned, empty for roots
 * @param gridIds the grids concerned, sorted
 * @param areaM2 the piece's area, when the rule measures one (not for INVALID_GEOMETRY)
 * @param piece the piece, in the partition's coordinates
 */
public record ExpectedViolation(BoundaryRule rule, Severity severity, Optional<String> parentId, List<String> gridIds,
        OptionalDouble areaM2, Optional<Geometry> piece) {

    /** Validates, sorts and copies the components. */
    public ExpectedViolation {
        requireNonNull(rule, "rule");
        requireNonNull(severity, "severity");
        requireNonNull(parentId, "parentId");
        gridIds = gridIds.stream().sorted().toList();
        requireNonNull(areaM2, "areaM2");
        piece = requireNonNull(piece, "piece").map(Geometry::copy);
    }

    /** {@return a copy of the injected piece, when the defect has one} */
    @Override
    public Optional<Geometry> piece() {
        return piece.map(Geometry::copy);
    }

    /**
     * Whether a reported violation is this one: same rule, severity, parent and grids, and (when an
     * area is expected) an area within {@code percent} per cent.
     *
     * @param v the reported violation
     * @param percent the allowed relative area difference, in per cent
     * @return whether they match
     */
    public boolean matches(Violation v, double percent) {
        requireNonNull(v, "v");
        if (v.rule() != rule || v.severity() != severity || !v.parentId().equals(parentId)
                || !v.gridIds().equals(gridIds)) {
            return false;
        }
        if (areaM2.isEmpty()) {
            return true;
        }
        double expected = areaM2.getAsDouble();
        return Math.abs(v.areaM2() - expected) <= Math.abs(expected) * percent / 100;
    }

    /** {@return e.g. {@code GAP ERROR parent 1.2 grids [1.2.3, 1.2.4] area 1234.5 m²}} */
    @Override
    public String toString() {
        return rule + " " + severity + " parent " + parentId.orElse("(none)") + " grids " + gridIds
                + (areaM2.isPresent() ? String.format(java.util.Locale.ROOT, " area %.3f m²", areaM2.getAsDouble()) : "");
    }
}
