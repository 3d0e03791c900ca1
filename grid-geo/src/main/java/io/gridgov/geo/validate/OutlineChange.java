package io.gridgov.geo.validate;

import io.gridgov.geo.CoordinateSystem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.noding.snapround.SnapRoundingNoder;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * How one grid's outline changed in cleaning (变更量): the area gained and lost and the largest
 * displacement, from the pieces between the old and the new outline rather than an overlay of the
 * two polygons.
 *
 * <p>A cleaned grid keeps most of its outline bit for bit (snapping keeps every vertex that is not
 * within the tolerance of another ring; the cleaner's faces keep the noded input's vertices), so
 * the two outlines differ only along some stretches, and the boundary of {@code old Δ new} lies on
 * those stretches alone: a segment both outlines run along in the same direction (shells
 * counter-clockwise, holes clockwise) has both polygons on the same side. Usually each differing
 * stretch of the old outline, from a vertex {@code u} to a vertex {@code w} both share, faces one
 * differing stretch of the new outline from {@code u} to {@code w}; split where they meet, the two
 * bound lobes whose signed areas (exact, no rounding) are area lost (counter-clockwise: the lobe
 * is inside the old outline, outside the new) or gained. Where that pairing fails (no shared
 * vertex, stretches meeting out of order, very long stretches), the differing segments of both
 * outlines are noded by snap-rounding (about 0.1 mm, as the overlay this replaces) and polygonized,
 * each face placed inside or outside the old and the new outline by the way the segments bounding
 * it run (each outline has its polygon on its left), not by a point inside it; the overlay of old and
 * new is the last fallback, also whenever the pieces found do not add up to the change of area
 * (beyond 10<sup>-6</sup> of the grid's area: a face the polygonizer could not close).
 * Planar areas are scaled to square metres by the local metric frame at the grid's centre
 * (metres per degree of longitude times of latitude: within about 10<sup>-6</sup> of the grid's
 * geodesic area over its planar area, without computing that area). Stateless.
 */
final class OutlineChange {

    private OutlineChange() {
    }

    /**
     * Measures a grid's change.
     *
     * @param id the grid id
     * @param before the input geometry
     * @param after the cleaned geometry
     * @param crs the coordinate system
     * @return the change (0 gained, 0 lost and 0 displacement when nothing moved by a micrometre)
     */
    static CleaningResult.Change of(String id, Geometry before, Geometry after, CoordinateSystem crs) {
        Envelope e = before.getEnvelopeInternal();
        double lat = (e.getMinY() + e.getMaxY()) / 2;
        double sx = crs.isGeographic() ? LocalMetric.metresPerDegreeLon(lat) : 1;
        double sy = crs.isGeographic() ? LocalMetric.metresPerDegreeLat(lat) : 1;
        Outlines o = new Outlines(rings(before), rings(after));
        double moved = Math.max(farthestVertex(o.a, o.aIds, o.b, o.startsB, o.segmentsB, sx, sy),
                farthestVertex(o.b, o.bIds, o.a, o.startsA, o.segmentsA, sx, sy));
        if (moved < 1e-6) {
            // nothing moved by a micrometre (nodes inserted where a neighbour's border now ends)
            return new CleaningResult.Change(id, 0, 0, 0);
        }
        double planar = before.getArea();
        // square metres per planar unit: the local metric frame's, at the grid's centre (within about
        // 10^-6 of the grid's geodesic area over its planar one for a grid up to a few kilometres)
        double toM2 = sx * sy;
        double[] lostGained = fromStretches(o);
        if (lostGained == null) {
            try {
                lostGained = fromFaces(before, after, o, crs);
            } catch (RuntimeException noding) {
                lostGained = null;
            }
        }
        double change = after.getArea() - planar;
        if (lostGained == null || Math.abs(lostGained[1] - lostGained[0] - change) > 1e-6 * Math.max(planar,
                after.getArea())) {
            // the pieces do not add up to the change of area (beyond rounding, which moves a face's
            // area by far less than a millionth of the grid's; 10^-5 let a missed 0.66 m² face of a
            // 160,000 m² grid through): the overlay decides
            lostGained = fromOverlay(before, after, crs);
        }
        // gained − lost is the change of area exactly: the rounding error is split between the two
        double residual = (lostGained[1] - lostGained[0]) - change;
        double lost = Math.max(0, lostGained[0] + residual / 2);
        double gained = Math.max(0, lostGained[1] - residual / 2);
        return new CleaningResult.Change(id, gained * toM2, lost * toM2, moved);
    }

    /**
     * The old and the new outline as rings of position ids ({@link PositionIndex}), with the
     * directed segments of each: the sets the stretches and faces compare, without a hash set of
     * segment records.
     */
    private static final class Outlines {
        final List<Coordinate[]> a;
        final List<Coordinate[]> b;
        final List<int[]> aIds;
        final List<int[]> bIds;
        /** Per position, whether it starts a segment of the old (new) outline. */
        final boolean[] startsA;
        final boolean[] startsB;
        /** How many distinct directed segments each outline has. */
        final int segmentsA;
        final int segmentsB;
        final int positions;
        private final PositionIndex index;
        /**
         * Per position, the position the old (new) outline runs to from it, or -1: when each
         * position starts at most one distinct segment of each outline (a grid of one polygon,
         * whose ring visits each position once), a segment is looked up in an array, not in a
         * table of edges; else null, and {@link #directedA} ({@link #directedB}) hold them.
         */
        private int[] nextA;
        private int[] nextB;
        private java.util.Set<Long> directedA;
        private java.util.Set<Long> directedB;

        Outlines(List<Coordinate[]> a, List<Coordinate[]> b) {
            this.a = a;
            this.b = b;
            int vertices = 0;
            for (Coordinate[] ring : a) {
                vertices += ring.length;
            }
            for (Coordinate[] ring : b) {
                vertices += ring.length;
            }
            index = new PositionIndex(vertices);
            aIds = ids(a);
            bIds = ids(b);
            positions = index.size();
            startsA = new boolean[positions];
            startsB = new boolean[positions];
            nextA = new int[positions];
            nextB = new int[positions];
            int distinctA = mark(aIds, nextA, startsA);
            int distinctB = mark(bIds, nextB, startsB);
            if (distinctA < 0) {
                nextA = null;
                directedA = directed(aIds);
                distinctA = directedA.size();
            }
            if (distinctB < 0) {
                nextB = null;
                directedB = directed(bIds);
                distinctB = directedB.size();
            }
            segmentsA = distinctA;
            segmentsB = distinctB;
        }

        private List<int[]> ids(List<Coordinate[]> rings) {
            List<int[]> out = new ArrayList<>(rings.size());
            for (Coordinate[] ring : rings) {
                int[] v = new int[ring.length];
                for (int k = 0; k < ring.length; k++) {
                    int id = index.find(ring[k].x, ring[k].y);
                    v[k] = id >= 0 ? id : index.add(ring[k].x, ring[k].y);
                }
                out.add(v);
            }
            return out;
        }

        /**
         * Marks the segments of one outline in {@code next} and {@code starts}; {@return how many
         * distinct directed ones it has, or -1 when a position starts two different ones}
         */
        private static int mark(List<int[]> rings, int[] next, boolean[] starts) {
            java.util.Arrays.fill(next, -1);
            int distinct = 0;
            boolean simple = true;
            for (int[] v : rings) {
                for (int k = 0; k + 1 < v.length; k++) {
                    int p = v[k];
                    int q = v[k + 1];
                    if (p == q) {
                        continue;
                    }
                    starts[p] = true;
                    if (next[p] < 0) {
                        next[p] = q;
                        distinct++;
                    } else if (next[p] != q) {
                        simple = false;
                    }
                }
            }
            return simple ? distinct : -1;
        }

        /** {@return the directed segments of one outline, as start id × 2^32 + end id} */
        private static java.util.Set<Long> directed(List<int[]> rings) {
            java.util.Set<Long> out = new HashSet<>();
            for (int[] v : rings) {
                for (int k = 0; k + 1 < v.length; k++) {
                    if (v[k] != v[k + 1]) {
                        out.add((long) v[k] << 32 | v[k + 1]);
                    }
                }
            }
            return out;
        }

        /** {@return whether the new outline runs from position p to q} */
        boolean inB(int p, int q) {
            return nextB != null ? p != q && nextB[p] == q : directedB.contains((long) p << 32 | q);
        }

        /** {@return whether the old outline runs from position p to q} */
        boolean inA(int p, int q) {
            return nextA != null ? p != q && nextA[p] == q : directedA.contains((long) p << 32 | q);
        }
    }

    /**
     * {@return the planar area lost and gained when every differing stretch of the old outline (a
     * run of segments the new one lacks, from a vertex {@code u} to a vertex {@code w} both
     * share) faces one differing stretch of the new outline from {@code u} to {@code w}, and the
     * two cross nowhere else; else null} Each such pair bounds one simple loop: the old stretch
     * forward and the new one backward. Both outlines have their polygon on the left, so the loop
     * is counter-clockwise (lost) when the piece between them lies inside the old outline and
     * outside the new one, clockwise (gained) the other way round; its signed area is exact.
     */
    private static double[] fromStretches(Outlines o) {
        List<Coordinate[]> a = o.a;
        List<Coordinate[]> b = o.b;
        int[] startsInB = new int[o.positions];   // per position, the vertex (and ring) starting a differing segment
        int[] startRing = new int[o.positions];
        java.util.Arrays.fill(startsInB, -1);
        int differingInB = 0;
        for (int r = 0; r < b.size(); r++) {
            int[] v = o.bIds.get(r);
            for (int k = 0; k + 1 < v.length; k++) {
                if (v[k] != v[k + 1] && !o.inA(v[k], v[k + 1])) {
                    differingInB++;
                    if (startsInB[v[k]] >= 0) {
                        return null;
                    }
                    startsInB[v[k]] = k;
                    startRing[v[k]] = r;
                }
            }
        }
        double lost = 0;
        double gained = 0;
        int pairedInB = 0;
        for (int ri = 0; ri < a.size(); ri++) {
            Coordinate[] ring = a.get(ri);
            int[] v = o.aIds.get(ri);
            int n = ring.length - 1;
            boolean[] differs = new boolean[n];
            int first = -1;
            for (int k = 0; k < n; k++) {
                differs[k] = v[k] != v[k + 1] && !o.inB(v[k], v[k + 1]);
                if (!differs[k] && v[k] != v[k + 1]) {
                    first = k;
                }
            }
            if (first < 0) {
                boolean any = false;
                for (boolean d : differs) {
                    any |= d;
                }
                if (any) {
                    return null;   // no segment in common: no vertex to pair the stretches at
                }
                continue;
            }
            // runs of differing segments, starting after a shared one
            for (int step = 1; step <= n; step++) {
                int k = (first + step) % n;
                int previous = (k + n - 1) % n;
                if (!differs[k] || differs[previous]) {
                    continue;
                }
                List<Coordinate> oldStretch = new ArrayList<>();
                oldStretch.add(ring[k]);
                int j = k;
                while (differs[j] || v[j] == v[j + 1] && differs[(j + 1) % n]) {
                    if (v[j] != v[j + 1]) {
                        oldStretch.add(ring[j + 1]);
                    }
                    j = (j + 1) % n;
                    if (j == k) {
                        return null;
                    }
                }
                int u = v[k];
                List<Coordinate> newStretch = startsInB[u] < 0 ? null
                        : newStretch(b.get(startRing[u]), o.bIds.get(startRing[u]), startsInB[u], v[j], o);
                if (newStretch == null || (long) oldStretch.size() * newStretch.size() > MAX_PAIRS) {
                    return null;
                }
                double[] lobes = lobes(oldStretch, newStretch);
                if (lobes == null) {
                    return null;
                }
                pairedInB += newStretch.size() - 1;
                lost += lobes[0];
                gained += lobes[1];
            }
        }
        return pairedInB == differingInB ? new double[] {lost, gained} : null;
    }

    /** Stretches longer than this (segment pairs to test for crossings) go to the faces. */
    private static final long MAX_PAIRS = 40_000;

    /**
     * {@return the new outline's differing stretch starting at vertex {@code at} of {@code ring},
     * when it ends at position {@code w}; else null}
     */
    private static List<Coordinate> newStretch(Coordinate[] ring, int[] v, int at, int w, Outlines o) {
        int n = ring.length - 1;
        List<Coordinate> out = new ArrayList<>();
        out.add(ring[at]);
        int k = at;
        for (int steps = 0; steps < n; steps++) {
            int next = v[k + 1];
            if (next != v[k]) {
                if (o.inA(v[k], next)) {
                    break;
                }
                out.add(ring[k + 1]);
            }
            k = (k + 1) % n;
            if (next == w) {
                return out;
            }
        }
        return null;
    }

    /**
     * {@return the area lost and gained between an old and a new stretch from {@code u} to
     * {@code w}, or null when they meet in a different order along each} Where they meet (cross,
     * touch or run together) the loop is split into lobes; in the same order along both, each lobe
     * is one simple loop whose signed area says lost (counter-clockwise) or gained.
     */
    private static double[] lobes(List<Coordinate> p, List<Coordinate> q) {
        RobustLineIntersector li = new RobustLineIntersector();
        int lastP = p.size() - 2;
        int lastQ = q.size() - 2;
        List<double[]> meets = new ArrayList<>();   // position along p, position along q, x, y
        // q's segments by their least x: a segment of p meets only those from its least x less the
        // widest q segment to its greatest x (short stretches, most of them, are not sorted: every
        // pair is tried, the same pairs meet)
        int nq = lastQ + 1;
        int[] byMinX = new int[nq];
        double[] sortedMinX = new double[nq];
        double widest = 0;
        boolean windowed = (long) nq * (lastP + 1) > ALL_PAIRS;
        if (windowed) {
            double[] qMinX = new double[nq];
            for (int j = 0; j < nq; j++) {
                qMinX[j] = Math.min(q.get(j).x, q.get(j + 1).x);
                widest = Math.max(widest, Math.abs(q.get(j).x - q.get(j + 1).x));
                byMinX[j] = j;
            }
            RunSort.stably(byMinX, qMinX);
            for (int k = 0; k < nq; k++) {
                sortedMinX[k] = qMinX[byMinX[k]];
            }
        }
        // the envelopes of q's segments (least x, greatest x, least y, greatest y) and of blocks of
        // BLOCK of them, read from arrays: a block apart from a segment of p is passed over whole
        // (its segments could not meet it), the others are tried in the same order as before
        double[] box = new double[4 * nq];
        int blocks = (nq + BLOCK - 1) / BLOCK;
        double[] blockBox = new double[4 * blocks];
        for (int j = 0; j < nq; j++) {
            Coordinate c = q.get(j);
            Coordinate d = q.get(j + 1);
            box[4 * j] = Math.min(c.x, d.x);
            box[4 * j + 1] = Math.max(c.x, d.x);
            box[4 * j + 2] = Math.min(c.y, d.y);
            box[4 * j + 3] = Math.max(c.y, d.y);
            int b = 4 * (j / BLOCK);
            if (j % BLOCK == 0) {
                System.arraycopy(box, 4 * j, blockBox, b, 4);
            } else {
                blockBox[b] = Math.min(blockBox[b], box[4 * j]);
                blockBox[b + 1] = Math.max(blockBox[b + 1], box[4 * j + 1]);
                blockBox[b + 2] = Math.min(blockBox[b + 2], box[4 * j + 2]);
                blockBox[b + 3] = Math.max(blockBox[b + 3], box[4 * j + 3]);
            }
        }
        for (int i = 0; i <= lastP; i++) {
            Coordinate a = p.get(i);
            Coordinate b = p.get(i + 1);
            double minX = Math.min(a.x, b.x);
            double maxX = Math.max(a.x, b.x);
            double minY = Math.min(a.y, b.y);
            double maxY = Math.max(a.y, b.y);
            int k = windowed ? firstAtLeast(sortedMinX, minX - widest) : 0;
            for (; k < nq && (!windowed || sortedMinX[k] <= maxX); k++) {
                if (!windowed && k % BLOCK == 0) {
                    int bb = 4 * (k / BLOCK);
                    if (blockBox[bb + 1] < minX || blockBox[bb] > maxX || blockBox[bb + 3] < minY
                            || blockBox[bb + 2] > maxY) {
                        k += Math.min(BLOCK, nq - k) - 1;
                        continue;   // the whole block apart: none of its segments can meet ab
                    }
                }
                int j = windowed ? byMinX[k] : k;
                if (box[4 * j + 1] < minX || box[4 * j] > maxX || box[4 * j + 3] < minY || box[4 * j + 2] > maxY) {
                    continue;   // envelopes apart: the segments cannot meet
                }
                Coordinate c = q.get(j);
                Coordinate d = q.get(j + 1);
                li.computeIntersection(a, b, c, d);
                for (int m = 0; m < li.getIntersectionNum(); m++) {
                    Coordinate x = li.getIntersection(m);
                    if (i == 0 && j == 0 && x.equals2D(a) || i == lastP && j == lastQ && x.equals2D(b)) {
                        continue;
                    }
                    meets.add(new double[] {i + along(a, b, x), j + along(c, d, x), x.x, x.y});
                }
            }
        }
        meets.sort((x, y) -> x[0] != y[0] ? Double.compare(x[0], y[0]) : Double.compare(x[1], y[1]));
        for (int k = 1; k < meets.size(); k++) {
            if (meets.get(k)[1] < meets.get(k - 1)[1]) {
                return null;
            }
        }
        double lost = 0;
        double gained = 0;
        Coordinate u = p.get(0);
        Coordinate w = p.get(p.size() - 1);
        double[] from = {0, 0, u.x, u.y};
        for (int k = 0; k <= meets.size(); k++) {
            double[] to = k < meets.size() ? meets.get(k) : new double[] {p.size() - 1, q.size() - 1, w.x, w.y};
            double area = loopArea(p, q, from, to);
            if (area > 0) {
                lost += area;
            } else {
                gained -= area;
            }
            from = to;
        }
        return new double[] {lost, gained};
    }

    /** Up to this many segment pairs, two stretches are compared pair by pair, without sorting. */
    private static final long ALL_PAIRS = 2500;

    /** {@return the first index of a sorted array whose value is at least {@code v} (the length when none is)} */
    private static int firstAtLeast(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** {@return where x lies along segment ab, 0 at a, 1 at b} */
    private static double along(Coordinate a, Coordinate b, Coordinate x) {
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double t = ((x.x - a.x) * dx + (x.y - a.y) * dy) / (dx * dx + dy * dy);
        return Math.max(0, Math.min(1, t));
    }

    /**
     * {@return the signed area of one lobe: from point {@code from} along {@code p} to point
     * {@code to}, then back along {@code q}} Points are {position along p, position along q, x,
     * y}; the lobe takes the vertices strictly between the positions (vertex r at position r).
     */
    private static double loopArea(List<Coordinate> p, List<Coordinate> q, double[] from, double[] to) {
        double ox = from[2];
        double oy = from[3];
        double twice = 0;
        double px = 0;
        double py = 0;
        int n = 0;
        double[] xs = new double[(int) Math.ceil(to[0] - from[0]) + (int) Math.ceil(to[1] - from[1]) + 4];
        double[] ys = new double[xs.length];
        for (int r = (int) Math.floor(from[0]) + 1; r < to[0]; r++) {
            xs[n] = p.get(r).x - ox;
            ys[n++] = p.get(r).y - oy;
        }
        xs[n] = to[2] - ox;
        ys[n++] = to[3] - oy;
        for (int r = (int) Math.ceil(to[1]) - 1; r > from[1]; r--) {
            xs[n] = q.get(r).x - ox;
            ys[n++] = q.get(r).y - oy;
        }
        for (int k = 0; k < n; k++) {
            twice += px * ys[k] - xs[k] * py;
            px = xs[k];
            py = ys[k];
        }
        // back to the origin (0, 0): the last term px * 0 - 0 * py vanishes
        return twice / 2;
    }

    /** Which outline a noded segment comes from, and which way it runs (its polygon on its left). */
    private static final int OLD_UP = 1;
    private static final int OLD_DOWN = 2;
    private static final int NEW_UP = 4;
    private static final int NEW_DOWN = 8;

    /**
     * {@return the planar area lost and gained, from the faces of the differing segments}
     *
     * <p>Each face is placed in the old and the new outline by the segments that bound it, not by a
     * point inside it: every noded segment remembers the outline it comes from and which way that
     * outline runs along it (its polygon on its left), and the face lies on the left of its own ring
     * (shell counter-clockwise, holes clockwise), so a bounding segment of the old outline running
     * the face's way says the face is inside the old outline, one running the other way that it is
     * outside. A point inside the face is the last resort, for an outline none of whose segments
     * bounds the face. Why not the point: the faces are snap-rounded (about 0.1 mm) and a face can
     * be a sliver a rounding wide where its interior point falls (a corner of the old outline that
     * the new one passes 0.1 µm from, both rounded into one pixel): that point lay inside both
     * outlines and a 0.66 m² piece went uncounted (CleaningProperties, seed 7081853365754148593).
     * Two bounding segments of one outline that disagree are a face rounding has folded: the caller
     * falls back to the overlay.
     */
    private static double[] fromFaces(Geometry before, Geometry after, Outlines o, CoordinateSystem crs) {
        List<SegmentString> differing = new ArrayList<>();
        differing(o.a, o.aIds, o, false, differing);
        differing(o.b, o.bIds, o, true, differing);
        double lost = 0;
        double gained = 0;
        if (differing.isEmpty()) {
            return new double[] {0, 0};
        }
        SnapRoundingNoder noder = new SnapRoundingNoder(precision(crs));
        noder.computeNodes(differing);
        @SuppressWarnings("unchecked")
        Collection<SegmentString> noded = noder.getNodedSubstrings();
        GeometryFactory factory = before.getFactory();
        Map<Segment, int[]> sides = new LinkedHashMap<>();   // per undirected segment (ends in order): its ends, who runs along it
        for (SegmentString s : noded) {
            Coordinate[] cs = s.getCoordinates();
            boolean ofNew = (Boolean) s.getData();
            for (int k = 0; k + 1 < cs.length; k++) {
                if (!cs[k].equals2D(cs[k + 1])) {
                    boolean up = cs[k].compareTo(cs[k + 1]) < 0;
                    Segment key = up ? Segment.of(cs[k], cs[k + 1]) : Segment.of(cs[k + 1], cs[k]);
                    int[] who = sides.computeIfAbsent(key, x -> new int[1]);
                    who[0] |= ofNew ? (up ? NEW_UP : NEW_DOWN) : (up ? OLD_UP : OLD_DOWN);
                }
            }
        }
        Polygonizer polygonizer = new Polygonizer();
        for (Segment s : sides.keySet()) {
            polygonizer.add(factory.createLineString(new Coordinate[] {new Coordinate(s.x1(), s.y1()),
                new Coordinate(s.x2(), s.y2())}));
        }
        @SuppressWarnings("unchecked")
        Collection<Polygon> faces = CanonicalFaces.of(polygonizer.getPolygons(), factory);   // sums in one order
        if (!polygonizer.getInvalidRingLines().isEmpty() || !polygonizer.getCutEdges().isEmpty()) {
            // a face the polygonizer could not close (rounding made its ring touch itself) would be lost
            throw new IllegalStateException("faces not closed");
        }
        for (Polygon face : faces) {
            int[] votes = new int[4];   // the face in / out of the old outline, in / out of the new one
            vote(oriented(face.getExteriorRing().getCoordinates(), true), sides, votes);
            for (int h = 0; h < face.getNumInteriorRing(); h++) {
                vote(oriented(face.getInteriorRingN(h).getCoordinates(), false), sides, votes);
            }
            if (votes[0] > 0 && votes[1] > 0 || votes[2] > 0 && votes[3] > 0) {
                throw new IllegalStateException("a face both inside and outside one outline");
            }
            Coordinate at = votes[0] + votes[1] == 0 || votes[2] + votes[3] == 0
                    ? face.getInteriorPoint().getCoordinate() : null;
            boolean wasIn = votes[0] + votes[1] > 0 ? votes[0] > 0
                    : at != null && SimplePointInAreaLocator.locate(at, before) == Location.INTERIOR;
            boolean isIn = votes[2] + votes[3] > 0 ? votes[2] > 0
                    : at != null && SimplePointInAreaLocator.locate(at, after) == Location.INTERIOR;
            if (wasIn && !isIn) {
                lost += face.getArea();
            } else if (isIn && !wasIn) {
                gained += face.getArea();
            }
        }
        return new double[] {lost, gained};
    }

    /**
     * Counts what the segments of one ring of a face (the face on the ring's left) say of the face:
     * {@code votes} in the old outline, out of it, in the new one, out of it. A segment one outline
     * runs along both ways (a spike rounded flat) says nothing of that outline.
     */
    private static void vote(Coordinate[] ring, Map<Segment, int[]> sides, int[] votes) {
        for (int k = 0; k + 1 < ring.length; k++) {
            Coordinate p = ring[k];
            Coordinate q = ring[k + 1];
            if (p.equals2D(q)) {
                continue;
            }
            boolean up = p.compareTo(q) < 0;
            int[] who = sides.get(up ? Segment.of(p, q) : Segment.of(q, p));
            if (who == null) {
                throw new IllegalStateException("a face's segment not among the noded ones");
            }
            int along = up ? OLD_UP : OLD_DOWN;   // the old outline runs this way: the face is inside it
            int against = up ? OLD_DOWN : OLD_UP;
            if ((who[0] & (OLD_UP | OLD_DOWN)) == along) {
                votes[0]++;
            } else if ((who[0] & (OLD_UP | OLD_DOWN)) == against) {
                votes[1]++;
            }
            if ((who[0] & (NEW_UP | NEW_DOWN)) == 4 * along) {
                votes[2]++;
            } else if ((who[0] & (NEW_UP | NEW_DOWN)) == 4 * against) {
                votes[3]++;
            }
        }
    }

    /** {@return the planar area lost and gained, from a snap-rounded overlay of old and new} */
    private static double[] fromOverlay(Geometry before, Geometry after, CoordinateSystem crs) {
        Geometry common = OverlayNG.overlay(before, after, OverlayNG.INTERSECTION, precision(crs));
        double shared = HierarchicalValidation.polygonal(common, before.getFactory()).getArea();
        return new double[] {before.getArea() - shared, after.getArea() - shared};
    }

    /** About a ten-thousandth of a metre. */
    private static PrecisionModel precision(CoordinateSystem crs) {
        return new PrecisionModel(crs.isGeographic() ? 1e9 : 1e4);
    }

    /** {@return the rings of a polygonal geometry, shells counter-clockwise and holes clockwise} */
    private static List<Coordinate[]> rings(Geometry g) {
        List<Coordinate[]> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (!(g.getGeometryN(i) instanceof Polygon p) || p.isEmpty()) {
                continue;
            }
            out.add(oriented(p.getExteriorRing().getCoordinates(), true));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                out.add(oriented(p.getInteriorRingN(h).getCoordinates(), false));
            }
        }
        return out;
    }

    /** {@return the ring as it is when it runs the given way round, else reversed} */
    static Coordinate[] oriented(Coordinate[] cs, boolean counterClockwise) {
        if (cs.length < 4 || Orientation.isCCW(cs) == counterClockwise) {
            return cs;
        }
        Coordinate[] reversed = new Coordinate[cs.length];
        for (int k = 0; k < cs.length; k++) {
            reversed[k] = cs[cs.length - 1 - k];
        }
        return reversed;
    }

    /**
     * Adds the directed segments of one outline that the other lacks, each once, as segment strings
     * running the outline's way and carrying {@code ofNew} (whether the rings are the new outline's).
     */
    private static void differing(List<Coordinate[]> rings, List<int[]> ids, Outlines o, boolean ofNew,
            List<SegmentString> out) {
        java.util.Set<Long> seen = new HashSet<>();
        for (int r = 0; r < rings.size(); r++) {
            Coordinate[] ring = rings.get(r);
            int[] v = ids.get(r);
            for (int k = 0; k + 1 < ring.length; k++) {
                int p = v[k];
                int q = v[k + 1];
                if (p != q && !(ofNew ? o.inA(p, q) : o.inB(p, q)) && seen.add((long) p << 32 | q)) {
                    out.add(new NodedSegmentString(new Coordinate[] {new Coordinate(ring[k].x, ring[k].y),
                        new Coordinate(ring[k + 1].x, ring[k + 1].y)}, ofNew));
                }
            }
        }
    }

    /**
     * {@return the largest distance in metres from a vertex of {@code from} to the outline {@code to}}
     * A vertex that starts or ends a segment {@code to} runs along too is on it (distance 0).
     *
     * @param fromIds the position ids of {@code from}'s vertices
     * @param onTo per position, whether it starts a segment of {@code to}
     * @param toSegments how many distinct directed segments {@code to} has
     */
    private static double farthestVertex(List<Coordinate[]> from, List<int[]> fromIds, List<Coordinate[]> to,
            boolean[] onTo, int toSegments, double sx, double sy) {
        // the vertices off the outline, in a metric frame around the first of them (read once, as
        // numbers: a list of their Coordinates was read again for every use)
        int most = 0;
        for (Coordinate[] ring : from) {
            most += Math.max(0, ring.length - 1);
        }
        double[] offX = null;
        double[] offY = null;
        int offCount = 0;
        double ox0 = 0;
        double oy0 = 0;
        for (int r = 0; r < from.size(); r++) {
            Coordinate[] ring = from.get(r);
            int[] v = fromIds.get(r);
            for (int k = 0; k + 1 < ring.length; k++) {
                if (!onTo[v[k]]) {
                    if (offX == null) {
                        offX = new double[most];
                        offY = new double[most];
                        ox0 = ring[k].x;
                        oy0 = ring[k].y;
                    }
                    offX[offCount] = (ring[k].x - ox0) * sx;
                    offY[offCount++] = (ring[k].y - oy0) * sy;
                }
            }
        }
        if (offCount == 0) {
            return 0;
        }
        double max = 0;
        if ((long) offCount * toSegments > INDEXED) {
            // a long outline: its segments indexed once, in the same frame
            GeometryFactory f = new GeometryFactory();
            List<org.locationtech.jts.geom.LineString> lines = new ArrayList<>();
            for (Coordinate[] ring : to) {
                Coordinate[] scaled = new Coordinate[ring.length];
                for (int k = 0; k < ring.length; k++) {
                    scaled[k] = new Coordinate((ring[k].x - ox0) * sx, (ring[k].y - oy0) * sy);
                }
                lines.add(f.createLineString(scaled));
            }
            IndexedFacetDistance index = new IndexedFacetDistance(f.buildGeometry(lines));
            for (int i = 0; i < offCount; i++) {
                max = Math.max(max, index.distance(f.createPoint(new Coordinate(offX[i], offY[i]))));
            }
            return max;
        }
        // the outline's vertices in the same frame, ring after ring (each ring's closing vertex
        // kept: segment k runs from vertex first[k] to first[k] + 1); each vertex's scan starts at
        // the segment nearest the vertex before (they follow each other along it). Per vertex, not
        // per segment: every vertex was scaled twice and held twice.
        int count = 0;
        int vertices = 0;
        for (Coordinate[] ring : to) {
            count += Math.max(0, ring.length - 1);
            vertices += ring.length;
        }
        double[] px = new double[vertices];
        double[] py = new double[vertices];
        int[] first = to.size() > 1 ? new int[count] : null;   // one ring: segment k starts at vertex k
        int p = 0;
        int s = 0;
        for (Coordinate[] ring : to) {
            for (int k = 0; k < ring.length; k++) {
                if (first != null && k + 1 < ring.length) {
                    first[s++] = p;
                }
                px[p] = (ring[k].x - ox0) * sx;
                py[p++] = (ring[k].y - oy0) * sy;
            }
        }
        // per block of BLOCK consecutive segments, its envelope: a block farther than the nearest
        // segment found so far is passed over (none of its segments could be nearer)
        int blocks = (count + BLOCK - 1) / BLOCK;
        double[] box = new double[4 * blocks];
        for (int b = 0; b < blocks; b++) {
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int k = b * BLOCK; k < Math.min(count, (b + 1) * BLOCK); k++) {
                int a = first == null ? k : first[k];
                minX = Math.min(minX, Math.min(px[a], px[a + 1]));
                maxX = Math.max(maxX, Math.max(px[a], px[a + 1]));
                minY = Math.min(minY, Math.min(py[a], py[a + 1]));
                maxY = Math.max(maxY, Math.max(py[a], py[a + 1]));
            }
            box[4 * b] = minX;
            box[4 * b + 1] = minY;
            box[4 * b + 2] = maxX;
            box[4 * b + 3] = maxY;
        }
        int hint = 0;
        double max2 = 0;   // squared: compared without a square root per segment
        double maxX = 0;
        double maxY = 0;
        for (int i = 0; i < offCount; i++) {
            double vx = offX[i];
            double vy = offY[i];
            double best2 = Double.MAX_VALUE;
            double beyond = Double.MAX_VALUE;   // a block whose envelope is farther (squared) is passed over
            double bestX = 0;
            double bestY = 0;
            int start = hint;
            // from the hint to the last segment, then from the first to the hint (no remainder per step)
            for (int step = 0, k = start; step < count; step++, k = k + 1 == count ? 0 : k + 1) {
                if (k % BLOCK == 0) {
                    int b = k / BLOCK;
                    double ex = Math.max(0, Math.max(box[4 * b] - vx, vx - box[4 * b + 2]));
                    double ey = Math.max(0, Math.max(box[4 * b + 1] - vy, vy - box[4 * b + 3]));
                    if (ex * ex + ey * ey > beyond) {
                        // the block's segments are no nearer than its envelope: none would be taken,
                        // so the scan takes the same segments in the same order as without the skip
                        int skip = Math.min(BLOCK, count - k) - 1;
                        step += skip;
                        k += skip;
                        continue;
                    }
                }
                int a = first == null ? k : first[k];
                double ax = px[a];
                double ay = py[a];
                double dx = px[a + 1] - ax;
                double dy = py[a + 1] - ay;
                double length2 = dx * dx + dy * dy;
                double t = length2 == 0 ? 0 : ((vx - ax) * dx + (vy - ay) * dy) / length2;
                t = Math.max(0, Math.min(1, t));
                double ox = vx - ax - t * dx;
                double oy = vy - ay - t * dy;
                double d2 = ox * ox + oy * oy;
                if (d2 < best2) {
                    best2 = d2;
                    bestX = ox;
                    bestY = oy;
                    hint = k;
                    if (best2 <= max2) {
                        break;   // this vertex does not raise the largest distance
                    }
                    double reach = Math.sqrt(best2) + ROUNDING_METRES;
                    beyond = reach * reach;
                }
            }
            if (best2 > max2) {
                max2 = best2;
                maxX = bestX;
                maxY = bestY;
            }
        }
        return Math.hypot(maxX, maxY);
    }

    /** Segments per block whose envelope {@link #farthestVertex} tests before its segments. */
    private static final int BLOCK = 8;

    /**
     * How much nearer than its envelope a segment may come out in floating point (metres): far
     * more than the rounding of coordinates within 10<sup>8</sup> m of each other, so that a block
     * passed over holds no segment the scan would have taken.
     */
    private static final double ROUNDING_METRES = 1e-6;

    /** Above this many vertex-segment pairs, the distances go through an index. */
    private static final long INDEXED = 20_000;

    /** A directed segment between exact coordinates. */
    private record Segment(double x1, double y1, double x2, double y2) {
        static Segment of(Coordinate a, Coordinate b) {
            return new Segment(a.x, a.y, b.x, b.y);
        }

        SegmentString string() {
            return new NodedSegmentString(new Coordinate[] {new Coordinate(x1, y1), new Coordinate(x2, y2)}, null);
        }
    }
}
