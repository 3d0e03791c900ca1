package io.gridgov.testkit;

import io.gridgov.core.tree.DedicatedType;
import io.gridgov.core.tree.GridKind;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.geo.CoordinateSystem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The partition generator. Works in local metres (origin at the south-west corner):
 * <ol>
 * <li>cuts the root rectangle top-down into raw convex cells (street blocks or clipped Voronoi cells);</li>
 * <li>nodes the boundaries of all leaves together with snap-rounding to the millimetre and
 *     polygonizes them, so every shared border is one edge of one planar graph;</li>
 * <li>adds noise vertices to every edge once (keyed by its end points), so both neighbours get the
 *     same vertices;</li>
 * <li>builds every parent as the coverage union of its children (so it has exactly their outer vertices);</li>
 * <li>places enterprise grids as holes and lakes as allowed gaps, sets attributes, and maps the
 *     coordinates to the requested system with one deterministic function.</li>
 * </ol>
 */
final class Generator {

    /** Millimetre precision of the local metre coordinates. */
    static final PrecisionModel MM = new PrecisionModel(1000);
    static final GeometryFactory LOCAL = new GeometryFactory(MM);
    /** Full double precision for the raw cells: only the final noding rounds (to the millimetre). */
    static final GeometryFactory RAW = new GeometryFactory();
    /** The projected origin: roughly Guiyang in UTM zone 48N. */
    public static final double EASTING0 = 669_000;
    /** The projected origin's northing. */
    public static final double NORTHING0 = 2_933_000;

    private static final DedicatedType[] DEDICATED = {DedicatedType.SCHOOL, DedicatedType.MARKET,
        DedicatedType.HOSPITAL, DedicatedType.PARK, DedicatedType.GOVERNMENT};

    private final PartitionSpec spec;
    private final List<Cell> cells = new ArrayList<>();
    private final Map<String, Cell> byId = new HashMap<>();

    private static final class Cell {
        final String id;
        final Cell parent;
        final int level;
        Polygon raw;
        Geometry geometry;
        final List<Cell> children = new ArrayList<>();
        GridKind kind = GridKind.COMPREHENSIVE;
        long households;
        long population;
        boolean holed;

        Cell(String id, Cell parent, int level, Polygon raw) {
            this.id = id;
            this.parent = parent;
            this.level = level;
            this.raw = raw;
        }
    }

    private Generator(PartitionSpec spec) {
        this.spec = spec;
    }

    /**
     * Generates the partition of a spec.
     *
     * @param spec the spec
     * @return the partition
     */
    public static Partition generate(PartitionSpec spec) {
        return new Generator(spec).run();
    }

    private Partition run() {
        double leaves = spec.leafCount();
        double area = leaves * spec.leafSizeMetres() * spec.leafSizeMetres();
        double width = MM.makePrecise(Math.sqrt(area * 1.25));
        double height = MM.makePrecise(area / width);
        Polygon root = rectangle(0, 0, width, height);
        List<Cell> level = new ArrayList<>();
        List<Polygon> top = split(root, spec.fanOuts().get(0), random("root"));
        for (int i = 0; i < top.size(); i++) {
            level.add(add(new Cell(String.valueOf(i + 1), null, 1, top.get(i))));
        }
        for (int k = 1; k < spec.levels(); k++) {
            List<Cell> next = new ArrayList<>();
            for (Cell c : level) {
                List<Polygon> parts = split(c.raw, spec.fanOuts().get(k), random(c.id));
                for (int i = 0; i < parts.size(); i++) {
                    Cell child = add(new Cell(c.id + "." + (i + 1), c, k + 1, parts.get(i)));
                    c.children.add(child);
                    next.add(child);
                }
            }
            level = next;
        }
        List<Cell> leafCells = level;
        node(leafCells);
        jitter(leafCells);
        unionParents();
        List<Geometry> lakes = carve(leafCells);
        attributes(leafCells);
        return build(lakes);
    }

    private Cell add(Cell c) {
        cells.add(c);
        byId.put(c.id, c);
        return c;
    }

    private SplittableRandom random(String salt) {
        return new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L ^ (salt.hashCode() * 0xC2B2AE3D27D4EB4FL));
    }

    // ---- step 1: raw cells -------------------------------------------------------------------

    private List<Polygon> split(Polygon parent, int n, SplittableRandom rnd) {
        if (n == 1) {
            return List.of(parent);
        }
        return spec.style() == Style.STREET_BLOCKS ? streetBlocks(parent, n, rnd) : voronoi(parent, n, rnd);
    }

    private static List<Polygon> streetBlocks(Polygon parent, int n, SplittableRandom rnd) {
        Envelope e = parent.getEnvelopeInternal();
        double w = e.getWidth();
        double h = e.getHeight();
        int cols = (int) Math.max(1, Math.min(n, Math.round(Math.sqrt(n * w / h))));
        int base = n / cols;
        int extra = n % cols;
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < cols; i++) {
            rows.add(base + (i < extra ? 1 : 0));
        }
        java.util.Collections.shuffle(rows, new java.util.Random(rnd.nextLong()));
        double[] xs = cuts(e.getMinX(), e.getMaxX(), cols, rnd);
        List<Polygon> out = new ArrayList<>(n);
        for (int i = 0; i < cols; i++) {
            double[] ys = cuts(e.getMinY(), e.getMaxY(), rows.get(i), rnd);
            for (int j = 0; j < rows.get(i); j++) {
                out.add(rectangle(xs[i], ys[j], xs[i + 1], ys[j + 1]));
            }
        }
        return out;
    }

    /** Cut positions of an irregular street pattern: widths vary between 0.65 and 1.35 of the mean. */
    private static double[] cuts(double from, double to, int parts, SplittableRandom rnd) {
        double[] weights = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = 0.65 + 0.7 * rnd.nextDouble();
            sum += weights[i];
        }
        double[] xs = new double[parts + 1];
        xs[0] = from;
        double acc = 0;
        for (int i = 0; i < parts - 1; i++) {
            acc += weights[i];
            xs[i + 1] = MM.makePrecise(from + (to - from) * acc / sum);
        }
        xs[parts] = to;
        return xs;
    }

    private static List<Polygon> voronoi(Polygon parent, int n, SplittableRandom rnd) {
        Envelope e = parent.getEnvelopeInternal();
        List<Coordinate> seeds = new ArrayList<>(n);
        org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator inside =
                new org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator(parent);
        parent = RAW.createPolygon(parent.getExteriorRing().getCoordinateSequence());
        // best-candidate sampling: spread seeds evenly, keep cells from becoming slivers
        for (int i = 0; i < n; i++) {
            Coordinate best = null;
            double bestDistance = -1;
            for (int t = 0, found = 0; t < 400 && found < 24; t++) {
                Coordinate c = new Coordinate(MM.makePrecise(e.getMinX() + rnd.nextDouble() * e.getWidth()),
                        MM.makePrecise(e.getMinY() + rnd.nextDouble() * e.getHeight()));
                if (inside.locate(c) != org.locationtech.jts.geom.Location.INTERIOR) {
                    continue;
                }
                found++;
                double d = Double.MAX_VALUE;
                for (Coordinate s : seeds) {
                    double dx = s.x - c.x;
                    double dy = s.y - c.y;
                    d = Math.min(d, dx * dx + dy * dy); // squared: hypot is slow
                }
                if (d > bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            if (best == null || bestDistance == 0) {
                throw new IllegalStateException("cannot place " + n + " seeds in a cell of area " + parent.getArea());
            }
            seeds.add(best);
        }
        VoronoiDiagramBuilder vb = new VoronoiDiagramBuilder();
        vb.setSites(seeds);
        Envelope clip = new Envelope(e);
        clip.expandBy(Math.max(e.getWidth(), e.getHeight()));
        vb.setClipEnvelope(clip);
        Geometry diagram = vb.getDiagram(RAW);
        Map<Coordinate, Polygon> bySeed = new HashMap<>();
        org.locationtech.jts.geom.prep.PreparedGeometry prepared =
                org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(parent);
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            // cells well inside the parent need no clipping (the overlay is the costly part)
            Geometry clipped = prepared.containsProperly(cell) ? cell
                    : OverlayNGRobust.overlay(cell, parent, OverlayNG.INTERSECTION);
            bySeed.put((Coordinate) cell.getUserData(), largestPolygon(clipped));
        }
        List<Polygon> out = new ArrayList<>(n);
        for (Coordinate s : seeds) {
            Polygon p = bySeed.get(s);
            if (p == null) {
                throw new IllegalStateException("no Voronoi cell for seed " + s);
            }
            out.add(p);
        }
        return out;
    }

    private static Polygon largestPolygon(Geometry g) {
        Polygon best = null;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && (best == null || p.getArea() > best.getArea())) {
                best = p;
            }
        }
        if (best == null) {
            throw new IllegalStateException("empty cell");
        }
        return best;
    }

    static Polygon rectangle(double x0, double y0, double x1, double y1) {
        return RAW.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    // ---- step 2: one planar graph ------------------------------------------------------------

    private void node(List<Cell> leaves) {
        LineString[] rings = new LineString[leaves.size()];
        for (int i = 0; i < rings.length; i++) {
            rings[i] = LOCAL.createLineString(leaves.get(i).raw.getExteriorRing().getCoordinateSequence());
        }
        Geometry noded = UnaryUnionNG.union(LOCAL.createMultiLineString(rings), MM);
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(noded);
        @SuppressWarnings("unchecked")
        Collection<Polygon> faces = polygonizer.getPolygons();
        STRtree index = new STRtree();
        for (Cell c : leaves) {
            index.insert(c.raw.getEnvelopeInternal(), c);
        }
        Map<Cell, List<Polygon>> facesOf = new HashMap<>();
        for (Polygon face : faces) {
            Point p = face.getInteriorPoint();
            Cell owner = null;
            for (Object o : index.query(p.getEnvelopeInternal())) {
                Cell c = (Cell) o;
                if (c.raw.contains(p)) {
                    owner = c;
                    break;
                }
            }
            if (owner == null) {
                // a sliver left by rounding two nearly coincident borders: give it to the nearest cell
                double best = Double.MAX_VALUE;
                for (Object o : index.query(face.getEnvelopeInternal())) {
                    Cell c = (Cell) o;
                    double d = c.raw.distance(p);
                    if (d < best) {
                        best = d;
                        owner = c;
                    }
                }
                if (owner == null || 2 * face.getArea() / face.getLength() > 0.01) {
                    throw new IllegalStateException("a face of the noded borders lies in no cell: " + face);
                }
            }
            facesOf.computeIfAbsent(owner, k -> new ArrayList<>()).add(face);
        }
        for (Cell c : leaves) {
            List<Polygon> fs = facesOf.get(c);
            if (fs == null) {
                throw new IllegalStateException("cell " + c.id + " vanished when noding (too small for millimetres)");
            }
            if (fs.size() == 1) {
                c.raw = (Polygon) fs.get(0).norm(); // the polygonizer's ring start is not deterministic
            } else {
                Geometry u = union(fs);
                if (!(u instanceof Polygon merged) || merged.getNumInteriorRing() > 0) {
                    throw new IllegalStateException("cell " + c.id + " falls apart when noding: " + u);
                }
                c.raw = (Polygon) merged.norm();
            }
        }
    }

    // ---- step 3: noise vertices --------------------------------------------------------------

    private void jitter(List<Cell> leaves) {
        Set<Long> straight = new HashSet<>();
        for (int round = 0; round < 6; round++) {
            Map<Long, Coordinate[]> memo = new HashMap<>();
            List<Cell> invalid = new ArrayList<>();
            for (Cell c : leaves) {
                c.geometry = jittered(c.raw, memo, straight);
                if (!c.geometry.isValid()) {
                    invalid.add(c);
                }
            }
            if (invalid.isEmpty()) {
                return;
            }
            for (Cell c : invalid) {
                Coordinate[] cs = c.raw.getExteriorRing().getCoordinates();
                for (int i = 0; i + 1 < cs.length; i++) {
                    straight.add(key(cs[i], cs[i + 1]));
                }
            }
        }
        throw new IllegalStateException("noise vertices keep crossing; lower the noise");
    }

    private Polygon jittered(Polygon face, Map<Long, Coordinate[]> memo, Set<Long> straight) {
        Coordinate[] cs = face.getExteriorRing().getCoordinates();
        List<Coordinate> out = new ArrayList<>(cs.length * (spec.verticesPerBorder() + 1));
        for (int i = 0; i + 1 < cs.length; i++) {
            Coordinate a = cs[i];
            Coordinate b = cs[i + 1];
            out.add(a);
            long k = key(a, b);
            boolean forward = compare(a, b) < 0;
            Coordinate[] mid = memo.computeIfAbsent(k, kk -> forward ? between(a, b, straight.contains(kk))
                    : between(b, a, straight.contains(kk)));
            if (forward) {
                java.util.Collections.addAll(out, mid);
            } else {
                for (int j = mid.length - 1; j >= 0; j--) {
                    out.add(mid[j]);
                }
            }
        }
        out.add(out.get(0));
        return LOCAL.createPolygon(out.toArray(new Coordinate[0]));
    }

    /** The intermediate vertices of the edge a→b (a before b in coordinate order). */
    private Coordinate[] between(Coordinate a, Coordinate b, boolean straight) {
        double len = a.distance(b);
        int k = (int) Math.min(spec.verticesPerBorder(), Math.floor(len / 0.5) - 1);
        if (k <= 0) {
            return new Coordinate[0];
        }
        double nx = -(b.y - a.y) / len;
        double ny = (b.x - a.x) / len;
        double amp = straight ? 0 : spec.noise() * len;
        long h = spec.seed() ^ Double.doubleToLongBits(a.x) * 31 ^ Double.doubleToLongBits(a.y) * 17
                ^ Double.doubleToLongBits(b.x) * 7 ^ Double.doubleToLongBits(b.y);
        Coordinate[] out = new Coordinate[k];
        for (int i = 1; i <= k; i++) {
            double t = (double) i / (k + 1);
            double r = unit(h + i * 0x9E3779B97F4A7C15L);
            double off = amp * Math.sin(Math.PI * t) * r;
            out[i - 1] = new Coordinate(MM.makePrecise(a.x + (b.x - a.x) * t + nx * off),
                    MM.makePrecise(a.y + (b.y - a.y) * t + ny * off));
        }
        return out;
    }

    private static double unit(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return ((h >>> 11) * 0x1.0p-53) * 2 - 1;
    }

    private static int compare(Coordinate a, Coordinate b) {
        return a.compareTo(b);
    }

    private static long key(Coordinate a, Coordinate b) {
        Coordinate lo = compare(a, b) < 0 ? a : b;
        Coordinate hi = lo == a ? b : a;
        long h = Double.doubleToLongBits(lo.x);
        h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(lo.y);
        h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(hi.x);
        h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(hi.y);
        return h;
    }

    // ---- step 4: parents ---------------------------------------------------------------------

    private void unionParents() {
        for (int i = cells.size() - 1; i >= 0; i--) {
            Cell c = cells.get(i);
            if (!c.children.isEmpty()) {
                List<Geometry> kids = new ArrayList<>(c.children.size());
                for (Cell k : c.children) {
                    kids.add(k.geometry);
                }
                c.geometry = union(kids);
            }
        }
    }

    static Geometry union(Collection<? extends Geometry> parts) {
        Geometry[] array = parts.toArray(new Geometry[0]);
        Geometry u = CoverageUnion.union(array);
        if (u == null || !u.isValid()) {
            Geometry all = LOCAL.buildGeometry(new ArrayList<>(parts));
            u = OverlayNGRobust.union(all);
        }
        return u.getNumGeometries() == 1 ? u.getGeometryN(0) : u;
    }

    // ---- step 5: holes and lakes -------------------------------------------------------------

    private List<Geometry> carve(List<Cell> leaves) {
        List<Cell> candidates = new ArrayList<>(leaves);
        java.util.Collections.shuffle(candidates, new java.util.Random(spec.seed() ^ 0x5DEECE66DL));
        List<Geometry> lakes = new ArrayList<>();
        int holes = spec.holes();
        int lakeCount = spec.lakes();
        for (Cell c : candidates) {
            if (holes == 0 && lakeCount == 0) {
                break;
            }
            Polygon cut = inside((Polygon) c.geometry);
            if (cut == null) {
                continue;
            }
            Polygon shell = (Polygon) c.geometry;
            LinearRing hole = LOCAL.createLinearRing(cut.getExteriorRing().reverse().getCoordinates());
            c.geometry = LOCAL.createPolygon(shell.getExteriorRing(), new LinearRing[] {hole});
            c.holed = true;
            if (holes > 0) {
                Cell e = add(new Cell(c.id + "-e", c.parent, c.level, cut));
                e.geometry = cut;
                e.kind = GridKind.dedicated(DedicatedType.ENTERPRISE);
                e.holed = true;
                if (c.parent != null) {
                    c.parent.children.add(e);
                }
                holes--;
            } else {
                lakes.add(cut);
                lakeCount--;
            }
        }
        return lakes;
    }

    /** A 12-gon well inside the polygon, or null if none fits. */
    private Polygon inside(Polygon p) {
        Coordinate center = p.getCentroid().getCoordinate();
        if (!p.contains(LOCAL.createPoint(center))) {
            center = p.getInteriorPoint().getCoordinate();
        }
        double r = 0.2 * Math.sqrt(p.getArea());
        for (int t = 0; t < 10; t++, r *= 0.6) {
            if (r < 2) {
                return null;
            }
            Coordinate[] ring = new Coordinate[13];
            for (int i = 0; i < 12; i++) {
                double a = -2 * Math.PI * i / 12;
                ring[i] = new Coordinate(MM.makePrecise(center.x + r * Math.cos(a)),
                        MM.makePrecise(center.y + r * Math.sin(a)));
            }
            ring[12] = ring[0];
            Polygon cut = LOCAL.createPolygon(ring);
            if (!Orientation.isCCW(ring)) {
                cut = cut.reverse();
            }
            if (p.contains(cut) && p.getExteriorRing().distance(cut) > 0.1 * r) {
                return cut;
            }
        }
        return null;
    }

    // ---- step 6: attributes ------------------------------------------------------------------

    private void attributes(List<Cell> leaves) {
        SplittableRandom rnd = random("attributes");
        for (Cell c : leaves) {
            if (!c.holed && rnd.nextDouble() < spec.dedicatedShare()) {
                c.kind = GridKind.dedicated(DEDICATED[rnd.nextInt(DEDICATED.length)]);
            }
        }
        for (Cell c : cells) {
            if (!c.children.isEmpty()) {
                continue;
            }
            if (c.kind.isDedicated()) {
                c.households = rnd.nextInt(0, 31);
                c.population = Math.round(c.households * (2.6 + 0.6 * rnd.nextDouble())) + rnd.nextInt(0, 60);
            } else {
                c.households = rnd.nextInt(300, 501);
                c.population = Math.round(c.households * (2.6 + 0.6 * rnd.nextDouble()));
            }
        }
        for (int i = cells.size() - 1; i >= 0; i--) {
            Cell c = cells.get(i);
            if (!c.children.isEmpty()) {
                c.households = c.children.stream().mapToLong(k -> k.households).sum();
                c.population = c.children.stream().mapToLong(k -> k.population).sum();
            }
        }
    }

    // ---- step 7: nodes, scheme, coordinates --------------------------------------------------

    private static final String[][] LEVEL_NAMES = {
        {"grid", "网格", "grid"}, {"community", "社区", "community"}, {"street", "街道", "street"},
        {"district", "区", "district"}, {"city", "市", "city"}};

    /**
     * The level scheme of generated partitions with this many levels: grid at the bottom, then
     * community, street, district, city, then {@code level-k}.
     *
     * @param levels the number of levels
     * @return the scheme
     */
    public static LevelScheme scheme(int levels) {
        List<Level> list = new ArrayList<>();
        for (int k = 1; k <= levels; k++) {
            int fromBottom = levels - k;
            if (fromBottom < LEVEL_NAMES.length) {
                String[] n = LEVEL_NAMES[fromBottom];
                list.add(Level.builder(n[0]).names(n[1], n[2]).build());
            } else {
                list.add(Level.builder("level-" + k).build());
            }
        }
        return new LevelScheme("generated-" + levels, "生成的" + levels + "级网格", "generated " + levels + "-level grid",
                list);
    }

    private Partition build(List<Geometry> lakes) {
        LevelScheme scheme = scheme(spec.levels());
        Transform t = new Transform(spec);
        List<GridNode> nodes = new ArrayList<>(cells.size());
        Map<String, Geometry> geometries = new LinkedHashMap<>(cells.size() * 2);
        for (Cell c : preorder()) {
            Level level = scheme.level(c.level);
            GridNode.Builder b = GridNode.builder(c.id).name(level.nameZh() + c.id).level(level.key())
                    .kind(c.kind).households(c.households).population(c.population);
            if (c.parent != null) {
                b.parent(c.parent.id);
            }
            if (c.kind.isDedicated()) {
                b.tags(c.kind.dedicatedType().orElseThrow().key());
            }
            nodes.add(b.build());
            geometries.put(c.id, t.apply(c.geometry));
        }
        List<Geometry> gaps = lakes.stream().map(t::apply).toList();
        return new Partition(spec, scheme, nodes, geometries, spec.crs(), gaps);
    }

    private List<Cell> preorder() {
        List<Cell> out = new ArrayList<>(cells.size());
        java.util.ArrayDeque<Cell> stack = new java.util.ArrayDeque<>();
        List<Cell> roots = cells.stream().filter(c -> c.parent == null).toList();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            Cell c = stack.pop();
            out.add(c);
            for (int i = c.children.size() - 1; i >= 0; i--) {
                stack.push(c.children.get(i));
            }
        }
        return out;
    }

    /** Local metres → the spec's coordinate system: one affine map, so shared vertices stay identical. */
    public static final class Transform implements CoordinateSequenceFilter {
        private final boolean lonLat;
        private final double x0;
        private final double y0;
        private final double sx;
        private final double sy;
        private final GeometryFactory factory;

        /**
         * The map of a spec.
         *
         * @param spec the spec
         */
        public Transform(PartitionSpec spec) {
            this.lonLat = spec.crs() == CoordinateSystem.LON_LAT_WGS84;
            if (lonLat) {
                x0 = spec.originLon();
                y0 = spec.originLat();
                sy = 1 / Units.metresPerDegreeLat(spec.originLat());
                sx = 1 / Units.metresPerDegreeLon(spec.originLat());
                factory = new GeometryFactory(new PrecisionModel(), 4326);
            } else {
                x0 = EASTING0;
                y0 = NORTHING0;
                sx = 1;
                sy = 1;
                factory = new GeometryFactory(new PrecisionModel(), 0);
            }
        }

        /** {@return the geometry in the target system (a copy)} */
        public Geometry apply(Geometry g) {
            Geometry copy = factory.createGeometry(g);
            copy.apply(this);
            copy.normalize(); // canonical ring start and orientation: equal specs give equal geometries
            copy.geometryChanged();
            return copy;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            seq.setOrdinate(i, 0, x0 + seq.getX(i) * sx);
            seq.setOrdinate(i, 1, y0 + seq.getY(i) * sy);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
