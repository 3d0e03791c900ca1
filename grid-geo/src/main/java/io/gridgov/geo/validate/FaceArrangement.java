package io.gridgov.geo.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.noding.BasicSegmentString;
import org.locationtech.jts.noding.FastNodingValidator;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentString;

/**
 * The faces of the arrangement of a few polygonal sources (面划分: a sibling group's children and its
 * parent), each face labelled with the sources that contain it. One noding of every ring of every
 * source replaces the overlays a group's checks would otherwise run pair by pair (child ∩ child,
 * parent − union, union − parent): a face inside the parent and no child is part of a gap, one inside
 * two children part of their overlap, one inside a child and outside the parent part of what lies
 * outside it; {@link #region} joins such faces into the polygons an overlay would return.
 *
 * <p>How: the rings are noded together once ({@link MCIndexNoder} with floating-point intersections,
 * as {@code OverlayNG} nodes first; the noding is validated and {@link #of} answers empty when it is
 * not clean, so the caller can fall back to the robust overlays). Coincident segments of different
 * sources become one edge carrying both sources, each with the side its interior lies on. The
 * half-edges around each vertex are sorted by angle (quadrant, then JTS's robust orientation test),
 * and the faces are walked with the left-hand rule; a clockwise cycle is a hole of the smallest
 * counter-clockwise cycle around it (or of the unbounded face). Labels are then propagated from the
 * unbounded face (inside no source) across edges: crossing an edge changes exactly the sources whose
 * boundary runs along it, to the side their interior lies on. No point-in-polygon test is needed
 * except to place the holes.
 *
 * <p>Not thread-safe; one instance per group and run.
 */
final class FaceArrangement {

    private final GeometryFactory factory;
    private final Coordinate[] vertices;
    /** Origin vertex of each half-edge; half-edges 2e and 2e+1 are the two sides of edge e. */
    private final int[] origin;
    /** Per vertex, its outgoing half-edges sorted counter-clockwise: {@code out[outStart[v] .. outStart[v+1])}. */
    private final int[] out;
    private final int[] outStart;
    /** The position of each half-edge in its origin's sorted list. */
    private final int[] position;
    /** The face to the left of each half-edge (0 is the unbounded face). */
    private final int[] faceOf;
    /** The sources containing each face, sorted. */
    private final int[][] labels;
    private final double[] areas;
    /** Per edge, the sources whose boundary runs along it, and whether each one's interior is to the left of half-edge 2e. */
    private final int[][] edgeSources;
    private final boolean[][] edgeLeftInside;
    /** Per face, its half-edges: {@code faceEdges[faceEdgeStart[f] .. faceEdgeStart[f+1])}. */
    private final int[] faceEdgeStart;
    private final int[] faceEdges;
    /** Scratch of {@link #region}, cleared after each call: faces in the set, their part, half-edges walked, stack positions. */
    private final boolean[] inSet;
    private final int[] localIndex;
    private final boolean[] walked;
    private final int[] stackPosition;

    private FaceArrangement(GeometryFactory factory, Coordinate[] vertices, int[] origin, int[][] edgeSources,
            boolean[][] edgeLeftInside) {
        this.factory = factory;
        this.vertices = vertices;
        this.origin = origin;
        this.edgeSources = edgeSources;
        this.edgeLeftInside = edgeLeftInside;
        int halfEdges = origin.length;
        outStart = new int[vertices.length + 1];
        for (int h = 0; h < halfEdges; h++) {
            outStart[origin[h] + 1]++;
        }
        for (int v = 0; v < vertices.length; v++) {
            outStart[v + 1] += outStart[v];
        }
        out = new int[halfEdges];
        int[] fill = Arrays.copyOf(outStart, vertices.length);
        for (int h = 0; h < halfEdges; h++) {
            out[fill[origin[h]]++] = h;
        }
        position = new int[halfEdges];
        for (int v = 0; v < vertices.length; v++) {
            sortAround(v);
            for (int i = outStart[v]; i < outStart[v + 1]; i++) {
                position[out[i]] = i - outStart[v];
            }
        }
        faceOf = new int[halfEdges];
        List<double[]> faceAreas = new ArrayList<>();
        List<List<Integer>> faceCycles = new ArrayList<>();
        faceCycles.add(new ArrayList<>()); // the unbounded face
        faceAreas.add(new double[] {0});
        // the cycles of the left-hand walk: counter-clockwise ones bound a face, clockwise ones are holes
        int[] cycleOf = new int[halfEdges];
        Arrays.fill(cycleOf, -1);
        List<Integer> cycleStart = new ArrayList<>();
        List<Double> cycleArea = new ArrayList<>();
        for (int h = 0; h < halfEdges; h++) {
            if (cycleOf[h] >= 0) {
                continue;
            }
            int c = cycleStart.size();
            cycleStart.add(h);
            double twice = 0;
            Coordinate base = vertices[origin[h]];
            int e = h;
            do {
                cycleOf[e] = c;
                Coordinate a = vertices[origin[e]];
                Coordinate b = vertices[origin[e ^ 1]];
                twice += (a.x - base.x) * (b.y - base.y) - (b.x - base.x) * (a.y - base.y);
                e = next(e);
            } while (e != h);
            cycleArea.add(twice / 2);
        }
        int cycles = cycleStart.size();
        int[] faceOfCycle = new int[cycles];
        List<Integer> shells = new ArrayList<>();
        for (int c = 0; c < cycles; c++) {
            if (cycleArea.get(c) > 0) {
                faceOfCycle[c] = faceCycles.size();
                List<Integer> own = new ArrayList<>();
                own.add(c);
                faceCycles.add(own);
                faceAreas.add(new double[] {cycleArea.get(c)});
                shells.add(c);
            }
        }
        // holes: each clockwise cycle lies in the smallest shell around it, or in the unbounded face; the
        // shells' envelopes are walked once, their rings made only for a shell whose envelope holds a hole's
        double[] shellEnvelopes = null;
        Coordinate[][] shellRings = null;
        for (int c = 0; c < cycles; c++) {
            if (cycleArea.get(c) > 0) {
                continue;
            }
            if (shellEnvelopes == null) {
                shellEnvelopes = new double[4 * shells.size()];
                shellRings = new Coordinate[shells.size()][];
                for (int i = 0; i < shells.size(); i++) {
                    cycleEnvelope(cycleStart.get(shells.get(i)), shellEnvelopes, 4 * i);
                }
            }
            double[] holeEnvelope = new double[4];
            cycleEnvelope(cycleStart.get(c), holeEnvelope, 0);
            Coordinate[] hole = null;
            int best = -1;
            for (int i = 0; i < shells.size(); i++) {
                if (!covers(shellEnvelopes, 4 * i, holeEnvelope)
                        || best >= 0 && cycleArea.get(shells.get(i)) >= cycleArea.get(shells.get(best))) {
                    continue;
                }
                if (hole == null) {
                    hole = cycleCoordinates(cycleStart.get(c));
                }
                if (shellRings[i] == null) {
                    shellRings[i] = cycleCoordinates(cycleStart.get(shells.get(i)));
                }
                if (encloses(shellRings[i], hole)) {
                    best = i;
                }
            }
            int face = best < 0 ? 0 : faceOfCycle[shells.get(best)];
            faceOfCycle[c] = face;
            faceCycles.get(face).add(c);
            faceAreas.get(face)[0] += cycleArea.get(c);
        }
        for (int h = 0; h < halfEdges; h++) {
            faceOf[h] = faceOfCycle[cycleOf[h]];
        }
        int faces = faceCycles.size();
        areas = new double[faces];
        for (int f = 1; f < faces; f++) {
            areas[f] = faceAreas.get(f)[0];
        }
        // labels: from the unbounded face (inside nothing) across the edges
        labels = new int[faces][];
        labels[0] = new int[0];
        int[] queue = new int[faces];
        int head = 0;
        int tail = 0;
        queue[tail++] = 0;
        while (head < tail) {
            int f = queue[head++];
            for (int c : faceCycles.get(f)) {
                int start = cycleStart.get(c);
                int h = start;
                do {
                    int g = faceOf[h ^ 1];
                    if (labels[g] == null) {
                        labels[g] = across(labels[f], h);
                        queue[tail++] = g;
                    }
                    h = next(h);
                } while (h != start);
            }
        }
        for (int f = 0; f < faces; f++) {
            if (labels[f] == null) {
                labels[f] = new int[0]; // unreachable: every face borders another or holds a hole
            }
        }
        faceEdgeStart = new int[faces + 1];
        for (int h = 0; h < halfEdges; h++) {
            faceEdgeStart[faceOf[h] + 1]++;
        }
        for (int f = 0; f < faces; f++) {
            faceEdgeStart[f + 1] += faceEdgeStart[f];
        }
        faceEdges = new int[halfEdges];
        int[] at = Arrays.copyOf(faceEdgeStart, faces);
        for (int h = 0; h < halfEdges; h++) {
            faceEdges[at[faceOf[h]]++] = h;
        }
        inSet = new boolean[faces];
        localIndex = new int[faces];
        walked = new boolean[halfEdges];
        stackPosition = new int[vertices.length];
        Arrays.fill(stackPosition, -1);
    }

    /**
     * Nodes the sources' rings and builds the faces.
     *
     * @param sources valid polygonal geometries (their index is the source number in the labels)
     * @return the arrangement; empty when there is no ring or the floating-point noding is not clean (use
     *     overlays)
     */
    static Optional<FaceArrangement> of(Geometry[] sources) {
        List<SegmentString> rings = new ArrayList<>();
        for (int s = 0; s < sources.length; s++) {
            Geometry g = sources[s];
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (!(g.getGeometryN(i) instanceof Polygon p) || p.isEmpty()) {
                    continue;
                }
                for (int r = -1; r < p.getNumInteriorRing(); r++) {
                    Coordinate[] ring = CoordinateArrays.removeRepeatedPoints(
                            (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates());
                    if (ring.length < 4) {
                        continue;
                    }
                    boolean ccw = Orientation.isCCW(ring);
                    // a shell's interior is to the left when it runs counter-clockwise, a hole's when clockwise
                    boolean interiorLeft = r < 0 == ccw;
                    rings.add(new NodedSegmentString(ring, new Side(s, interiorLeft)));
                }
            }
        }
        if (rings.isEmpty()) {
            return Optional.empty();
        }
        Collection<SegmentString> noded;
        if (rings.size() == 2 && sources.length == 2 && singleShell(sources[0]) && singleShell(sources[1])) {
            // two simple rings (a union's outline and its parent's): only one against the other
            Optional<Coordinate[][]> across = TwoRingNoding.node(rings.get(0).getCoordinates(),
                    rings.get(1).getCoordinates());
            if (across.isEmpty()) {
                return Optional.empty();
            }
            noded = List.of(new BasicSegmentString(across.get()[0], rings.get(0).getData()),
                    new BasicSegmentString(across.get()[1], rings.get(1).getData()));
        } else {
            MCIndexNoder noder = new MCIndexNoder();
            noder.setSegmentIntersector(new IntersectionAdder(new RobustLineIntersector()));
            noder.computeNodes(rings);
            @SuppressWarnings("unchecked")
            Collection<SegmentString> all = noder.getNodedSubstrings();
            if (!new FastNodingValidator(all).isValid()) {
                return Optional.empty();
            }
            noded = all;
        }
        int expected = 0;
        for (SegmentString ss : noded) {
            expected += ss.size();
        }
        // primitive tables: a HashMap keyed by Coordinate collides much on nearby lon/lat positions
        PositionIds ids = new PositionIds(expected);
        List<Coordinate> vertices = new ArrayList<>();
        int[] origin = new int[64];
        List<int[]> sources2 = new ArrayList<>();
        List<boolean[]> sides = new ArrayList<>();
        for (SegmentString ss : noded) {
            Side side = (Side) ss.getData();
            Coordinate[] c = ss.getCoordinates();
            for (int k = 1; k < c.length; k++) {
                if (c[k - 1].equals2D(c[k])) {
                    continue;
                }
                int a = ids.id(c[k - 1]);
                if (a == vertices.size()) {
                    vertices.add(c[k - 1]);
                }
                int b = ids.id(c[k]);
                if (b == vertices.size()) {
                    vertices.add(c[k]);
                }
                int e = ids.edge(a, b);
                if (e == sources2.size()) {
                    if (2 * e + 1 >= origin.length) {
                        origin = Arrays.copyOf(origin, origin.length * 2);
                    }
                    origin[2 * e] = a;
                    origin[2 * e + 1] = b;
                    sources2.add(new int[0]);
                    sides.add(new boolean[0]);
                }
                boolean leftInside = origin[2 * e] == a ? side.interiorLeft() : !side.interiorLeft();
                int[] have = sources2.get(e);
                boolean[] haveSides = sides.get(e);
                int n = have.length;
                int[] more = Arrays.copyOf(have, n + 1);
                boolean[] moreSides = Arrays.copyOf(haveSides, n + 1);
                more[n] = side.source();
                moreSides[n] = leftInside;
                sources2.set(e, more);
                sides.set(e, moreSides);
            }
        }
        int edges = sources2.size();
        if (edges == 0) {
            return Optional.empty();
        }
        return Optional.of(new FaceArrangement(sources[0].getFactory(), vertices.toArray(new Coordinate[0]),
                Arrays.copyOf(origin, 2 * edges), sources2.toArray(new int[0][]), sides.toArray(new boolean[0][])));
    }

    /** {@return whether a geometry is one polygon without holes (its one ring is simple: it is valid)} */
    private static boolean singleShell(Geometry g) {
        return g instanceof Polygon p && p.getNumInteriorRing() == 0
                || g.getNumGeometries() == 1 && g.getGeometryN(0) instanceof Polygon q && q.getNumInteriorRing() == 0;
    }

    /** The source of a ring and the side of it its interior lies on. */
    private record Side(int source, boolean interiorLeft) {
    }

    /** {@return the number of faces, the unbounded one (0) included} */
    int faceCount() {
        return labels.length;
    }

    /** {@return the sources containing face f, sorted (do not modify)} */
    int[] sources(int f) {
        return labels[f];
    }

    /** {@return the area of face f, in the coordinates' units} */
    double area(int f) {
        return areas[f];
    }

    /** One connected part of a set of faces: its faces and its polygons (usually one). */
    record Region(int[] faces, List<Polygon> polygons) {
    }

    /**
     * The connected parts of a set of faces, as polygons: faces sharing an edge are one part; parts
     * touching at a vertex are apart, and a part whose boundary touches itself has a hole touching its
     * shell, as {@code OverlayNG} builds them. Shells are clockwise and holes counter-clockwise, as
     * {@code OverlayNG} orients them.
     *
     * @param inSet per face, whether it belongs to the set (the unbounded face must not)
     * @return the parts, in order of their lowest face
     */
    List<Region> region(boolean[] set) {
        int count = 0;
        for (boolean in : set) {
            count += in ? 1 : 0;
        }
        int[] faces = new int[count];
        for (int f = 0, k = 0; f < set.length; f++) {
            if (set[f]) {
                faces[k++] = f;
            }
        }
        return region(faces);
    }

    /**
     * The same for the faces listed, in ascending order; its cost is that of their half-edges (a
     * group has as many overlapping pairs as faces in two children, each a handful of faces).
     *
     * @param faces the faces of the set, ascending (not the unbounded face)
     * @return the parts, in order of their lowest face
     */
    List<Region> region(int[] faces) {
        int n = faces.length;
        for (int i = 0; i < n; i++) {
            inSet[faces[i]] = true;
            localIndex[faces[i]] = i;
        }
        int[] root = UnionFind.singletons(n);
        int[] boundary = new int[16];
        int boundaryCount = 0;
        for (int i = 0; i < n; i++) {
            int f = faces[i];
            for (int k = faceEdgeStart[f]; k < faceEdgeStart[f + 1]; k++) {
                int h = faceEdges[k];
                int g = faceOf[h ^ 1];
                if (!inSet[g]) {
                    if (boundaryCount == boundary.length) {
                        boundary = Arrays.copyOf(boundary, 2 * boundaryCount);
                    }
                    boundary[boundaryCount++] = h;
                } else if (g != f) {
                    UnionFind.union(root, i, localIndex[g]);
                }
            }
        }
        boundary = Arrays.copyOf(boundary, boundaryCount);
        Arrays.sort(boundary);   // walked from the lowest half-edge, as a scan of all would
        int[] partOfRoot = new int[n];
        Arrays.fill(partOfRoot, -1);
        List<List<Integer>> partFaces = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = UnionFind.find(root, i);
            if (partOfRoot[r] < 0) {
                partOfRoot[r] = partFaces.size();
                partFaces.add(new ArrayList<>());
            }
            partFaces.get(partOfRoot[r]).add(faces[i]);
        }
        int parts = partFaces.size();
        List<List<Coordinate[]>> shells = new ArrayList<>();
        List<List<Coordinate[]>> holes = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            shells.add(new ArrayList<>());
            holes.add(new ArrayList<>());
        }
        for (int h : boundary) {
            if (walked[h]) {
                continue;
            }
            int part = partOfRoot[UnionFind.find(root, localIndex[faceOf[h]])];
            List<Integer> walk = new ArrayList<>();
            int e = h;
            do {
                walked[e] = true;
                walk.add(origin[e]);
                e = nextOnBoundary(e, inSet);
            } while (e != h);
            splitAtTouches(walk, stackPosition, shells.get(part), holes.get(part));
        }
        for (int h : boundary) {
            walked[h] = false;
        }
        for (int f : faces) {
            inSet[f] = false;
        }
        List<Region> regions = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            List<Coordinate[]> partShells = shells.get(p);
            List<List<LinearRing>> partHoles = new ArrayList<>();
            for (int i = 0; i < partShells.size(); i++) {
                partHoles.add(new ArrayList<>());
            }
            for (Coordinate[] hole : holes.get(p)) {
                int owner = 0;
                if (partShells.size() > 1) {
                    double smallest = Double.POSITIVE_INFINITY;
                    for (int i = 0; i < partShells.size(); i++) {
                        double a = Math.abs(signedArea(partShells.get(i)));
                        if (a < smallest && encloses(partShells.get(i), hole)) {
                            owner = i;
                            smallest = a;
                        }
                    }
                }
                partHoles.get(owner).add(factory.createLinearRing(reversed(hole)));
            }
            List<Polygon> polygons = new ArrayList<>(partShells.size());
            for (int i = 0; i < partShells.size(); i++) {
                polygons.add(factory.createPolygon(factory.createLinearRing(reversed(partShells.get(i))),
                        partHoles.get(i).toArray(new LinearRing[0])));
            }
            regions.add(new Region(partFaces.get(p).stream().mapToInt(Integer::intValue).toArray(), polygons));
        }
        return regions;
    }

    /**
     * Cuts a closed walk of vertices where it passes a vertex twice: each loop cut off, and what is
     * left, is one ring, a shell when counter-clockwise, else a hole.
     */
    private void splitAtTouches(List<Integer> walk, int[] stackPosition, List<Coordinate[]> shells,
            List<Coordinate[]> holes) {
        int[] stack = new int[walk.size() + 1];
        int top = 0;
        for (int i = 0; i <= walk.size(); i++) {
            int v = walk.get(i % walk.size());
            int at = stackPosition[v];
            if (at >= 0) {
                Coordinate[] ring = new Coordinate[top - at + 1];
                for (int k = at; k < top; k++) {
                    ring[k - at] = vertices[stack[k]].copy();
                    if (k > at) {
                        stackPosition[stack[k]] = -1;
                    }
                }
                ring[top - at] = ring[0].copy();
                top = at + 1;
                if (ring.length >= 4) {
                    (signedArea(ring) > 0 ? shells : holes).add(ring);
                }
                continue;
            }
            stackPosition[v] = top;
            stack[top++] = v;
        }
        for (int k = 0; k < top; k++) {
            stackPosition[stack[k]] = -1;
        }
    }

    /** {@return the left-hand walk's next half-edge after h} */
    private int next(int h) {
        int v = origin[h ^ 1];
        int k = outStart[v + 1] - outStart[v];
        return out[outStart[v] + (position[h ^ 1] - 1 + k) % k];
    }

    /** {@return the next half-edge after h on the boundary of a set of faces lying to its left} */
    private int nextOnBoundary(int h, boolean[] inSet) {
        int v = origin[h ^ 1];
        int k = outStart[v + 1] - outStart[v];
        int j = position[h ^ 1];
        // turning clockwise from where h arrives, every sector passed lies in the set, until an
        // edge with a face outside the set to its right
        for (int i = 1; i <= k; i++) {
            int e = out[outStart[v] + ((j - i) % k + k) % k];
            if (!inSet[faceOf[e ^ 1]]) {
                return e;
            }
        }
        throw new IllegalStateException("no boundary edge leaves a vertex of the boundary");
    }

    /** {@return the sources containing the face right of h, given those containing the face left of it} */
    private int[] across(int[] left, int h) {
        int e = h >> 1;
        int[] on = edgeSources[e];
        if (on.length == 0) {
            return left;
        }
        boolean forward = (h & 1) == 0;
        int[] result = left;
        for (int i = 0; i < on.length; i++) {
            boolean insideRight = forward != edgeLeftInside[e][i];   // the right side of h is the left of h ^ 1
            result = insideRight ? with(result, on[i]) : without(result, on[i]);
        }
        return result;
    }

    private static int[] with(int[] set, int s) {
        int i = Arrays.binarySearch(set, s);
        if (i >= 0) {
            return set;
        }
        int at = -i - 1;
        int[] more = new int[set.length + 1];
        System.arraycopy(set, 0, more, 0, at);
        more[at] = s;
        System.arraycopy(set, at, more, at + 1, set.length - at);
        return more;
    }

    private static int[] without(int[] set, int s) {
        int i = Arrays.binarySearch(set, s);
        if (i < 0) {
            return set;
        }
        int[] less = new int[set.length - 1];
        System.arraycopy(set, 0, less, 0, i);
        System.arraycopy(set, i + 1, less, i, set.length - i - 1);
        return less;
    }

    /** Sorts a vertex's outgoing half-edges counter-clockwise from the positive x axis (exact). */
    private void sortAround(int v) {
        int from = outStart[v];
        int to = outStart[v + 1];
        for (int i = from + 1; i < to; i++) {
            int h = out[i];
            int j = i - 1;
            while (j >= from && compareAngle(v, out[j], h) > 0) {
                out[j + 1] = out[j];
                j--;
            }
            out[j + 1] = h;
        }
    }

    private int compareAngle(int v, int a, int b) {
        Coordinate o = vertices[v];
        Coordinate pa = vertices[origin[a ^ 1]];
        Coordinate pb = vertices[origin[b ^ 1]];
        int qa = quadrant(pa.x - o.x, pa.y - o.y);
        int qb = quadrant(pb.x - o.x, pb.y - o.y);
        if (qa != qb) {
            return Integer.compare(qa, qb);
        }
        // same quadrant: b counter-clockwise of a means a comes first
        return -Orientation.index(o, pa, pb);
    }

    /** Quadrants numbered counter-clockwise from the positive x axis (0 holds it, 1 the positive y axis, …). */
    private static int quadrant(double dx, double dy) {
        if (dy >= 0) {
            return dx > 0 ? 0 : dy > 0 ? 1 : 2;
        }
        return dx < 0 ? 2 : 3;
    }

    /**
     * Writes the envelope of the cycle from half-edge {@code start} at {@code at} (least x, least y,
     * greatest x, greatest y): its vertices taken in the cycle's order as {@code Envelope.expandToInclude}
     * takes them, so the same bounds as the {@code Envelope} of {@link #cycleCoordinates}.
     */
    private void cycleEnvelope(int start, double[] into, int at) {
        Coordinate first = vertices[origin[start]];
        double minX = first.x;
        double minY = first.y;
        double maxX = first.x;
        double maxY = first.y;
        for (int h = next(start); h != start; h = next(h)) {
            Coordinate p = vertices[origin[h]];
            if (p.x < minX) {
                minX = p.x;
            }
            if (p.x > maxX) {
                maxX = p.x;
            }
            if (p.y < minY) {
                minY = p.y;
            }
            if (p.y > maxY) {
                maxY = p.y;
            }
        }
        into[at] = minX;
        into[at + 1] = minY;
        into[at + 2] = maxX;
        into[at + 3] = maxY;
    }

    /** {@return whether the envelope at {@code at} covers the other} ({@code Envelope.covers}) */
    private static boolean covers(double[] envelopes, int at, double[] other) {
        return other[0] >= envelopes[at] && other[2] <= envelopes[at + 2]
                && other[1] >= envelopes[at + 1] && other[3] <= envelopes[at + 3];
    }

    private Coordinate[] cycleCoordinates(int start) {
        List<Coordinate> ring = new ArrayList<>();
        int h = start;
        do {
            ring.add(vertices[origin[h]]);
            h = next(h);
        } while (h != start);
        ring.add(vertices[origin[start]]);
        return ring.toArray(new Coordinate[0]);
    }

    /**
     * Whether a ring lies inside another it does not cross (they may share vertices): decided by
     * the first of its vertices not on the other's boundary.
     */
    private static boolean encloses(Coordinate[] shell, Coordinate[] ring) {
        for (Coordinate p : ring) {
            int location = RayCrossingCounter.locatePointInRing(p, shell);
            if (location != Location.BOUNDARY) {
                return location == Location.INTERIOR;
            }
        }
        return false;
    }

    private static double signedArea(Coordinate[] ring) {
        double twice = 0;
        Coordinate base = ring[0];
        for (int i = 1; i < ring.length; i++) {
            Coordinate a = ring[i - 1];
            Coordinate b = ring[i];
            twice += (a.x - base.x) * (b.y - base.y) - (b.x - base.x) * (a.y - base.y);
        }
        return twice / 2;
    }

    private static Coordinate[] reversed(Coordinate[] ring) {
        Coordinate[] r = ring.clone();
        CoordinateArrays.reverse(r);
        return r;
    }
}
