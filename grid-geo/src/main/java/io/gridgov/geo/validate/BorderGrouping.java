package io.gridgov.geo.validate;

import static io.gridgov.geo.GeoMessages.MESSAGES;

import io.gridgov.core.Severity;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Findings per border, not per piece: the thin GAP, OVERLAP and OUTSIDE_PARENT pieces of one sibling
 * group that lie between the same grids become one {@link Violation.BorderSlivers}. Stateless.
 */
final class BorderGrouping {

    /** A piece is a sliver when its mean width is at most this fraction of its length… */
    static final double ELONGATION = 0.1;
    /** …and at most this many metres (a 100 m wide strip is a real gap, however long). */
    static final double MAX_MEAN_WIDTH_METRES = 10;

    /** The message of a piece that {@link #group} merges: replaced by the border's, never shown. */
    static final LocalizedText MERGED = new LocalizedText("", "");

    private BorderGrouping() {
    }

    /** One piece, measured in metres, with its geometry (copied once out of the violation). */
    private record Piece(Violation violation, Geometry geometry, double widthEstimate, double lengthMetres) {
    }

    /**
     * Groups the slivers of one sibling group's findings.
     *
     * @param found the group's findings
     * @param crs the coordinate system
     * @return the findings with the slivers of each border merged, in the same order otherwise
     */
    static List<Violation> group(List<Violation> found, CoordinateSystem crs) {
        Map<String, List<Piece>> borders = new LinkedHashMap<>();
        List<Violation> out = new ArrayList<>(found.size());
        for (Violation v : found) {
            if (v.rule() != BoundaryRule.GAP && v.rule() != BoundaryRule.OVERLAP && v.rule() != BoundaryRule.OUTSIDE_PARENT
                    || v instanceof Violation.BorderSlivers) {
                out.add(v);
                continue;
            }
            Optional<Geometry> geometry = v.geometry();   // a copy: taken once
            if (geometry.isEmpty()) {
                out.add(v);
                continue;
            }
            Geometry piece = geometry.get();
            double length = halfPerimeter(piece, crs);
            double width = meanWidth(v.areaM2(), length);
            if (!sliver(width, length)) {
                out.add(v);
                continue;
            }
            String key = v.rule() + "\u0000" + String.join("\u0000", v.gridIds());
            borders.computeIfAbsent(key, k -> new ArrayList<>()).add(new Piece(v, piece, width, length));
        }
        for (List<Piece> pieces : borders.values()) {
            out.add(merge(pieces, crs));
        }
        return out;
    }

    /**
     * {@return whether a piece is a sliver that {@link #group} merges into its border's finding}
     * (whose own message is then never shown)
     *
     * @param piece the piece
     * @param areaM2 its area
     * @param crs the coordinate system
     */
    static boolean sliver(Geometry piece, double areaM2, CoordinateSystem crs) {
        double length = halfPerimeter(piece, crs);
        return sliver(meanWidth(areaM2, length), length);
    }

    private static boolean sliver(double width, double length) {
        return !(width > ELONGATION * length || width > MAX_MEAN_WIDTH_METRES);
    }

    private static double halfPerimeter(Geometry piece, CoordinateSystem crs) {
        return LocalMetric.length(piece, crs) / 2;
    }

    private static double meanWidth(double areaM2, double length) {
        return length == 0 ? 0 : areaM2 / length;
    }

    private static Violation merge(List<Piece> pieces, CoordinateSystem crs) {
        Violation first = pieces.get(0).violation();
        double area = 0;
        double length = 0;
        Severity severity = first.severity();
        Piece widest = pieces.get(0);
        Violation largest = first;
        List<Polygon> polygons = new ArrayList<>();
        for (Piece p : pieces) {
            Violation v = p.violation();
            area += v.areaM2();
            length += p.lengthMetres();
            if (v.severity().compareTo(severity) < 0) {
                severity = v.severity();
            }
            if (p.widthEstimate() > widest.widthEstimate()) {
                widest = p;
            }
            if (v.areaM2() > largest.areaM2()) {
                largest = v;
            }
            @SuppressWarnings("unchecked")
            List<Polygon> parts = PolygonExtracter.getPolygons(p.geometry());
            polygons.addAll(parts);
        }
        GeometryFactory factory = polygons.get(0).getFactory();
        Geometry all = factory.createMultiPolygon(polygons.toArray(new Polygon[0]));
        double width = width(widest.geometry(), crs);
        Optional<GeoPoint> point = largest.point();
        String grids = ViolationText.quoted(first.gridIds());
        String parent = first.parentId().orElse("");
        LocalizedText text = switch (first.rule()) {
            case GAP -> MESSAGES.text("violation.slivers.GAP", pieces.size(), parent, grids,
                    length, area, width);
            case OVERLAP -> MESSAGES.text("violation.slivers.OVERLAP", pieces.size(), grids,
                    length, area, width);
            default -> MESSAGES.text("violation.slivers.OUTSIDE_PARENT", pieces.size(), grids,
                    parent, length, area, width);
        };
        return new Violation.BorderSlivers(first.rule(), severity, first.level(), first.parentId(), first.gridIds(),
                area, point, Optional.of(all), pieces.size(), width, length, text);
    }

    /**
     * The accuracy of {@link #width} when exact bounds decide it: the width reported is then the piece's
     * largest inscribed diameter to within this fraction of it (±3%; the messages say "about").
     */
    static final double WIDTH_ACCURACY = 0.03;
    /**
     * Exact bounds lo ≤ r* ≤ hi within this ratio of each other give a width within {@link #WIDTH_ACCURACY}
     * of 2r*: their harmonic mean 2·lo·hi/(lo + hi) is off either end by at most (hi − lo)/(hi + lo).
     */
    static final double BRACKET = (1 + WIDTH_ACCURACY) / (1 - WIDTH_ACCURACY);
    /** The bisection on inward buffers stops when its bracket is within this fraction of its upper end. */
    private static final double BISECTION_GAP = 0.02;

    /**
     * {@return the width of a piece in metres: twice its largest inscribed radius r*, about} When the exact
     * bounds of {@link Erosion} on r* lie within {@link #BRACKET} of each other, their harmonic mean, within
     * {@link #WIDTH_ACCURACY} (±3%) of 2r* (no buffer: 92% of the redrawn city's borders; {@code
     * WidthProperties}). Else what a bisection on {@link Erosion#holdsDisc} finds, to 1% of its bracket:
     * exact bounds first, then inward buffers whose "survives" is confirmed by a climb or a finer buffer
     * (arcs within 1.9% of r; on spiky stars up to 10% wide of the inscribed circle, within 3.5% on the
     * redrawn city's slivers). The buffers are far cheaper than the inscribed circle on long thin
     * pieces (its grid search refines cells along the whole length of a sliver of even width). Eroding
     * by r and then by s is eroding by r + s, so once a buffer has left something, the next tests erode
     * what it left rather than the whole sliver again. A piece of several parts is as wide as its
     * widest part: a part whose upper bound is within the bracket of what another part holds already
     * is not refined.
     */
    static double width(Geometry piece, CoordinateSystem crs) {
        Geometry metric = LocalMetric.local(piece, crs);
        // bounds on the widest part's diameter: every part's at most upper, one's at least lower
        double lower = 0;
        double upper = 0;
        for (int i = 0; i < metric.getNumGeometries(); i++) {
            Geometry part = metric.getGeometryN(i);
            if (part.isEmpty()) {
                continue;
            }
            double hi = 2 * Math.sqrt(part.getArea() / Math.PI);
            if (hi <= lower) {
                continue;
            }
            Erosion whole = new Erosion(part);
            double[] bounds = whole.bounds();   // on r*: the exact width lies between their doubles
            hi = Math.min(hi, 2 * bounds[1]);
            if (hi <= lower) {
                continue;
            }
            double lo = Math.min(hi, 2 * bounds[0]);
            if (hi > BRACKET * Math.max(lo, lower)) {
                lo = bisect(whole, Math.max(lo, lower), hi);
                hi = lo;
            }
            lower = Math.max(lower, lo);
            upper = Math.max(upper, hi);
        }
        return upper == 0 ? 0 : 2 * lower * upper / (lower + upper);
    }

    /**
     * {@return the diameter a bisection between lo and hi finds with inward buffers}, the middle of its
     * last bracket (within {@link #BISECTION_GAP} of its upper end, or after seven steps)
     */
    private static double bisect(Erosion whole, double lo, double hi) {
        List<Eroded> rest = new ArrayList<>();
        rest.add(new Eroded(whole, 0));
        for (int step = 0; step < 7 && hi - lo > BISECTION_GAP * hi; step++) {
            double mid = (lo + hi) / 2;
            double r = mid / 2;
            int survivor = -1;
            for (int k = 0; k < rest.size() && survivor < 0; k++) {
                Eroded e = rest.get(k);
                if (r <= e.base() || e.erosion().holdsDisc(r - e.base())) {
                    survivor = k;
                }
            }
            if (survivor < 0) {
                hi = mid;
                continue;
            }
            lo = mid;
            // every later test erodes by more than r: the polygons before the survivor, which
            // vanished at r, are out; the survivor is replaced by what its buffer left, if it took one
            Eroded kept = rest.get(survivor);
            List<Eroded> next = new ArrayList<>();
            Optional<Geometry> left = r <= kept.base() ? Optional.empty() : kept.erosion().left();
            if (left.isPresent()) {
                for (int k = 0; k < left.get().getNumGeometries(); k++) {
                    next.add(new Eroded(new Erosion(left.get().getGeometryN(k)), r));
                }
            } else {
                next.add(kept);
            }
            next.addAll(rest.subList(survivor + 1, rest.size()));
            rest = next;
        }
        return (lo + hi) / 2;
    }

    /** A polygon left by eroding a piece by {@code base} metres, with its erosion tests. */
    private record Eroded(Erosion erosion, double base) {
    }
}
