/**
 * Hierarchical boundary validation (边界校验): {@link io.gridgov.geo.validate.PartitionValidator}
 * checks that the children of every node tile it — no overlap (不交叉), no gap (不遗漏), nothing
 * outside (不越界) — and reports {@link io.gridgov.geo.validate.Violation violations} in an immutable
 * {@link io.gridgov.geo.validate.ValidationReport}. Each rule also has its own class with a static
 * one-call entry on one {@link io.gridgov.geo.validate.SiblingGroup} ({@link io.gridgov.geo.validate.GapRule},
 * {@link io.gridgov.geo.validate.OverlapRule}, {@link io.gridgov.geo.validate.OutsideParentRule},
 * {@link io.gridgov.geo.validate.EdgeMismatchRule}, {@link io.gridgov.geo.validate.InvalidGeometryRule},
 * {@link io.gridgov.geo.validate.MissingGeometryRule}, {@link io.gridgov.geo.validate.NotContiguousRule}).
 *
 * <p>Specification. For each node P with children C1…Ck (and for the roots, with no parent):
 * <ul>
 * <li>INVALID_GEOMETRY: each Ci that IsValidOp rejects, with its reason and location;</li>
 * <li>MISSING_GEOMETRY: each Ci without geometry when a sibling has one;</li>
 * <li>OVERLAP: each pair Ci, Cj whose interiors intersect, with area(Ci ∩ Cj);</li>
 * <li>GAP: each connected piece of P − ∪Ci − allowed gaps;</li>
 * <li>OUTSIDE_PARENT: each connected piece of ∪Ci − P;</li>
 * <li>EDGE_MISMATCH: CoverageValidator's invalid edges of Ci not within an overlap, gap or outside piece;</li>
 * <li>NOT_CONTIGUOUS: each node with several polygons whose level requires a single piece.</li>
 * </ul>
 * Areas are in m² (GeographicLib on WGS84 for lon/lat, planar otherwise). A GAP, OVERLAP or
 * OUTSIDE_PARENT piece narrower than {@code toleranceMetres} (2 × its maximum inscribed circle's
 * radius, measured in a local metric frame) or smaller than {@code minAreaM2} is a WARNING; every
 * other violation is an ERROR. Results do not depend on input order or on parallelism.
 */
package io.gridgov.geo.validate;
