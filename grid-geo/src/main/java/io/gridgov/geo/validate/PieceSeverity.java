package io.gridgov.geo.validate;

import io.gridgov.core.Severity;
import io.gridgov.geo.CoordinateSystem;
import org.locationtech.jts.geom.Geometry;

/**
 * The severity of an area piece by its inscribed circle (碎片严重程度): an ERROR when it is at least
 * the minimum area and wider than the tolerance somewhere, else a WARNING (a sliver). Immutable;
 * thread-safe.
 */
final class PieceSeverity {

    private final ValidationOptions options;
    private final CoordinateSystem crs;

    PieceSeverity(ValidationOptions options, CoordinateSystem crs) {
        this.options = options;
        this.crs = crs;
    }

    Severity of(Geometry piece, double areaM2) {
        if (areaM2 < options.minAreaM2()) {
            return Severity.WARNING;
        }
        double tolerance = options.toleranceMetres();
        if (tolerance <= 0) {
            return Severity.ERROR;
        }
        return wider(piece, tolerance, areaM2) ? Severity.ERROR : Severity.WARNING;
    }

    /**
     * Whether a piece is at least {@code width} metres wide somewhere (holds a disc of that
     * diameter: its maximum inscribed circle), by {@link Erosion#atLeast}: exactly whenever its exact
     * bounds on the inscribed radius decide (on the redrawn city all but a few pieces whose radius lies
     * within a few per cent of half the width), else by a search over cells to a millionth of the radius,
     * which, unlike the inward buffer, gives a piece the same answer whatever straight vertices it carries
     * (the faces and the overlays paths cut the same piece with different nodes).
     */
    boolean wider(Geometry piece, double width) {
        return wider(piece, width, EqualAreaFrame.areaM2(piece, crs));
    }

    /** The same, with the piece's area (m²) known: {@code EqualAreaFrame.areaM2(piece, crs)}. */
    private boolean wider(Geometry piece, double width, double areaM2) {
        // Width = 2 × radius of the maximum inscribed circle, in a local metric frame.
        double upperBound = 2 * Math.sqrt(areaM2 / Math.PI);
        if (upperBound < width) {
            return false;
        }
        Geometry metric = LocalMetric.local(piece, crs);
        for (int i = 0; i < metric.getNumGeometries(); i++) {
            Geometry part = metric.getGeometryN(i);
            if (!part.isEmpty() && new Erosion(part).atLeast(width / 2)) {
                return true;
            }
        }
        return false;
    }
}
