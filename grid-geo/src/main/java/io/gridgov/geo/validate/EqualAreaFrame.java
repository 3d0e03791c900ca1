package io.gridgov.geo.validate;

import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.measure.Areas;
import java.util.List;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Areas in m² of the small pieces of one sibling group (局部等积投影): lon/lat through the Lambert
 * azimuthal equal-area projection of the WGS84 ellipsoid centred on the group, then the planar area
 * (projected coordinates in metres: the planar area itself). The projection preserves the area of
 * every region, so the only difference from {@link Areas#areaM2} (GeographicLib, geodesic edges) is
 * that an edge is straight in the projection rather than a geodesic: a geodesic at distance D from the
 * centre bends by about D / (2 R²) per metre there, so an edge of length L encloses about
 * L³ D / (24 R²) more or less (60 m at 5 km: 10⁻⁶ m²). {@code EqualAreaFrameProperties} pins the
 * difference on pieces up to 2 km long within 20 km of the centre to 10⁻⁷ of the area plus 10⁻⁴ m²;
 * on the redrawn city it is below 10⁻⁸ of every piece's area. Per vertex a sine, a cosine, a logarithm and
 * a square root instead of GeographicLib's inverse geodesic problem. Immutable; thread-safe.
 */
final class EqualAreaFrame {

    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257223563;
    private static final double E2 = F * (2 - F);
    private static final double E = Math.sqrt(E2);
    /** q at the pole (Snyder's q_p). */
    private static final double QP = q(1);
    /** The radius of the authalic sphere. */
    private static final double RQ = A * Math.sqrt(QP / 2);

    /** The frame's error bound may be this fraction of the area… */
    static final double RELATIVE = 1e-8;
    /** …plus this many m² (GeographicLib's own rounding on a 100 m² piece at 26° N is up to about 10⁻⁴ m²). */
    static final double ABSOLUTE = 1e-5;
    /** The bound's curvature estimate D / (2 R²) doubled, for the ellipsoid and the projection's scale. */
    private static final double SAFETY = 2;

    private final boolean geographic;
    private final double lon0;
    private final double sinBeta1;
    private final double cosBeta1;
    private final double d;

    private EqualAreaFrame(boolean geographic, double lon0, double lat0) {
        this.geographic = geographic;
        this.lon0 = lon0;
        double sinPhi1 = Math.sin(Math.toRadians(lat0));
        sinBeta1 = q(sinPhi1) / QP;
        cosBeta1 = Math.sqrt(Math.max(0, 1 - sinBeta1 * sinBeta1));
        double m1 = Math.cos(Math.toRadians(lat0)) / Math.sqrt(1 - E2 * sinPhi1 * sinPhi1);
        d = cosBeta1 == 0 ? 1 : A * m1 / (RQ * cosBeta1);
    }

    /**
     * {@return the frame of a group} centred on its extent
     *
     * @param extent the group's extent (lon/lat or metres)
     * @param crs its coordinate system
     */
    static EqualAreaFrame of(Envelope extent, CoordinateSystem crs) {
        if (!crs.isGeographic() || extent.isNull()) {
            return new EqualAreaFrame(false, 0, 0);
        }
        return new EqualAreaFrame(true, (extent.getMinX() + extent.getMaxX()) / 2,
                (extent.getMinY() + extent.getMaxY()) / 2);
    }

    /**
     * {@return the area of a piece in m²} through the frame centred on its own envelope when the bound
     * on the frame's error is below {@link #RELATIVE} of the area plus {@link #ABSOLUTE}, else by
     * {@link Areas#areaM2} (GeographicLib)
     *
     * @param piece a polygonal geometry
     * @param crs its coordinate system
     */
    static double areaM2(Geometry piece, CoordinateSystem crs) {
        if (!crs.isGeographic()) {
            return piece.getArea();
        }
        Envelope e = piece.getEnvelopeInternal();
        if (e.isNull()) {
            return 0;
        }
        EqualAreaFrame frame = of(e, crs);
        double area = frame.areaM2(piece);
        // the farthest a vertex lies from the centre, and the sum of the edges' cubed lengths, in metres
        // (over-estimated: degrees of longitude at the envelope's latitude nearest the equator)
        double nearestEquator = e.getMinY() <= 0 && e.getMaxY() >= 0 ? 0
                : Math.min(Math.abs(e.getMinY()), Math.abs(e.getMaxY()));
        double mLon = LocalMetric.metresPerDegreeLon(nearestEquator);
        double mLat = LocalMetric.metresPerDegreeLat(90);   // the largest, at the poles
        double reach = Math.hypot(e.getWidth() / 2 * mLon, e.getHeight() / 2 * mLat);
        double[] cubes = {0};
        forEachRing(piece, (ring, hole) -> {
            for (int i = 1; i < ring.size(); i++) {
                double length = Math.hypot((ring.getX(i) - ring.getX(i - 1)) * mLon,
                        (ring.getY(i) - ring.getY(i - 1)) * mLat);
                cubes[0] += length * length * length;
            }
        });
        double bound = SAFETY * reach * cubes[0] / (24 * RQ * RQ);
        return bound <= RELATIVE * area + ABSOLUTE ? area : Areas.areaM2(piece, crs);
    }

    /** What {@link #forEachRing} calls: each ring's coordinates, and whether it is a hole. */
    @FunctionalInterface
    private interface RingVisitor {
        void visit(CoordinateSequence ring, boolean hole);
    }

    /** Calls the visitor for every ring of the geometry's polygons: each shell, then its holes. */
    private static void forEachRing(Geometry geometry, RingVisitor visitor) {
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(geometry);
        for (Polygon p : polygons) {
            visitor.visit(p.getExteriorRing().getCoordinateSequence(), false);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                visitor.visit(p.getInteriorRingN(h).getCoordinateSequence(), true);
            }
        }
    }

    /**
     * {@return the area of the polygonal parts of a geometry in m²} (shells minus holes, ≥ 0)
     *
     * @param geometry the geometry, in the group's coordinates
     */
    double areaM2(Geometry geometry) {
        if (!geographic) {
            return geometry.getArea();
        }
        double[] sum = {0};
        forEachRing(geometry, (ring, hole) -> sum[0] += hole ? -ringArea(ring) : ringArea(ring));
        return Math.max(0, sum[0]);
    }

    /** {@return the area enclosed by a ring, ≥ 0} (the shoelace in the projection, about its first vertex) */
    private double ringArea(CoordinateSequence c) {
        int n = c.size();
        if (n < 3) {
            return 0;
        }
        double[] xy = new double[2];
        project(c.getX(0), c.getY(0), xy);
        double x0 = xy[0];
        double y0 = xy[1];
        double twice = 0;
        double px = 0;
        double py = 0;
        for (int i = 1; i < n; i++) {
            project(c.getX(i), c.getY(i), xy);
            double x = xy[0] - x0;
            double y = xy[1] - y0;
            twice += px * y - x * py;
            px = x;
            py = y;
        }
        return Math.abs(twice) / 2;
    }

    /** Projects (lon, lat) in degrees to (x, y) in metres (Snyder, Map Projections, 24-13 to 24-15). */
    private void project(double lon, double lat, double[] xy) {
        double sinBeta = q(Math.sin(Math.toRadians(lat))) / QP;
        double cosBeta = Math.sqrt(Math.max(0, 1 - sinBeta * sinBeta));
        double lambda = Math.toRadians(lon - lon0);
        double cosLambda = Math.cos(lambda);
        double b = RQ * Math.sqrt(2 / (1 + sinBeta1 * sinBeta + cosBeta1 * cosBeta * cosLambda));
        xy[0] = b * d * cosBeta * Math.sin(lambda);
        xy[1] = b / d * (cosBeta1 * sinBeta - sinBeta1 * cosBeta * cosLambda);
    }

    /** Snyder's q as a function of the sine of the geodetic latitude (3-12). */
    private static double q(double sinPhi) {
        double es = E * sinPhi;
        return (1 - E2) * (sinPhi / (1 - es * es) - Math.log((1 - es) / (1 + es)) / (2 * E));
    }
}
