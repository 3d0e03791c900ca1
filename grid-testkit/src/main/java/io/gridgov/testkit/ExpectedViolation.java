package io.gridgov.testkit;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Severity;
import io.gridgov.geo.validate.BoundaryRule;
import io.gridgov.geo.validate.Violation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
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
        return matches(v, percent, id -> false);
    }

    /**
     * Whether a reported violation is this one, naming perhaps a few more grids: as
     * {@link #matches(Violation, double)}, but the violation may also name grids {@code alsoAllowed}
     * accepts (e.g. {@link Mutation#mayAlsoName}).
     *
     * @param v the reported violation
     * @param percent the allowed relative area difference, in per cent
     * @param alsoAllowed the grids that may be named beside {@link #gridIds()}
     * @return whether they match
     */
    public boolean matches(Violation v, double percent, Predicate<String> alsoAllowed) {
        requireNonNull(v, "v");
        if (v.rule() != rule || v.severity() != severity || !v.parentId().equals(parentId)
                || !names(v.gridIds(), alsoAllowed)) {
            return false;
        }
        if (areaM2.isEmpty()) {
            return true;
        }
        double expected = areaM2.getAsDouble();
        return Math.abs(v.areaM2() - expected) <= Math.abs(expected) * percent / 100;
    }

    /**
     * Whether a reported list of grids names every grid of {@link #gridIds()} and, beside them, only
     * grids {@code alsoAllowed} accepts.
     *
     * @param named the grids a reported violation names
     * @param alsoAllowed the grids that may be named beside {@link #gridIds()}
     * @return whether the names are right
     */
    public boolean names(List<String> named, Predicate<String> alsoAllowed) {
        requireNonNull(named, "named");
        requireNonNull(alsoAllowed, "alsoAllowed");
        return named.containsAll(gridIds) && named.stream().allMatch(id -> gridIds.contains(id) || alsoAllowed.test(id));
    }

    /** {@return e.g. {@code GAP ERROR parent 1.2 grids [1.2.3, 1.2.4] area 1234.5 m²}} */
    @Override
    public String toString() {
        return rule + " " + severity + " parent " + parentId.orElse("(none)") + " grids " + gridIds
                + (areaM2.isPresent() ? String.format(java.util.Locale.ROOT, " area %.3f m²", areaM2.getAsDouble()) : "");
    }
}
