package io.gridgov.geo.validate;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Diagnostic;
import io.gridgov.core.Finding;
import io.gridgov.core.Severity;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.io.InputLocation;
import io.gridgov.geo.GeoPoint;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One boundary violation: which rule, how serious, where in the tree, where on the map, how large.
 * A closed family: one record per {@link BoundaryRule}.
 *
 * <p>Common components:
 * <ul>
 * <li>{@code level} — the level number (1 = top) of the grids concerned, {@code 0} when unknown
 *     (a structural finding about nodes that are not in the tree);</li>
 * <li>{@code parentId} — the parent whose children are concerned, empty for roots;</li>
 * <li>{@code gridIds} — the grids concerned, sorted;</li>
 * <li>{@code areaM2} — the area of the offending piece in square metres (ellipsoidal for lon/lat),
 *     0 for line or point findings;</li>
 * <li>{@code point} — a representative point inside the piece (on it, for lines), to find it on a map;</li>
 * <li>{@code geometry} — the piece itself, in the partition's coordinates;</li>
 * <li>{@code message} — the explanation in English and Chinese.</li>
 * </ul>
 *
 * <p>A violation is a {@link Diagnostic}: its {@link #subjects()} are its {@code gridIds}, its
 * {@link #ruleId()} the rule's name (grid-core's id for structural findings), and it has no
 * {@link #location()} in an input file unless it carries a structural finding that has one.
 *
 * <p>Records are immutable; {@link #geometry()} returns a copy, so the piece cannot be changed
 * through a report. Thread-safe.
 */
public sealed interface Violation extends Diagnostic permits Violation.Structural, Violation.InvalidGeometry,
        Violation.MissingGeometry, Violation.Overlap, Violation.Gap, Violation.OutsideParent,
        Violation.EdgeMismatch, Violation.NotContiguous, Violation.BorderSlivers {

    /** {@return the rule} */
    BoundaryRule rule();

    /** {@return the rule id as written in reports: the {@link BoundaryRule} name, or grid-core's id for structural findings} */
    @Override
    default String ruleId() {
        return rule().name();
    }

    /** {@return how serious} */
    @Override
    Severity severity();

    /** {@return the level number of the grids concerned (1 = top), 0 when unknown} */
    int level();

    /** {@return the parent whose children are concerned; empty for roots and structural findings} */
    Optional<String> parentId();

    /** {@return the grids concerned, sorted} */
    List<String> gridIds();

    /** {@return the grids concerned, sorted: the {@link #gridIds()}} */
    @Override
    default List<String> subjects() {
        return gridIds();
    }

    /** {@return empty: a boundary violation is placed on the map ({@link #point()}), not in an input file} */
    @Override
    default Optional<InputLocation> location() {
        return Optional.empty();
    }

    /** {@return the area of the piece in m², 0 for lines and points} */
    double areaM2();

    /** {@return a point inside (or on) the piece} */
    Optional<GeoPoint> point();

    /** {@return a copy of the piece's geometry} */
    Optional<Geometry> geometry();

    /** {@return the explanation in English and Chinese} */
    @Override
    LocalizedText message();

    private static void check(Severity severity, int level, Optional<String> parentId, double areaM2,
            Optional<GeoPoint> point, Optional<Geometry> geometry, LocalizedText message) {
        requireNonNull(severity, "severity");
        requireNonNull(parentId, "parentId");
        requireNonNull(point, "point");
        requireNonNull(geometry, "geometry");
        requireNonNull(message, "message");
        if (level < 0) {
            throw new IllegalArgumentException("level must be ≥ 0 but was " + level);
        }
        if (!(areaM2 >= 0) || Double.isInfinite(areaM2)) {
            throw new IllegalArgumentException("area must be finite and ≥ 0 but was " + areaM2);
        }
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }

    private static Optional<Geometry> copy(Optional<Geometry> g) {
        return g.map(Geometry::copy);
    }

    /**
     * A grid-core structural finding (duplicate id, unknown parent, cycle, and the structural
     * validator's rules) in the boundary report.
     *
     * @param finding the finding; its rule id is {@link #ruleId()}
     * @param level the level of the nodes, 0 when they are not in the tree
     */
    record Structural(Finding finding, int level) implements Violation {
        /** Validates the components. */
        public Structural {
            requireNonNull(finding, "finding");
            if (level < 0) {
                throw new IllegalArgumentException("level must be ≥ 0 but was " + level);
            }
        }

        @Override public BoundaryRule rule() { return BoundaryRule.STRUCTURAL; }
        @Override public String ruleId() { return finding.ruleId(); }
        @Override public Severity severity() { return finding.severity(); }
        @Override public Optional<String> parentId() { return Optional.empty(); }
        @Override public List<String> gridIds() { return finding.subjects(); }
        @Override public Optional<InputLocation> location() { return finding.location(); }
        @Override public double areaM2() { return 0; }
        @Override public Optional<GeoPoint> point() { return Optional.empty(); }
        @Override public Optional<Geometry> geometry() { return Optional.empty(); }
        @Override public LocalizedText message() { return finding.message(); }
    }

    /**
     * A geometry that is not valid (IsValidOp): {@code reason} names the error, {@code point} is where.
     *
     * @param severity always ERROR when produced by the validator
     * @param level the grid's level
     * @param parentId the grid's parent
     * @param gridIds the grid
     * @param areaM2 the grid's area as far as it can be measured, 0 if not
     * @param point where the geometry is invalid
     * @param geometry the invalid geometry
     * @param reason IsValidOp's error description, e.g. {@code Self-intersection}
     * @param message the explanation
     */
    record InvalidGeometry(Severity severity, int level, Optional<String> parentId, List<String> gridIds,
            double areaM2, Optional<GeoPoint> point, Optional<Geometry> geometry, String reason,
            LocalizedText message) implements Violation {
        /** Validates and copies the components. */
        public InvalidGeometry {
            check(severity, level, parentId, areaM2, point, geometry, message);
            gridIds = sorted(gridIds);
            requireNonNull(reason, "reason");
        }
        @Override public BoundaryRule rule() { return BoundaryRule.INVALID_GEOMETRY; }
        @Override public Optional<Geometry> geometry() { return copy(geometry); }
    }

    /**
     * A node without geometry among siblings that have one.
     *
     * @param severity how serious
     * @param level the grid's level
     * @param parentId the grid's parent
     * @param gridIds the grid
     * @param message the explanation
     */
    record MissingGeometry(Severity severity, int level, Optional<String> parentId, List<String> gridIds,
            LocalizedText message) implements Violation {
        /** Validates and copies the components. */
        public MissingGeometry {
            check(severity, level, parentId, 0, Optional.empty(), Optional.empty(), message);
            gridIds = sorted(gridIds);
        }
        @Override public BoundaryRule rule() { return BoundaryRule.MISSING_GEOMETRY; }
        @Override public double areaM2() { return 0; }
        @Override public Optional<GeoPoint> point() { return Optional.empty(); }
        @Override public Optional<Geometry> geometry() { return Optional.empty(); }
    }

    /**
     * Two siblings sharing interior area: one violation per pair; the geometry is their intersection.
     *
     * @param severity ERROR, or WARNING for a sliver
     * @param level the siblings' level
     * @param parentId their parent, empty for roots
     * @param gridIds the two siblings
     * @param areaM2 the intersection's area
     * @param point a point inside the intersection
     * @param geometry the intersection
     * @param message the explanation
     */
    record Overlap(Severity severity, int level, Optional<String> parentId, List<String> gridIds,
            double areaM2, Optional<GeoPoint> point, Optional<Geometry> geometry, LocalizedText message)
            implements Violation {
        /** Validates and copies the components. */
        public Overlap {
            check(severity, level, parentId, areaM2, point, geometry, message);
            gridIds = sorted(gridIds);
        }
        @Override public BoundaryRule rule() { return BoundaryRule.OVERLAP; }
        @Override public Optional<Geometry> geometry() { return copy(geometry); }
    }

    /**
     * One connected piece of a parent that none of its children covers (holes and notches alike);
     * {@code gridIds} are the children bordering it.
     *
     * @param severity ERROR, or WARNING for a sliver
     * @param level the children's level
     * @param parentId the parent
     * @param gridIds the children bordering the piece
     * @param areaM2 the piece's area
     * @param point a point inside the piece
     * @param geometry the piece
     * @param message the explanation
     */
    record Gap(Severity severity, int level, Optional<String> parentId, List<String> gridIds,
            double areaM2, Optional<GeoPoint> point, Optional<Geometry> geometry, LocalizedText message)
            implements Violation {
        /** Validates and copies the components. */
        public Gap {
            check(severity, level, parentId, areaM2, point, geometry, message);
            gridIds = sorted(gridIds);
        }
        @Override public BoundaryRule rule() { return BoundaryRule.GAP; }
        @Override public Optional<Geometry> geometry() { return copy(geometry); }
    }

    /**
     * One connected piece of the children's union outside their parent; {@code gridIds} are the
     * children that reach into it.
     *
     * @param severity ERROR, or WARNING for a sliver
     * @param level the children's level
     * @param parentId the parent
     * @param gridIds the children the piece belongs to
     * @param areaM2 the piece's area
     * @param point a point inside the piece
     * @param geometry the piece
     * @param message the explanation
     */
    record OutsideParent(Severity severity, int level, Optional<String> parentId, List<String> gridIds,
            double areaM2, Optional<GeoPoint> point, Optional<Geometry> geometry, LocalizedText message)
            implements Violation {
        /** Validates and copies the components. */
        public OutsideParent {
            check(severity, level, parentId, areaM2, point, geometry, message);
            gridIds = sorted(gridIds);
        }
        @Override public BoundaryRule rule() { return BoundaryRule.OUTSIDE_PARENT; }
        @Override public Optional<Geometry> geometry() { return copy(geometry); }
    }

    /**
     * Borders of a grid that do not match its neighbours' vertex for vertex and are not explained
     * by an overlap or gap (a T-junction, a missing shared vertex); the geometry is the mismatched
     * linework of the grid, the area 0.
     *
     * @param severity how serious
     * @param level the grid's level
     * @param parentId the grid's parent
     * @param gridIds the grid
     * @param point a point on the mismatched linework
     * @param geometry the mismatched linework
     * @param message the explanation
     */
    record EdgeMismatch(Severity severity, int level, Optional<String> parentId, List<String> gridIds,
            Optional<GeoPoint> point, Optional<Geometry> geometry, LocalizedText message) implements Violation {
        /** Validates and copies the components. */
        public EdgeMismatch {
            check(severity, level, parentId, 0, point, geometry, message);
            gridIds = sorted(gridIds);
        }
        @Override public BoundaryRule rule() { return BoundaryRule.EDGE_MISMATCH; }
        @Override public double areaM2() { return 0; }
        @Override public Optional<Geometry> geometry() { return copy(geometry); }
    }

    /**
     * A grid in several pieces where its level requires one; the geometry is every piece but the
     * largest, the area their total.
     *
     * @param severity how serious
     * @param level the grid's level
     * @param parentId the grid's parent
     * @param gridIds the grid
     * @param areaM2 the area of the detached pieces
     * @param point a point inside the first detached piece
     * @param geometry the detached pieces
     * @param pieces the number of pieces
     * @param message the explanation
     */
    record NotContiguous(Severity severity, int level, Optional<String> parentId, List<String> gridIds,
            double areaM2, Optional<GeoPoint> point, Optional<Geometry> geometry, int pieces,
            LocalizedText message) implements Violation {
        /** Validates and copies the components. */
        public NotContiguous {
            check(severity, level, parentId, areaM2, point, geometry, message);
            gridIds = sorted(gridIds);
            if (pieces < 2) {
                throw new IllegalArgumentException("a non-contiguous grid has at least 2 pieces but had " + pieces);
            }
        }
        @Override public BoundaryRule rule() { return BoundaryRule.NOT_CONTIGUOUS; }
        @Override public Optional<Geometry> geometry() { return copy(geometry); }
    }

    /**
     * The slivers along one border (沿同一条边界的碎片), one finding: every thin GAP, OVERLAP or
     * OUTSIDE_PARENT piece between the same grids — two siblings, or a child and its parent's
     * outline — together. A piece is a sliver when it is elongated along the border (its mean width,
     * its area over half its perimeter, at most a tenth of that length and at most 10 m); rounder
     * or wider pieces stay findings of their own. The severity is the most serious piece's (ERROR when a
     * piece is wider than the tolerance and larger than the minimum area).
     *
     * @param rule {@link BoundaryRule#GAP}, {@link BoundaryRule#OVERLAP} or {@link BoundaryRule#OUTSIDE_PARENT}: what every piece is
     * @param severity the most serious piece's
     * @param level the grids' level
     * @param parentId their parent, empty for roots
     * @param gridIds the grids along the border (as the rule names them)
     * @param areaM2 the pieces' total area
     * @param point a point inside the largest piece
     * @param geometry the pieces, a MultiPolygon
     * @param pieces the number of pieces (≥ 1)
     * @param largestWidthMetres the width of the widest piece: twice its largest inscribed radius, about (±3% where
     *     exact bounds on the radius decide it, which they do for most slivers; else an inward-buffer bisection's)
     * @param borderLengthMetres the length of border the pieces run along (half their perimeters)
     * @param message the explanation
     */
    record BorderSlivers(BoundaryRule rule, Severity severity, int level, Optional<String> parentId, List<String> gridIds,
            double areaM2, Optional<GeoPoint> point, Optional<Geometry> geometry, int pieces,
            double largestWidthMetres, double borderLengthMetres, LocalizedText message) implements Violation {
        /** Validates and copies the components. */
        public BorderSlivers {
            requireNonNull(rule, "rule");
            if (rule != BoundaryRule.GAP && rule != BoundaryRule.OVERLAP && rule != BoundaryRule.OUTSIDE_PARENT) {
                throw new IllegalArgumentException("border slivers are GAP, OVERLAP or OUTSIDE_PARENT pieces, not " + rule);
            }
            check(severity, level, parentId, areaM2, point, geometry, message);
            gridIds = sorted(gridIds);
            if (pieces < 1) {
                throw new IllegalArgumentException("pieces must be ≥ 1 but was " + pieces);
            }
            if (!(largestWidthMetres >= 0) || !(borderLengthMetres >= 0) || Double.isInfinite(largestWidthMetres)
                    || Double.isInfinite(borderLengthMetres)) {
                throw new IllegalArgumentException("widths and lengths must be finite and ≥ 0");
            }
        }
        @Override public Optional<Geometry> geometry() { return copy(geometry); }
    }
}
