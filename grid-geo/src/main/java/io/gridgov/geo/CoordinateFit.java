package io.gridgov.geo;

import static io.gridgov.geo.GeoMessages.MESSAGES;

import io.gridgov.core.i18n.LocalizedText;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.CoordinateArraySequence;

/**
 * Whether coordinates fit their declared {@link CoordinateSystem} (坐标系检查): per coordinate
 * (finite, lon/lat inside ±180/±90) and over the whole set (extent and vertex spacing that betray
 * metres read as degrees, or degrees read as metres). Stateless and thread-safe.
 */
final class CoordinateFit {


    /** Lon/lat grids whose median size is at least this many degrees (≈ 111 km) look like metres… */
    private static final double DEGREE_GRID_SIZE = 1.0;
    /** …when their median vertex spacing is also at least this many degrees (≈ 11 km). */
    private static final double DEGREE_SPACING = 0.1;
    /** A projected partition inside ±180/±90 narrower than this many metres looks like degrees… */
    private static final double METRE_EXTENT = 1.0;
    /** …as does one whose median vertex spacing is below this many metres (1 cm). */
    private static final double METRE_SPACING = 0.01;
    /** How many segments and geometries the spacing and size medians look at, at most. */
    private static final int SAMPLE = 20_000;

    private CoordinateFit() {
    }

    /**
     * The first coordinate of a geometry that does not fit the system, described.
     *
     * @return empty when every coordinate is finite (and inside ±180/±90 for lon/lat)
     */
    static Optional<LocalizedText> badCoordinate(Geometry g, CoordinateSystem crs) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                Optional<LocalizedText> bad = badCoordinate(p.getExteriorRing().getCoordinateSequence(), crs);
                for (int h = 0; bad.isEmpty() && h < p.getNumInteriorRing(); h++) {
                    bad = badCoordinate(p.getInteriorRingN(h).getCoordinateSequence(), crs);
                }
                if (bad.isPresent()) {
                    return bad;
                }
            } else if (part != g) {
                Optional<LocalizedText> bad = badCoordinate(part, crs);
                if (bad.isPresent()) {
                    return bad;
                }
            } else {
                for (Coordinate c : part.getCoordinates()) {
                    Optional<LocalizedText> bad = badPoint(c.x, c.y, crs);
                    if (bad.isPresent()) {
                        return bad;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalizedText> badCoordinate(CoordinateSequence s, CoordinateSystem crs) {
        if (s instanceof CoordinateArraySequence array) {
            // the common sequence: its array read directly (no copy), each point tested with plain
            // comparisons (NaN fails them); only a point that fails is described by badPoint
            double limitX = crs.isGeographic() ? 180 : MAX_PROJECTED;
            double limitY = crs.isGeographic() ? 90 : MAX_PROJECTED;
            for (Coordinate c : array.toCoordinateArray()) {
                if (!(c.x >= -limitX && c.x <= limitX && c.y >= -limitY && c.y <= limitY)) {
                    Optional<LocalizedText> bad = badPoint(c.x, c.y, crs);
                    if (bad.isPresent()) {
                        return bad;
                    }
                }
            }
            return Optional.empty();
        }
        for (int i = 0; i < s.size(); i++) {
            Optional<LocalizedText> bad = badPoint(s.getX(i), s.getY(i), crs);
            if (bad.isPresent()) {
                return bad;
            }
        }
        return Optional.empty();
    }

    /**
     * The largest projected coordinate accepted, in metres (10,000 km beyond the Earth's
     * circumference in every direction): every area, length and width derived from such
     * coordinates stays a finite double, so no report ever holds NaN or Infinity.
     */
    static final double MAX_PROJECTED = 1e8;

    /** {@return why a point does not fit the system, empty when it does} */
    static Optional<LocalizedText> badPoint(double x, double y, CoordinateSystem crs) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return Optional.of(MESSAGES.text("crs.notFinite", number(x), number(y)));
        }
        if (crs.isGeographic() && (x < -180 || x > 180 || y < -90 || y > 90)) {
            return Optional.of(MESSAGES.text("crs.outOfRange", number(x), number(y)));
        }
        if (!crs.isGeographic() && (Math.abs(x) > MAX_PROJECTED || Math.abs(y) > MAX_PROJECTED)) {
            return Optional.of(MESSAGES.text("crs.projectedOutOfRange", number(x), number(y), MAX_PROJECTED));
        }
        return Optional.empty();
    }

    /**
     * Whether the geometries as a whole look like they were written in another system.
     *
     * @return the likely cause and the option to change, empty when they fit
     */
    static Optional<LocalizedText> misfit(Collection<? extends Geometry> geometries, CoordinateSystem crs) {
        if (geometries.isEmpty()) {
            return Optional.empty();
        }
        Envelope extent = new Envelope();
        double[] sizes = new double[Math.min(geometries.size(), SAMPLE)];
        int stride = Math.max(1, geometries.size() / SAMPLE);
        int n = 0;
        int k = 0;
        double[] spacing = new double[SAMPLE];
        int segments = 0;
        int perGeometry = Math.max(1, SAMPLE / Math.min(geometries.size(), SAMPLE));
        for (Geometry g : geometries) {
            Envelope e = g.getEnvelopeInternal();
            extent.expandToInclude(e);
            if (k++ % stride == 0 && n < sizes.length) {
                sizes[n++] = Math.max(e.getWidth(), e.getHeight());
                segments = sampleSpacing(g, spacing, segments, perGeometry);
            }
        }
        if (extent.isNull()) {
            return Optional.empty();
        }
        double size = median(sizes, n);
        double step = median(spacing, segments);
        if (crs.isGeographic()) {
            if (size >= DEGREE_GRID_SIZE && step >= DEGREE_SPACING) {
                return Optional.of(MESSAGES.text("crs.looksProjected", number(size), number(size * 111.32),
                        number(step)));
            }
            return Optional.empty();
        }
        boolean insideDegrees = extent.getMinX() >= -180 && extent.getMaxX() <= 180 && extent.getMinY() >= -90
                && extent.getMaxY() <= 90;
        double width = Math.max(extent.getWidth(), extent.getHeight());
        if (insideDegrees && (width < METRE_EXTENT || (segments > 0 && step < METRE_SPACING))) {
            return Optional.of(MESSAGES.text("crs.looksGeographic", number(width), number(step)));
        }
        return Optional.empty();
    }

    private static int sampleSpacing(Geometry g, double[] out, int count, int limit) {
        int taken = 0;
        for (int i = 0; i < g.getNumGeometries() && taken < limit && count < out.length; i++) {
            if (!(g.getGeometryN(i) instanceof Polygon p)) {
                continue;
            }
            LineString ring = p.getExteriorRing();
            CoordinateSequence s = ring.getCoordinateSequence();
            int step = Math.max(1, (s.size() - 1) / limit);
            for (int j = 0; j + 1 < s.size() && taken < limit && count < out.length; j += step) {
                double d = Math.hypot(s.getX(j + 1) - s.getX(j), s.getY(j + 1) - s.getY(j));
                if (d > 0) {
                    out[count++] = d;
                    taken++;
                }
            }
        }
        return count;
    }

    private static double median(double[] values, int n) {
        if (n == 0) {
            return 0;
        }
        double[] copy = Arrays.copyOf(values, n);
        Arrays.sort(copy);
        return copy[n / 2];
    }

    private static String number(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (Math.abs(v) >= 1e15 || v != 0 && Math.abs(v) < 1e-9) {
            return String.format(Locale.ROOT, "%.6g", v);   // 1.79769e+308 and 4.90000e-324, not 300 digits
        }
        if (Math.abs(v) >= 1e6) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(7)).stripTrailingZeros()
                .toPlainString();
    }
}
