package io.gridgov.geo.validate;

import io.gridgov.geo.CoordinateSystem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.noding.FastNodingValidator;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.Noder;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.noding.snap.SnappingNoder;
import org.locationtech.jts.noding.snapround.SnapRoundingNoder;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Cleans one sibling group (同级网格清理) as a coverage: the children (and the parent's outline, when
 * there is a parent) are snapped ({@link GroupSnapping}), noded (JTS {@code SnappingNoder}, falling
 * back to snap-rounding when the result is not fully noded) and polygonized into faces; each face
 * goes to the one child that covers it, an overlap face to one child by the
 * {@link CleaningOptions.OverlapStrategy}, a face outside the parent to nobody (it is cut), and a
 * face no child covers (a gap) to the neighbouring child with the longest shared border when its gap
 * is narrower than the maximum gap width. The children are then the unions of their faces, so they
 * share their borders vertex for vertex and tile the parent.
 *
 * <p>A group whose snapped children share all their borders vertex for vertex is fitted to its
 * parent by {@link OutlineFitting} instead, when it can answer (the same grids, without noding).
 *
 * <p>Before noding, the vertices of the children's outer borders (edges no sibling shares) lying
 * within the maximum gap width of the parent's outline are moved onto it, so that a strip between
 * the children and a parent drawn by another survey goes to the child along it, not to whichever
 * child borders the strip longest. Not thread-safe; one instance per group.
 */
final class GroupCleaning {

    /** Face states beside a child index: outside the parent, a gap, an allowed gap. */
    private static final int OUTSIDE = -1;
    private static final int GAP = -2;
    private static final int ALLOWED = -3;
    private static final int OVERLAP = -4;
    /** A face inside a settled child (one that shares every edge with a sibling): left to it. */
    private static final int SETTLED = -5;

    /**
     * A gap left as it is.
     *
     * @param piece the gap
     * @param allowed whether it lies in an allowed gap (else it is wider than the maximum)
     * @param bordering the indexes of the children it borders
     */
    record Gap(Geometry piece, boolean allowed, List<Integer> bordering) {
    }

    /**
     * The cleaned group.
     *
     * @param children the children's new geometries, parallel to the input (the input instance where
     *        nothing changed)
     * @param gaps the gaps left
     * @param vanished indexes of children nothing would be left of
     * @param split indexes of children that would fall apart, with their piece counts
     */
    record Outcome(Geometry[] children, List<Gap> gaps, List<Integer> vanished, Map<Integer, Integer> split) {
        boolean refused() {
            return !vanished.isEmpty() || !split.isEmpty();
        }
    }

    private final String[] ids;
    private final Geometry[] original;
    private final Geometry parent;
    private final CleaningOptions options;
    private final List<Geometry> allowed;
    private final double sx;
    private final double sy;
    private final GeometryFactory factory;
    private final CoordinateSystem crs;
    /**
     * Per child: whether, after snapping and fitting, every edge of it is the reverse of exactly
     * one sibling's edge and of no other (an interior grid of a clean coverage). Such a child has
     * no overlap, gap or part outside; it is kept as snapped and left out of the noding.
     */
    private boolean[] settled;
    /** The children after snapping and fitting. */
    private Geometry[] snapped;
    /** The group's rings as the caller read them (holding the children, or some of them), or null. */
    private final GroupRings rings;

    /**
     * Prepares the cleaning of a group.
     *
     * @param ids the children's ids
     * @param children the children's geometries (valid: repaired by the caller)
     * @param parent the parent's (valid) geometry, kept as it is, or null when there is none
     * @param options the options
     * @param crs the coordinate system
     * @param allowed the allowed gaps near the group
     */
    GroupCleaning(String[] ids, Geometry[] children, Geometry parent, CleaningOptions options, CoordinateSystem crs,
            List<Geometry> allowed) {
        this(ids, children, parent, options, crs, allowed, null);
    }

    /**
     * Prepares the cleaning of a group whose rings the caller has read.
     *
     * @param ids the children's ids
     * @param children the children's geometries (valid: repaired by the caller)
     * @param parent the parent's (valid) geometry, kept as it is, or null when there is none
     * @param options the options
     * @param crs the coordinate system
     * @param allowed the allowed gaps near the group
     * @param rings the group's rings ({@link GroupRings}; read again when they miss a child), or null
     */
    GroupCleaning(String[] ids, Geometry[] children, Geometry parent, CleaningOptions options, CoordinateSystem crs,
            List<Geometry> allowed, GroupRings rings) {
        this.rings = rings;
        this.ids = ids;
        this.original = children;
        this.parent = parent;
        this.options = options;
        this.allowed = allowed;
        this.crs = crs;
        this.factory = children[0].getFactory();
        Envelope extent = new Envelope();
        for (Geometry g : children) {
            extent.expandToInclude(g.getEnvelopeInternal());
        }
        if (parent != null) {
            extent.expandToInclude(parent.getEnvelopeInternal());
        }
        double lat = (extent.getMinY() + extent.getMaxY()) / 2;
        this.sx = crs.isGeographic() ? HierarchicalValidation.Metric.metresPerDegreeLon(lat) : 1;
        this.sy = crs.isGeographic() ? HierarchicalValidation.Metric.metresPerDegreeLat(lat) : 1;
    }

    /** {@return the cleaned group} */
    Outcome run() {
        return run(true);
    }

    /**
     * {@return the cleaned group} With {@code shortWay}, a group the children of which agree with
     * each other after snapping is fitted to its parent by {@link OutlineFitting} when it can
     * answer (no noding); else, or without it, the group is noded and polygonized into faces. Both
     * give the same grids (up to the nodes the faces keep on straight stretches); tests compare them.
     */
    Outcome run(boolean shortWay) {
        Geometry[] g = original.clone();
        Polygon childOutline = null;   // the snapped children's union, when snapping by the outline answered
        if (options.snapMetres() > 0) {
            OutlineSnapping.Snapped byOutline = snappedByOutline(g);
            if (byOutline != null) {
                g = byOutline.children();
                childOutline = byOutline.outline();
            } else {
                g = SnappingScope.snap(g, parent, options.snapMetres(), crs);
            }
        }
        if (parent != null && options.maxGapWidthMetres() > 0) {
            if (shortWay && allowed.isEmpty()) {
                // the outline snapping left is the children's outer border: the fitting need not find it again
                Geometry[] fitted = OutlineFitting.fit(g, parent, options.maxGapWidthMetres(), options.snapMetres(),
                        sx, sy, childOutline);
                if (fitted != null && noneSplit(fitted)) {
                    return new Outcome(kept(fitted), List.of(), List.of(), Map.of());
                }
            }
            g = fitOuterBorders(g);
        }
        settled = settled(g);
        snapped = g;
        Faces faces = faces(g);
        int[] owner = assign(faces, g);
        List<Gap> gaps = new ArrayList<>();
        fillGaps(faces, owner, gaps);
        return build(faces, owner, gaps);
    }

    /**
     * {@return the children snapped by their outline alone ({@link OutlineSnapping#snapOutlineOnly}),
     * with that outline, or null when they do not tile each other exactly (or a check there fails)} Why that is all
     * the snapping cleaning needs of such a group: its children already agree with each other, so
     * snapping only has to make them agree with the parent where they lie within the snapping
     * distance of it, and that is on their outline. The whole group's snapping would also pull
     * together vertices of an interior border that lie within the distance of each other, or put a
     * vertex of the parent into an interior border: moves that neither remove an overlap or a gap
     * nor are needed for the output to validate (validation, too, snaps such a group by its outline),
     * yet change grids that have no fault.
     */
    private OutlineSnapping.Snapped snappedByOutline(Geometry[] g) {
        if (!(parent instanceof Polygon) || g.length < 2) {
            return null;
        }
        // the caller's rings when they hold every child (a repaired input is not among them: then
        // the children's rings are read here, as they always were)
        return OutlineSnapping.snapOutlineOnly(g, parent, options.snapMetres(), crs,
                GroupRings.covering(rings, null, g), null);
    }

    // ------------------------------------------------------------------ fitting to the parent

    /**
     * Moves the vertices of edges that only one child has (its outer border) onto the parent's
     * outline when they lie within the maximum gap width of it (both inside and outside).
     */
    private Geometry[] fitOuterBorders(Geometry[] g) {
        Map<SegmentKey, Integer> uses = new HashMap<>();
        for (Geometry x : g) {
            forEachSegment(x, (a, b) -> uses.merge(SegmentKey.of(a, b), 1, Integer::sum));
        }
        Map<Coordinate, Coordinate> moved = new HashMap<>();
        Geometry[] out = new Geometry[g.length];
        for (int i = 0; i < g.length; i++) {
            java.util.Set<Coordinate> outer = new java.util.HashSet<>();
            forEachSegment(g[i], (a, b) -> {
                if (uses.get(SegmentKey.of(a, b)) == 1) {
                    outer.add(a);
                    outer.add(b);
                }
            });
            if (outer.isEmpty()) {
                out[i] = g[i];
                continue;
            }
            Geometry copy = g[i].copy();
            boolean[] changed = {false};
            copy.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
                if (!outer.contains(c)) {
                    return;
                }
                Coordinate target = moved.computeIfAbsent(new Coordinate(c), this::onOutline);
                if (target != null && !target.equals2D(c)) {
                    c.x = target.x;
                    c.y = target.y;
                    changed[0] = true;
                }
            });
            if (!changed[0]) {
                out[i] = g[i];
                continue;
            }
            copy.geometryChanged();
            out[i] = copy.isValid() ? copy : HierarchicalValidation.polygonal(GeometryFixer.fix(copy), factory);
            if (out[i].isEmpty()) {
                out[i] = g[i];
            }
        }
        return out;
    }

    private IndexedFacetDistance outlineIndex;

    /** {@return the nearest point of the parent's outline when within the maximum gap width, else null} */
    private Coordinate onOutline(Coordinate c) {
        if (outlineIndex == null) {
            outlineIndex = new IndexedFacetDistance(parent.getBoundary());
        }
        Coordinate[] nearest = outlineIndex.nearestPoints(factory.createPoint(c));
        Coordinate p = nearest[0];
        double d = Math.hypot((p.x - c.x) * sx, (p.y - c.y) * sy);
        return d <= options.maxGapWidthMetres() ? new Coordinate(p.x, p.y) : null;
    }

    // ------------------------------------------------------------------ faces

    /** The polygonized faces of the group and the lengths (metres) of the borders between them. */
    private record Faces(List<Polygon> polygons, List<Map<Integer, Double>> neighbours) {
    }

    private Faces faces(Geometry[] g) {
        List<SegmentString> input = new ArrayList<>();
        if (parent != null) {
            addRings(parent, input);
        }
        Envelope extent = new Envelope();
        for (Geometry x : g) {
            extent.expandToInclude(x.getEnvelopeInternal());
        }
        for (Geometry a : allowed) {
            if (a.getEnvelopeInternal().intersects(extent)) {
                addRings(a, input);
            }
        }
        for (int i = 0; i < g.length; i++) {
            if (!settled[i]) {
                addRings(g[i], input);
            }
        }
        if (parent != null) {
            extent.expandToInclude(parent.getEnvelopeInternal());
        }
        double magnitude = Math.max(Math.max(Math.abs(extent.getMaxX()), Math.abs(extent.getMinX())),
                Math.max(Math.max(Math.abs(extent.getMaxY()), Math.abs(extent.getMinY())),
                        Math.max(extent.getWidth(), extent.getHeight())));
        Collection<LineString> lines = noded(new SnappingNoder(1e-11 * magnitude), input);
        if (lines == null) {
            // not fully noded: snap-round to about a ten-thousandth of a metre
            double scale = sx == 1 ? 1e4 : 1e9;
            lines = noded(new SnapRoundingNoder(new PrecisionModel(scale)), copies(input));
        }
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(lines);
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = CanonicalFaces.of(polygonizer.getPolygons(), factory);
        Map<SegmentKey, int[]> sides = new HashMap<>();
        for (int f = 0; f < polygons.size(); f++) {
            int face = f;
            forEachSegment(polygons.get(f), (a, b) -> {
                int[] s = sides.computeIfAbsent(SegmentKey.of(a, b), k -> new int[] {-1, -1});
                s[s[0] < 0 ? 0 : 1] = face;
            });
        }
        List<Map<Integer, Double>> neighbours = new ArrayList<>();
        for (int f = 0; f < polygons.size(); f++) {
            neighbours.add(new HashMap<>());
        }
        for (Map.Entry<SegmentKey, int[]> e : sides.entrySet()) {
            int[] s = e.getValue();
            if (s[0] >= 0 && s[1] >= 0 && s[0] != s[1]) {
                double length = e.getKey().metres(sx, sy);
                neighbours.get(s[0]).merge(s[1], length, Double::sum);
                neighbours.get(s[1]).merge(s[0], length, Double::sum);
            }
        }
        return new Faces(polygons, neighbours);
    }

    private static List<SegmentString> copies(List<SegmentString> input) {
        List<SegmentString> out = new ArrayList<>(input.size());
        for (SegmentString s : input) {
            out.add(new NodedSegmentString(s.getCoordinates().clone(), null));
        }
        return out;
    }

    /** {@return the noded segments without duplicates, or null when the noding left crossings} */
    private Collection<LineString> noded(Noder noder, List<SegmentString> input) {
        noder.computeNodes(input);
        @SuppressWarnings("unchecked")
        Collection<SegmentString> out = noder.getNodedSubstrings();
        Map<SegmentKey, Coordinate[]> segments = new LinkedHashMap<>();
        for (SegmentString s : out) {
            Coordinate[] cs = s.getCoordinates();
            for (int k = 0; k + 1 < cs.length; k++) {
                if (!cs[k].equals2D(cs[k + 1])) {
                    segments.putIfAbsent(SegmentKey.of(cs[k], cs[k + 1]), new Coordinate[] {cs[k], cs[k + 1]});
                }
            }
        }
        List<SegmentString> check = new ArrayList<>(segments.size());
        List<LineString> lines = new ArrayList<>(segments.size());
        for (Coordinate[] cs : segments.values()) {
            check.add(new NodedSegmentString(cs, null));
            lines.add(factory.createLineString(cs));
        }
        if (!(noder instanceof SnapRoundingNoder) && !new FastNodingValidator(check).isValid()) {
            return null;
        }
        return lines;
    }

    /** Segments already handed to the noder: a border two siblings share is noded once. */
    private final java.util.Set<SegmentKey> added = new java.util.HashSet<>();

    /** Adds the rings of a geometry as runs of segments not added before. */
    private void addRings(Geometry g, List<SegmentString> out) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            addRuns(p.getExteriorRing().getCoordinates(), out);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                addRuns(p.getInteriorRingN(h).getCoordinates(), out);
            }
        }
    }

    private void addRuns(Coordinate[] ring, List<SegmentString> out) {
        List<Coordinate> run = new ArrayList<>();
        for (int k = 0; k + 1 < ring.length; k++) {
            boolean fresh = !ring[k].equals2D(ring[k + 1]) && added.add(SegmentKey.of(ring[k], ring[k + 1]));
            if (fresh) {
                if (run.isEmpty()) {
                    run.add(ring[k]);
                }
                run.add(ring[k + 1]);
            } else if (!run.isEmpty()) {
                out.add(new NodedSegmentString(run.toArray(new Coordinate[0]), null));
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            out.add(new NodedSegmentString(run.toArray(new Coordinate[0]), null));
        }
    }

    // ------------------------------------------------------------------ assignment

    private int[] assign(Faces faces, Geometry[] g) {
        STRtree index = new STRtree();
        for (int i = 0; i < g.length; i++) {
            index.insert(g[i].getEnvelopeInternal(), i);
        }
        index.build();
        boolean anySettled = false;
        for (boolean x : settled) {
            anySettled |= x;
        }
        IndexedPointInAreaLocator[] locators = new IndexedPointInAreaLocator[g.length];
        IndexedPointInAreaLocator parentLocator = parent == null ? null : new IndexedPointInAreaLocator(parent);
        int n = faces.polygons().size();
        int[] owner = new int[n];
        List<List<Integer>> overlaps = new ArrayList<>();
        List<Integer> overlapFaces = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            Polygon face = faces.polygons().get(f);
            Coordinate at = face.getInteriorPoint().getCoordinate();
            if (at == null) {
                owner[f] = OUTSIDE;
                continue;
            }
            if (parentLocator != null && parentLocator.locate(at) != Location.INTERIOR) {
                owner[f] = OUTSIDE;
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Integer> near = index.query(new Envelope(at));
            List<Integer> in = new ArrayList<>(2);
            boolean inSettled = false;
            for (int i : near) {
                if (locators[i] == null) {
                    locators[i] = new IndexedPointInAreaLocator(g[i]);
                }
                if (locators[i].locate(at) == Location.INTERIOR) {
                    if (settled[i]) {
                        inSettled = true;
                    } else {
                        in.add(i);
                    }
                }
            }
            if (anySettled && inSettled) {
                owner[f] = SETTLED;   // a settled grid keeps what it covers
            } else if (in.size() == 1) {
                owner[f] = in.get(0);
            } else if (in.isEmpty()) {
                owner[f] = inAllowed(at) ? ALLOWED : GAP;
            } else {
                in.sort(null);
                owner[f] = OVERLAP;
                overlaps.add(in);
                overlapFaces.add(f);
            }
        }
        double[] areas = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            areas[i] = g[i].getArea();
        }
        for (int k = 0; k < overlapFaces.size(); k++) {
            int f = overlapFaces.get(k);
            owner[f] = choose(overlaps.get(k), faces.neighbours().get(f), owner, areas);
        }
        return owner;
    }

    private boolean inAllowed(Coordinate at) {
        for (Geometry a : allowed) {
            if (a.getEnvelopeInternal().contains(at) && a.contains(factory.createPoint(at))) {
                return true;
            }
        }
        return false;
    }

    private int choose(List<Integer> candidates, Map<Integer, Double> neighbours, int[] owner, double[] areas) {
        int best = candidates.get(0);
        switch (options.overlaps()) {
            case LONGEST_BORDER -> {
                double bestLength = -1;
                for (int c : candidates) {
                    double length = borderWith(neighbours, owner, c);
                    if (length > bestLength) {
                        bestLength = length;
                        best = c;
                    }
                }
            }
            case LARGEST_AREA -> {
                for (int c : candidates) {
                    if (areas[c] > areas[best]) {
                        best = c;
                    }
                }
            }
            case SMALLEST_AREA -> {
                for (int c : candidates) {
                    if (areas[c] < areas[best]) {
                        best = c;
                    }
                }
            }
            case LOWEST_ID -> {
                for (int c : candidates) {
                    if (ids[c].compareTo(ids[best]) < 0) {
                        best = c;
                    }
                }
            }
        }
        return best;
    }

    private static double borderWith(Map<Integer, Double> neighbours, int[] owner, int child) {
        double length = 0;
        for (Map.Entry<Integer, Double> e : neighbours.entrySet()) {
            if (owner[e.getKey()] == child) {
                length += e.getValue();
            }
        }
        return length;
    }

    // ------------------------------------------------------------------ gaps

    private void fillGaps(Faces faces, int[] owner, List<Gap> left) {
        int n = owner.length;
        boolean[] seen = new boolean[n];
        List<Integer> fill = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            if ((owner[f] != GAP && owner[f] != ALLOWED) || seen[f]) {
                continue;
            }
            int kind = owner[f];
            List<Integer> component = new ArrayList<>();
            Deque<Integer> todo = new ArrayDeque<>();
            todo.add(f);
            seen[f] = true;
            while (!todo.isEmpty()) {
                int x = todo.poll();
                component.add(x);
                for (int y : faces.neighbours().get(x).keySet()) {
                    if (!seen[y] && owner[y] == kind) {
                        seen[y] = true;
                        todo.add(y);
                    }
                }
            }
            Geometry piece = union(faces.polygons(), component);
            // snapping moves a border by up to the snapping distance (a vertex to the first one
            // within it), so a gap narrower than the maximum in the input may be that much wider now
            if (kind == GAP && !wider(piece, options.maxGapWidthMetres() + options.snapMetres())) {
                fill.addAll(component);
                continue;
            }
            java.util.TreeSet<Integer> bordering = new java.util.TreeSet<>();
            for (int x : component) {
                for (int y : faces.neighbours().get(x).keySet()) {
                    if (owner[y] >= 0) {
                        bordering.add(owner[y]);
                    }
                }
            }
            left.add(new Gap(piece, kind == ALLOWED, List.copyOf(bordering)));
        }
        // narrow gap faces to the neighbour with the longest border, those next to a child first
        boolean progress = true;
        while (!fill.isEmpty() && progress) {
            progress = false;
            List<Integer> rest = new ArrayList<>();
            int[] decided = new int[fill.size()];
            for (int k = 0; k < fill.size(); k++) {
                int f = fill.get(k);
                int best = -1;
                double bestLength = 0;
                Map<Integer, Double> sums = new java.util.TreeMap<>();
                for (Map.Entry<Integer, Double> e : faces.neighbours().get(f).entrySet()) {
                    int o = owner[e.getKey()];
                    if (o >= 0) {
                        sums.merge(o, e.getValue(), Double::sum);
                    }
                }
                for (Map.Entry<Integer, Double> e : sums.entrySet()) {
                    if (e.getValue() > bestLength) {
                        bestLength = e.getValue();
                        best = e.getKey();
                    }
                }
                decided[k] = best;
            }
            for (int k = 0; k < fill.size(); k++) {
                if (decided[k] >= 0) {
                    owner[fill.get(k)] = decided[k];
                    progress = true;
                } else {
                    rest.add(fill.get(k));
                }
            }
            fill = rest;
        }
        for (int f : fill) {
            // a narrow gap that borders no child (only the outside): left, reported as too wide
            owner[f] = GAP;
            left.add(new Gap(faces.polygons().get(f), false, List.of()));
        }
    }

    private Geometry union(List<Polygon> polygons, List<Integer> which) {
        if (which.size() == 1) {
            return polygons.get(which.get(0));
        }
        Geometry[] parts = new Geometry[which.size()];
        for (int k = 0; k < parts.length; k++) {
            parts[k] = polygons.get(which.get(k));
        }
        try {
            Geometry u = CoverageUnion.union(parts);
            if (u.isValid()) {
                return u;
            }
        } catch (RuntimeException e) {
            // fall through to the robust union
        }
        return UnaryUnionOp.union(java.util.Arrays.asList(parts));
    }

    /**
     * Whether a piece is at least {@code width} metres wide somewhere: a disc of that diameter fits
     * (the piece, scaled to metres around its first vertex, is not empty after an inward buffer of
     * half the width).
     */
    private boolean wider(Geometry piece, double width) {
        if (width <= 0) {
            return true;
        }
        Coordinate origin = piece.getCoordinate();
        Geometry metric = piece.copy();
        metric.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            c.x = (c.x - origin.x) * sx;
            c.y = (c.y - origin.y) * sy;
        });
        metric.geometryChanged();
        if (2 * Math.sqrt(metric.getArea() / Math.PI) < width) {
            return false;
        }
        return !metric.buffer(-width / 2, 2).isEmpty();
    }

    // ------------------------------------------------------------------ result

    /** {@return per child whether it is settled (see the field)} */
    private static boolean[] settled(Geometry[] g) {
        Map<SegmentKey, int[]> directed = new HashMap<>();
        for (int i = 0; i < g.length; i++) {
            int child = i;
            forEachDirectedSegment(g[i], (a, b) -> {
                int[] c = directed.computeIfAbsent(new SegmentKey(a.x, a.y, b.x, b.y), k -> new int[] {0, child});
                c[0]++;
                c[1] = child;
            });
        }
        boolean[] out = new boolean[g.length];
        for (int i = 0; i < g.length; i++) {
            int child = i;
            boolean[] ok = {true};
            forEachDirectedSegment(g[i], (a, b) -> {
                if (!ok[0]) {
                    return;
                }
                int[] same = directed.get(new SegmentKey(a.x, a.y, b.x, b.y));
                int[] reverse = directed.get(new SegmentKey(b.x, b.y, a.x, a.y));
                ok[0] = same[0] == 1 && reverse != null && reverse[0] == 1 && reverse[1] != child;
            });
            out[i] = ok[0];
        }
        return out;
    }

    /** Visits the segments of a polygonal geometry, shells counter-clockwise and holes clockwise. */
    private static void forEachDirectedSegment(Geometry g, SegmentVisitor visitor) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            directed(p.getExteriorRing().getCoordinates(), true, visitor);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                directed(p.getInteriorRingN(h).getCoordinates(), false, visitor);
            }
        }
    }

    private static void directed(Coordinate[] cs, boolean counterClockwise, SegmentVisitor visitor) {
        boolean reverse = org.locationtech.jts.algorithm.Orientation.isCCW(cs) != counterClockwise;
        for (int k = 0; k + 1 < cs.length; k++) {
            Coordinate a = reverse ? cs[k + 1] : cs[k];
            Coordinate b = reverse ? cs[k] : cs[k + 1];
            if (!a.equals2D(b)) {
                visitor.visit(a, b);
            }
        }
    }

    private Outcome build(Faces faces, int[] owner, List<Gap> gaps) {
        List<List<Integer>> mine = byOwner(owner);
        if (options.snapMetres() > 0 && reassignSlivers(faces, owner, mine)) {
            mine = byOwner(owner);
        }
        Geometry[] out = new Geometry[original.length];
        List<Integer> vanished = new ArrayList<>();
        Map<Integer, Integer> split = new java.util.TreeMap<>();
        for (int i = 0; i < original.length; i++) {
            if (settled[i]) {
                out[i] = unlessSame(snapped[i], original[i]);
                continue;
            }
            if (mine.get(i).isEmpty()) {
                vanished.add(i);
                out[i] = original[i];
                continue;
            }
            Geometry g = union(faces.polygons(), mine.get(i));
            if (g.getNumGeometries() > original[i].getNumGeometries()) {
                split.put(i, g.getNumGeometries());
            }
            out[i] = unlessSame(g, original[i]);
        }
        if (!vanished.isEmpty() || !split.isEmpty()) {
            return new Outcome(original.clone(), List.of(), vanished, split);
        }
        return new Outcome(out, gaps, vanished, split);
    }

    /**
     * {@return whether no child has more parts than in the input} (snapping may split a grid; the
     * faces then decide whether its pieces go to neighbours or the grid is refused)
     */
    private boolean noneSplit(Geometry[] g) {
        for (int i = 0; i < g.length; i++) {
            if (g[i].getNumGeometries() > original[i].getNumGeometries()) {
                return false;
            }
        }
        return true;
    }

    /** {@return the children's new geometries, the input instance where one has the input's shape} */
    private Geometry[] kept(Geometry[] g) {
        Geometry[] out = new Geometry[g.length];
        for (int i = 0; i < g.length; i++) {
            out[i] = unlessSame(g[i], original[i]);
        }
        return out;
    }

    /** {@return {@code before} when {@code after} is it or has its shape, else {@code after}} */
    private static Geometry unlessSame(Geometry after, Geometry before) {
        return after == before || HierarchicalValidation.sameShape(after, before) ? before : after;
    }

    private List<List<Integer>> byOwner(int[] owner) {
        List<List<Integer>> mine = new ArrayList<>();
        for (int i = 0; i < original.length; i++) {
            mine.add(new ArrayList<>());
        }
        for (int f = 0; f < owner.length; f++) {
            if (owner[f] >= 0) {
                mine.get(owner[f]).add(f);
            }
        }
        return mine;
    }

    /**
     * Gives the pieces that snapping broke off a grid to the neighbour along which they lie longest,
     * when they are narrower than the snapping distance (no disc that wide fits): a parent's vertex
     * within the snapping distance of two edges of a child's corner, but not of the corner, goes into
     * both edges, and the corner's tip falls off as a sliver of a few hundredths of a square metre.
     * Such a sliver is noise, not a part of the grid; without this the grid would be refused as
     * falling apart and its whole group left as it was (2 streets of the 100,000-grid redrawn city).
     * A piece at least that wide, or one that borders no other child, stays: the grid is refused.
     *
     * @return whether a face changed owner
     */
    private boolean reassignSlivers(Faces faces, int[] owner, List<List<Integer>> mine) {
        boolean changed = false;
        for (int i = 0; i < original.length; i++) {
            if (settled[i] || mine.get(i).size() < 2) {
                continue;
            }
            List<List<Integer>> parts = components(faces, owner, mine.get(i), i);
            int keep = original[i].getNumGeometries();
            if (parts.size() <= keep) {
                continue;
            }
            parts.sort((a, b) -> Double.compare(area(faces, b), area(faces, a)));
            for (List<Integer> part : parts.subList(keep, parts.size())) {
                if (wider(union(faces.polygons(), part), options.snapMetres())) {
                    continue;
                }
                Map<Integer, Double> along = new java.util.TreeMap<>();
                for (int f : part) {
                    for (Map.Entry<Integer, Double> e : faces.neighbours().get(f).entrySet()) {
                        int o = owner[e.getKey()];
                        if (o >= 0 && o != i) {
                            along.merge(o, e.getValue(), Double::sum);
                        }
                    }
                }
                int best = -1;
                for (Map.Entry<Integer, Double> e : along.entrySet()) {
                    if (best < 0 || e.getValue() > along.get(best)) {
                        best = e.getKey();
                    }
                }
                if (best >= 0) {
                    for (int f : part) {
                        owner[f] = best;
                    }
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** {@return the child's faces in pieces: faces sharing a segment are in the same piece} */
    private static List<List<Integer>> components(Faces faces, int[] owner, List<Integer> of, int child) {
        List<List<Integer>> out = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int start : of) {
            if (!seen.add(start)) {
                continue;
            }
            List<Integer> part = new ArrayList<>();
            Deque<Integer> todo = new ArrayDeque<>();
            todo.add(start);
            while (!todo.isEmpty()) {
                int x = todo.poll();
                part.add(x);
                for (int y : faces.neighbours().get(x).keySet()) {
                    if (owner[y] == child && seen.add(y)) {
                        todo.add(y);
                    }
                }
            }
            out.add(part);
        }
        return out;
    }

    private static double area(Faces faces, List<Integer> part) {
        double a = 0;
        for (int f : part) {
            a += faces.polygons().get(f).getArea();
        }
        return a;
    }

    // ------------------------------------------------------------------ segments

    /** Receives the segments of a polygonal geometry. */
    @FunctionalInterface
    private interface SegmentVisitor {
        void visit(Coordinate a, Coordinate b);
    }

    private static void forEachSegment(Geometry g, SegmentVisitor visitor) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            ring(p.getExteriorRing().getCoordinates(), visitor);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                ring(p.getInteriorRingN(h).getCoordinates(), visitor);
            }
        }
    }

    private static void ring(Coordinate[] cs, SegmentVisitor visitor) {
        for (int k = 0; k + 1 < cs.length; k++) {
            if (!cs[k].equals2D(cs[k + 1])) {
                visitor.visit(cs[k], cs[k + 1]);
            }
        }
    }

    /** An undirected segment, its ends in coordinate order. */
    private record SegmentKey(double x1, double y1, double x2, double y2) {
        static SegmentKey of(Coordinate a, Coordinate b) {
            return a.compareTo(b) <= 0 ? new SegmentKey(a.x, a.y, b.x, b.y) : new SegmentKey(b.x, b.y, a.x, a.y);
        }

        double metres(double sx, double sy) {
            return Math.hypot((x2 - x1) * sx, (y2 - y1) * sy);
        }
    }
}
