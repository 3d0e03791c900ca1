package io.gridgov.geo.validate;

import static io.gridgov.geo.GeoMessages.MESSAGES;
import static io.gridgov.geo.validate.HierarchicalValidation.NOISE_WIDTH;
import static io.gridgov.geo.validate.HierarchicalValidation.pointIn;
import static io.gridgov.geo.validate.HierarchicalValidation.polygonal;
import static io.gridgov.geo.validate.HierarchicalValidation.sameShape;

import io.gridgov.core.Severity;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.tree.Level;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPoint;
import io.gridgov.geo.measure.Areas;
import io.gridgov.geo.validate.HierarchicalValidation.Checked;
import io.gridgov.geo.validate.HierarchicalValidation.GroupInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.IntersectionMatrix;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The checks of one sibling group (同级网格检查): validity and contiguity of each child, the exact and
 * near-exact tiling certificates, cluster snapping, then the coverage check, overlaps, the comparison
 * with the parent and the edge mismatches, on the snapped geometries. Independent of the tree, so the
 * rule classes run it too ({@link SiblingGroupChecks}). One instance per group and run; not thread-safe.
 */
class SiblingGroupValidation {
    final GroupInput in;
    private static final PrecisionModel FLOATING = new PrecisionModel();
    private final ValidationOptions options;
    private final PieceSeverity severities;
    private final CoordinateSystem crs;
    private final List<Geometry> allowedGaps;
    private final STRtree allowedIndex;
    private final Optional<String> parentId;
    private final List<Violation> out = new ArrayList<>();
    private final List<Envelope> invalidEnvelopes = new ArrayList<>();
    /** Every area piece found in this group (errors and warnings), to explain invalid edges. */
    private final List<Geometry> pieces = new ArrayList<>();
    private int level;
    private double eps;
    /** Vertices moved or inserted by snapping to the tolerance. */
    private int snappedVertices;
    private STRtree memberIndex;
    /** The members' segments, indexed when first needed (see {@link Proximity}). */
    private IndexedFacetDistance[] memberFacets;
    /** The pieces' segments, indexed when first needed. */
    private final Map<Geometry, IndexedFacetDistance> pieceFacets = new java.util.IdentityHashMap<>();
    /** The members' vertices, hashed when first needed (see {@link #sharesBorder}). */
    private java.util.Set<Coordinate>[] memberVertices;
    /** Whether the group's pieces may be read off a {@link FaceArrangement}, or only off overlays. */
    private final Paths paths;
    /** A disc this many times the noise area inside a piece and a child proves they share area. */
    private static final double SURELY_SHARED = 16;
    /** How many segments of a piece's boundary {@link #discAlongBorder} tries. */
    private static final int BORDER_SEGMENTS_TRIED = 4;

    /**
     * How a group's overlaps, gaps and parts outside the parent are computed: by faces of one noding where
     * it is clean (the library's way), or by the robust overlays alone (the way before the faces, kept
     * so that a property can compare the two: {@code FacesPathProperties}).
     */
    enum Paths {
        FACES_WHERE_CLEAN, OVERLAYS_ONLY;

        boolean faces() {
            return this == FACES_WHERE_CLEAN;
        }
    }

    SiblingGroupValidation(GroupInput in, ValidationOptions options, CoordinateSystem crs, List<Geometry> allowedGaps,
            STRtree allowedIndex) {
        this(in, options, crs, allowedGaps, allowedIndex, Paths.FACES_WHERE_CLEAN);
    }

    SiblingGroupValidation(GroupInput in, ValidationOptions options, CoordinateSystem crs, List<Geometry> allowedGaps,
            STRtree allowedIndex, Paths paths) {
        this.paths = paths;
        this.in = in;
        this.options = options;
        this.crs = crs;
        this.severities = new PieceSeverity(options, crs);
        this.allowedGaps = allowedGaps;
        this.allowedIndex = allowedIndex;
        this.parentId = in.parentId();
    }

    /** {@return the number of vertices snapping moved or inserted (after {@link #run()})} */
    int snappedVertices() {
        return snappedVertices;
    }

    List<Violation> run() {
        level = in.level();
        List<String> members = new ArrayList<>();
        List<Geometry> geoms = new ArrayList<>();
        boolean anyGeometry = in.members().stream().anyMatch(c -> c != null);
        if (!anyGeometry) {
            return out;
        }
        boolean allValid = true;
        for (int k = 0; k < in.ids().size(); k++) {
            String child = in.ids().get(k);
            Checked c = in.members().get(k);
            if (c == null) {
                out.add(new Violation.MissingGeometry(Severity.ERROR, level, parentId, List.of(child),
                        MESSAGES.text("violation.MISSING_GEOMETRY", child)));
                continue;
            }
            if (!c.valid()) {
                allValid = false;
                reportInvalid(child, c);
            } else {
                checkContiguous(child, c.original());
            }
            if (c.usable() != null) {
                members.add(child);
                geoms.add(c.usable());
            }
        }
        if (geoms.isEmpty()) {
            return out;
        }
        Geometry[] g = geoms.toArray(new Geometry[0]);
        Checked parentChecked = in.parent();
        // A group whose valid children tile their valid parent exactly, vertex for vertex, has
        // no overlap, gap, part outside or edge mismatch: certify it by one pass over the
        // segments and skip the coverage check, the union and the overlays (see ExactTiling).
        // (The children's chains are kept for snapping by their outline, where that may pay.)
        boolean byOutline = allValid && parentChecked != null && parentChecked.valid() && options.toleranceMetres() > 0
                && OutlineSnapping.mayTile(g, parentChecked.usable(), options.toleranceMetres(), crs);
        ExactTiling childChains = byOutline ? ExactTiling.childrenOf(g, parentChecked.usable(), in.rings()) : null;
        if (allValid && parentChecked != null && parentChecked.valid()
                && (childChains != null ? childChains.tilesParent(parentChecked.usable(), in.rings())
                        : ExactTiling.certifies(g, parentChecked.usable(), in.rings()))) {
            if (childChains != null) {
                childChains.giveBack();
            }
            return out;
        }
        Envelope extent = new Envelope();
        for (Geometry x : g) {
            extent.expandToInclude(x.getEnvelopeInternal());
        }
        if (parentChecked != null && parentChecked.usable() != null) {
            extent.expandToInclude(parentChecked.usable().getEnvelopeInternal());
        }
        eps = 1e-9 * Math.max(Math.max(Math.abs(extent.getMaxX()), Math.abs(extent.getMinX())),
                Math.max(Math.max(Math.abs(extent.getMaxY()), Math.abs(extent.getMinY())),
                        Math.max(extent.getWidth(), extent.getHeight())));
        // A group whose children tile the parent up to pieces the overlays below would discard
        // as noise (a parent densified independently of its children): see NearTiling. Its
        // outline, when the children's chains were kept, is read once for this and the snapping.
        ChildOutline childOutline = null;
        if (childChains != null) {
            // the outline is all that is read of the chains from here on: their table is given back
            childOutline = ChildOutline.of(in.rings(), childChains);
            childChains.giveBack();
        }
        if (allValid && parentChecked != null && parentChecked.valid()
                && (childChains != null ? NearTiling.certifies(childOutline, parentChecked.usable(), NOISE_WIDTH * eps)
                        : NearTiling.certifies(g, parentChecked.usable(), NOISE_WIDTH * eps))) {
            return out;
        }

        // Cluster tolerance: what lies within the tolerance is one (see GroupSnapping); what
        // remains is measured on the snapped geometries. A group whose differences were all
        // within the tolerance is an exact tiling once snapped.
        // Children that tile each other exactly under a parent drawn too far off them to tile it
        // (OutlineSnapping.mayTile) are snapped by their outline alone; its snapping is their
        // union (see snapByOutlineOnly).
        Polygon snappedOutline = null;
        if (!byOutline && options.toleranceMetres() > 0 && allValid && parentChecked != null && parentChecked.valid()) {
            OutlineSnapping.Snapped snapped = snapByOutlineOnly(g, parentChecked.usable());
            if (snapped != null) {
                snappedVertices = snapped.snappedVertices();
                g = snapped.children();
                parentChecked = new Checked(parentChecked.original(), snapped.parent(), null);
                snappedOutline = snapped.outline();
            }
        }
        // Children that tile each other exactly are first snapped by their outline alone (see
        // OutlineSnapping): a group that then tiles its parent exactly has no finding.
        if (options.toleranceMetres() > 0 && snappedOutline == null) {
            Geometry parentGeometry = parentChecked != null && parentChecked.valid() ? parentChecked.usable() : null;
            OutlineSnapping.Snapped snappedByOutline = !byOutline ? null
                    : childChains != null
                            ? OutlineSnapping.snapByKnownOutline(g, parentGeometry, options.toleranceMetres(), crs,
                                    in.rings(), childOutline)
                            : OutlineSnapping.snap(g, parentGeometry, options.toleranceMetres(), crs, in.rings(), null);
            if (snappedByOutline != null) {
                snappedVertices = snappedByOutline.snappedVertices();
                snappedByOutline.release();   // the count is all the report reads of it
                return out;
            }
            GroupSnapping.Result snappedGroup = GroupSnapping.snap(g, parentGeometry, options.toleranceMetres(), crs,
                    in.rings());
            snappedVertices = snappedGroup.snappedVertices();
            // (unchanged by snapping, the group is what ExactTiling above already declined)
            if (allValid && parentGeometry != null && snappedGroup.tilesExactly()) {
                snappedGroup.giveBack();
                return out;
            }
            if (snappedGroup.changed(g, parentGeometry)) {
                g = snappedGroup.children();
                if (parentGeometry != null) {
                    parentChecked = new Checked(parentChecked.original(), snappedGroup.parent(), null);
                }
            }
            // its geometries are built: the snapping's arrays are read no more
            snappedGroup.giveBack();
        }

        // Children that agree with each other vertex for vertex (only their outline departs from
        // the parent's) give CoverageValidator nothing to flag, and their outline is their union:
        // see NearTiling.coverageUnion.
        Optional<Polygon> outlineUnion = snappedOutline != null ? Optional.of(snappedOutline)
                : g.length > 1 && allValid ? NearTiling.coverageUnion(g, g[0].getFactory()) : Optional.empty();
        Geometry[] invalidEdges = g.length == 1 || outlineUnion.isPresent() ? new Geometry[g.length]
                : CoverageValidator.validate(g);
        boolean clean = Arrays.stream(invalidEdges).allMatch(e -> e == null);

        boolean parentUsable = parentChecked != null && parentChecked.valid();
        // Children that do not form a coverage: one noding of all their rings and the parent's
        // replaces the union, the pairwise overlaps and the two differences with the parent (see
        // FaceArrangement); the overlays below only when that noding is not clean. Children that
        // form a coverage keep their union (cheap): noding every child's ring (most of them shared)
        // cost 1.5x the overlays on the redrawn city (branch geofaces); compareWithParent nodes
        // only the union's outline with the parent's, once for both differences.
        if (!clean && (g.length > 1 || parentUsable) && paths.faces()) {
            Geometry[] sources = Arrays.copyOf(g, g.length + (parentUsable ? 1 : 0));
            if (parentUsable) {
                sources[g.length] = parentChecked.usable();
            }
            Optional<FaceArrangement> faces = FaceArrangement.of(sources);
            if (faces.isPresent()) {
                checkFaces(faces.get(), members, g, invalidEdges, parentUsable ? parentChecked.usable() : null);
                findEdgeMismatches(members, invalidEdges);
                return out;
            }
        }
        Geometry union = null;
        if (g.length > 1 || parentChecked != null) {
            union = outlineUnion.isPresent() ? outlineUnion.get() : clean ? coverageUnion(g, parentChecked) : robustUnion(g);
        }

        // Overlaps: suspects are the members with invalid edges; if the areas do not add up,
        // every member is a suspect (duplicates are caught by CoverageValidator too).
        boolean[] suspect = new boolean[g.length];
        boolean anySuspect = false;
        for (int i = 0; i < g.length; i++) {
            suspect[i] = invalidEdges[i] != null;
            anySuspect |= suspect[i];
        }
        if (union != null && !anySuspect && g.length > 1) {
            double sum = 0;
            for (Geometry x : g) {
                sum += x.getArea();
            }
            if (sum - union.getArea() > 1e-9 * sum) {
                Arrays.fill(suspect, true);
                anySuspect = true;
            }
        }
        if (anySuspect) {
            findOverlaps(members, g, suspect, index(g));
        }

        if (parentChecked != null && union != null) {
            if (parentChecked.valid()) {
                compareWithParent(parentChecked.usable(), union, members, g);
            }
        }

        if (!clean) {
            findEdgeMismatches(members, invalidEdges);
        }
        return out;
    }

    /**
     * The group snapped by its children's outline alone ({@link OutlineSnapping#snapOutlineOnly}): the
     * children's outline and the parent snapped as two rings, each outline move carried into the child
     * rings holding it. Null when the children do not tile each other exactly (then they have no single
     * outline) or a check of {@code OutlineSnapping} fails; the whole group's snapping runs instead.
     *
     * <p>Why not the whole group's snapping here: the parent is compared with the children's union, and
     * the boundary of that union is their outline. The whole group's snapping also reads the interior
     * borders, most of the vertices, and does two things there the outline alone does not: where the
     * parent crosses an interior border near the outline it puts the parent's vertex into that border
     * (bending it by up to the tolerance, inside the union: the outline and the parent stay as they are,
     * only which child owns the end of a sliver changes), and it snaps the parent to an interior vertex
     * within the tolerance (not part of the union's boundary). Neither concerns the parent's agreement
     * with the union, and the snapped children still tile each other exactly, so they are their union's
     * cover without a coverage check. The count of snapped vertices then means, as on the covering route,
     * the vertices snapped where the children and the parent disagree.
     */
    private OutlineSnapping.Snapped snapByOutlineOnly(Geometry[] g, Geometry parent) {
        ExactTiling chains = ExactTiling.childrenOf(g, parent, in.rings());
        return chains == null ? null
                : OutlineSnapping.snapOutlineOnly(g, parent, options.toleranceMetres(), crs, in.rings(), chains);
    }

    private void reportInvalid(String child, Checked c) {
        TopologyValidationError e = c.error();
        Coordinate at = e.getCoordinate() != null ? e.getCoordinate() : c.original().getCoordinate();
        double area = c.usable() == null ? 0 : Areas.areaM2(c.usable(), crs);
        invalidEnvelopes.add(c.original().getEnvelopeInternal());
        out.add(new Violation.InvalidGeometry(Severity.ERROR, level, parentId, List.of(child), area,
                Optional.of(new GeoPoint(at.x, at.y)), Optional.of(c.original()), e.getMessage(),
                MESSAGES.text("violation.INVALID_GEOMETRY", child, e.getMessage(), ViolationText.coordinate(at.x, crs),
                        ViolationText.coordinate(at.y, crs))));
    }

    private void checkContiguous(String child, Geometry g) {
        if (g.getNumGeometries() < 2) {
            return;
        }
        Optional<Level> lvl = in.levelSpec();
        if (lvl.isEmpty() || !lvl.get().singlePiece()) {
            return;
        }
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            parts.add(g.getGeometryN(i));
        }
        double[] areas = parts.stream().mapToDouble(p -> Areas.areaM2(p, crs)).toArray();
        int largest = 0;
        for (int i = 1; i < areas.length; i++) {
            if (areas[i] > areas[largest]) {
                largest = i;
            }
        }
        List<Polygon> detached = new ArrayList<>();
        double detachedArea = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (i != largest) {
                detached.add((Polygon) parts.get(i));
                detachedArea += areas[i];
            }
        }
        Geometry piece = detached.size() == 1 ? detached.get(0)
                : g.getFactory().createMultiPolygon(detached.toArray(new Polygon[0]));
        Coordinate p = detached.get(0).getInteriorPoint().getCoordinate();
        out.add(new Violation.NotContiguous(Severity.ERROR, level, parentId, List.of(child), detachedArea,
                Optional.of(new GeoPoint(p.x, p.y)), Optional.of(piece), parts.size(),
                MESSAGES.text("violation.NOT_CONTIGUOUS", child, parts.size(), detachedArea,
                        lvl.get().nameEn())));
    }

    private Geometry coverageUnion(Geometry[] g, Checked parentChecked) {
        Geometry union;
        try {
            union = CoverageUnion.union(g);
        } catch (RuntimeException e) {
            return robustUnion(g);
        }
        // Fast path: a union equal to a valid parent is valid.
        if (parentChecked != null && parentChecked.valid() && sameShape(union, parentChecked.usable())) {
            return parentChecked.usable();
        }
        // locationtech/jts#1134: CoverageUnion may return an invalid polygon (hole touching shell).
        return union.isValid() ? union : robustUnion(g);
    }

    /**
     * The union of children that overlap or leave gaps: one overlay of all their edges, noded once
     * ({@link UnaryUnionNG}, floating precision), instead of a cascade of pairwise unions that
     * nodes the edges again at every level; the cascade only when that noding fails.
     */
    private Geometry robustUnion(Geometry[] g) {
        if (g.length > 2) {
            try {
                Geometry union = UnaryUnionNG.union(g[0].getFactory().createGeometryCollection(g), FLOATING);
                if (!union.isEmpty()) {
                    return union;
                }
            } catch (RuntimeException e) {
                // TopologyException of the floating noding: the robust cascade below
            }
        }
        return UnaryUnionOp.union(Arrays.asList(g));
    }

    /**
     * The overlaps, gaps and parts outside the parent, read off the faces of the group's arrangement
     * (sources 0..n-1 are the children, n the parent when given): the same pieces the overlays of
     * {@link #findOverlaps} and {@link #compareWithParent} find, noded once. Overlaps are reported for the
     * same pairs (one member at least a suspect: invalid edges, or areas that do not add up).
     */
    private void checkFaces(FaceArrangement faces, List<String> members, Geometry[] g, Geometry[] invalidEdges,
            Geometry parentGeometry) {
        int n = g.length;
        int faceCount = faces.faceCount();
        boolean[] suspect = new boolean[n];
        boolean anySuspect = false;
        for (int i = 0; i < n; i++) {
            suspect[i] = invalidEdges[i] != null;
            anySuspect |= suspect[i];
        }
        if (!anySuspect && n > 1) {
            // the children's areas add up to their union's plus what lies in two or more of them
            double sum = 0;
            for (Geometry x : g) {
                sum += x.getArea();
            }
            double excess = 0;
            for (int f = 1; f < faceCount; f++) {
                int children = childCount(faces.sources(f), n);
                if (children > 1) {
                    excess += (children - 1) * faces.area(f);
                }
            }
            if (excess > 1e-9 * sum) {
                Arrays.fill(suspect, true);
            }
        }
        // each pair's faces, ascending (the faces are visited in order)
        java.util.TreeMap<Long, List<Integer>> pairs = new java.util.TreeMap<>();
        for (int f = 1; f < faceCount; f++) {
            int[] in = faces.sources(f);
            int children = childCount(in, n);
            for (int x = 0; x < children; x++) {
                for (int y = x + 1; y < children; y++) {
                    if (suspect[in[x]] || suspect[in[y]]) {
                        pairs.computeIfAbsent(in[x] * (long) n + in[y], k -> new ArrayList<>()).add(f);
                    }
                }
            }
        }
        GeometryFactory factory = g[0].getFactory();
        for (Map.Entry<Long, List<Integer>> pair : pairs.entrySet()) {
            int a = (int) (pair.getKey() / n);
            int b = (int) (pair.getKey() % n);
            List<Polygon> polygons = new ArrayList<>();
            for (FaceArrangement.Region r : faces.region(pair.getValue().stream().mapToInt(Integer::intValue).toArray())) {
                polygons.addAll(r.polygons());
            }
            reportOverlap(members, a, b, polygons.size() == 1 ? polygons.get(0)
                    : factory.createMultiPolygon(polygons.toArray(new Polygon[0])));
        }
        if (parentGeometry == null) {
            return;
        }
        boolean[] gapFaces = new boolean[faceCount];
        boolean[] outsideFaces = new boolean[faceCount];
        boolean anyGap = false;
        boolean anyOutside = false;
        for (int f = 1; f < faceCount; f++) {
            int[] in = faces.sources(f);
            boolean inParent = in.length > 0 && in[in.length - 1] == n;
            int children = childCount(in, n);
            gapFaces[f] = inParent && children == 0;
            outsideFaces[f] = !inParent && children > 0;
            anyGap |= gapFaces[f];
            anyOutside |= outsideFaces[f];
        }
        if (!anyGap && !anyOutside) {
            return;
        }
        List<Polygon> gapPolygons = new ArrayList<>();
        if (anyGap) {
            for (FaceArrangement.Region r : faces.region(gapFaces)) {
                gapPolygons.addAll(r.polygons());
            }
        }
        List<Polygon> outsidePolygons = new ArrayList<>();
        List<FaceArrangement.Region> outsideRegions = new ArrayList<>();
        if (anyOutside) {
            for (FaceArrangement.Region r : faces.region(outsideFaces)) {
                for (Polygon p : r.polygons()) {
                    outsidePolygons.add(p);
                    outsideRegions.add(r);
                }
            }
        }
        STRtree index = index(g);
        reportParentPieces(ofPolygons(gapPolygons, factory), ofPolygons(outsidePolygons, factory), members, g,
                (k, piece, inside) -> {
                    FaceArrangement.Region r = outsideRegions.get(k);
                    return r.polygons().size() == 1 ? owners(faces, r, piece, members)
                            : owners(piece, inside, members, g, index);
                });
    }

    /** {@return the polygons of the regions of a set of faces} */
    private static List<Polygon> polygons(FaceArrangement faces, boolean[] set) {
        List<Polygon> polygons = new ArrayList<>();
        for (FaceArrangement.Region r : faces.region(set)) {
            polygons.addAll(r.polygons());
        }
        return polygons;
    }

    /** {@return how many of the sources (sorted) are children: those below n} */
    private static int childCount(int[] sources, int n) {
        int k = sources.length;
        return k > 0 && sources[k - 1] == n ? k - 1 : k;
    }

    private static Geometry ofPolygons(List<Polygon> polygons, GeometryFactory factory) {
        return polygons.size() == 1 ? polygons.get(0) : factory.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    /**
     * The members that own part of a piece outside the parent made of one region of faces: those whose
     * faces in it add up to an area above the noise (as {@link #owners(Geometry, Point, List, Geometry[], STRtree)}
     * decides with overlays), or else the largest share.
     */
    private List<String> owners(FaceArrangement faces, FaceArrangement.Region region, Geometry piece,
            List<String> members) {
        int n = members.size();
        Map<Integer, Double> shares = new java.util.TreeMap<>();
        for (int f : region.faces()) {
            for (int s : faces.sources(f)) {
                if (s < n) {
                    shares.merge(s, faces.area(f), Double::sum);
                }
            }
        }
        double noise = noiseArea(piece);
        List<String> owners = new ArrayList<>();
        int largest = -1;
        double largestArea = 0;
        for (Map.Entry<Integer, Double> share : shares.entrySet()) {
            if (share.getValue() > noise) {
                owners.add(members.get(share.getKey()));
            }
            if (share.getValue() > largestArea) {
                largest = share.getKey();
                largestArea = share.getValue();
            }
        }
        if (owners.isEmpty() && largest >= 0) {
            owners.add(members.get(largest));
        }
        owners.sort(null);
        return owners;
    }

    private void findOverlaps(List<String> members, Geometry[] g, boolean[] suspect, STRtree index) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < g.length; i++) {
            if (!suspect[i]) {
                continue;
            }
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(g[i]);
            @SuppressWarnings("unchecked")
            List<Integer> near = index.query(g[i].getEnvelopeInternal());
            near.sort(null);
            for (int j : near) {
                if (j == i) {
                    continue;
                }
                long key = Math.min(i, j) * (long) g.length + Math.max(i, j);
                if (!seen.add(key) || !prepared.intersects(g[j])) {
                    continue;
                }
                int a = Math.min(i, j);
                int b = Math.max(i, j);
                Geometry inter = polygonal(OverlayNGRobust.overlay(g[a], g[b], OverlayNG.INTERSECTION),
                        g[a].getFactory());
                reportOverlap(members, a, b, inter);
            }
        }
    }

    /** Reports the overlap of members a and b (a < b), unless it is noise or touches an invalid geometry. */
    private void reportOverlap(List<String> members, int a, int b, Geometry inter) {
        if (inter.isEmpty() || inter.getArea() <= noiseArea(inter) || touchesInvalid(inter)) {
            return;
        }
        pieces.add(inter);
        double area = EqualAreaFrame.areaM2(inter, crs);
        Severity severity = severities.of(inter, area);
        String ida = members.get(a);
        String idb = members.get(b);
        String first = ida.compareTo(idb) <= 0 ? ida : idb;
        String second = first.equals(ida) ? idb : ida;
        out.add(new Violation.Overlap(severity, level, parentId, List.of(ida, idb), area,
                Optional.of(pointIn(inter)), Optional.of(inter), BorderGrouping.sliver(inter, area, crs)
                        ? BorderGrouping.MERGED
                        : ViolationText.piece(severity, options, "violation.OVERLAP", first, second, area)));
    }

    private void compareWithParent(Geometry parentGeometry, Geometry union, List<String> members,
            Geometry[] g) {
        if (union == parentGeometry || sameShape(union, parentGeometry)) {
            return;
        }
        STRtree index = index(g);
        Geometry gap;
        Geometry outside;
        // one noding of the union's outline and the parent's gives both differences (see FaceArrangement);
        // the two robust overlays only when that noding is not clean
        Optional<FaceArrangement> faces = paths.faces()
                ? FaceArrangement.of(new Geometry[] {union, parentGeometry}) : Optional.empty();
        if (faces.isPresent()) {
            FaceArrangement f = faces.get();
            boolean[] gapFaces = new boolean[f.faceCount()];
            boolean[] outsideFaces = new boolean[f.faceCount()];
            for (int k = 1; k < f.faceCount(); k++) {
                int[] in = f.sources(k);
                gapFaces[k] = in.length == 1 && in[0] == 1;
                outsideFaces[k] = in.length == 1 && in[0] == 0;
            }
            GeometryFactory factory = parentGeometry.getFactory();
            gap = ofPolygons(polygons(f, gapFaces), factory);
            outside = ofPolygons(polygons(f, outsideFaces), factory);
        } else {
            gap = polygonal(OverlayNGRobust.overlay(parentGeometry, union, OverlayNG.DIFFERENCE),
                    parentGeometry.getFactory());
            outside = polygonal(OverlayNGRobust.overlay(union, parentGeometry, OverlayNG.DIFFERENCE),
                    parentGeometry.getFactory());
        }
        reportParentPieces(gap, outside, members, g, (k, piece, inside) -> owners(piece, inside, members, g, index));
    }

    /** Who owns the k-th piece outside the parent, given its interior point. */
    private interface Owners {
        List<String> of(int k, Geometry piece, Point inside);
    }

    /** Reports the pieces of the parent outside every child (gap) and of the children outside the parent. */
    private void reportParentPieces(Geometry gap, Geometry outside, List<String> members, Geometry[] g,
            Owners ownersOf) {
        STRtree index = index(g);
        Geometry nearAllowed = null;
        if (!gap.isEmpty() && !allowedGaps.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Geometry> allowed = allowedIndex.query(gap.getEnvelopeInternal());
            if (!allowed.isEmpty()) {
                Geometry allowedUnion = allowed.size() == 1 ? allowed.get(0) : UnaryUnionOp.union(allowed);
                nearAllowed = allowedUnion;
                gap = polygonal(OverlayNGRobust.overlay(gap, allowedUnion, OverlayNG.DIFFERENCE),
                        gap.getFactory());
            }
        }
        for (int k = 0; k < gap.getNumGeometries(); k++) {
            Geometry piece = gap.getGeometryN(k);
            if (piece.isEmpty() || piece.getArea() <= noiseArea(piece) || touchesInvalid(piece)) {
                continue;
            }
            // an allowed gap's outline, like any border, is one with what lies within the
            // tolerance of it: a piece narrower than the tolerance along it is not a gap
            if (nearAllowed != null && options.toleranceMetres() > 0
                    && Proximity.within(piece, nearAllowed, LocalMetric.units(options.toleranceMetres(),
                            piece.getEnvelopeInternal(), crs))
                    && !severities.wider(piece, options.toleranceMetres())) {
                continue;
            }
            pieces.add(piece);
            List<String> bordering = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<Integer> near = index.query(expanded(piece.getEnvelopeInternal()));
            List<LineString> rings = rings(piece);
            for (int i : near) {
                // two consecutive vertices of the piece that are the child's own lie on its boundary:
                // within eps of it and along it, as the two tests after decide (they index the child)
                if (alongVertices(vertices(g, i), rings)
                        || Proximity.facetsWithin(facets(g, i), g[i], piece, eps) && sharesBorder(g, i, piece)) {
                    bordering.add(members.get(i));
                }
            }
            bordering.sort(null);
            double area = EqualAreaFrame.areaM2(piece, crs);
            Severity severity = severities.of(piece, area);
            LocalizedText text = BorderGrouping.sliver(piece, area, crs) ? BorderGrouping.MERGED
                    : bordering.isEmpty()
                    ? ViolationText.piece(severity, options, "violation.GAP.none", area, parentId.orElseThrow())
                    : ViolationText.piece(severity, options, "violation.GAP", area, parentId.orElseThrow(), ViolationText.quoted(bordering));
            out.add(new Violation.Gap(severity, level, parentId, bordering, area, Optional.of(pointIn(piece)),
                    Optional.of(piece), text));
        }
        for (int k = 0; k < outside.getNumGeometries(); k++) {
            Geometry piece = outside.getGeometryN(k);
            if (piece.isEmpty() || piece.getArea() <= noiseArea(piece) || touchesInvalid(piece)) {
                continue;
            }
            pieces.add(piece);
            Point inside = piece.getInteriorPoint();
            List<String> owners = ownersOf.of(k, piece, inside);
            double area = EqualAreaFrame.areaM2(piece, crs);
            Severity severity = severities.of(piece, area);
            out.add(new Violation.OutsideParent(severity, level, parentId, owners, area,
                    Optional.of(pointInside(piece, inside)), Optional.of(piece), BorderGrouping.sliver(piece, area, crs)
                            ? BorderGrouping.MERGED
                            : ViolationText.piece(severity, options, "violation.OUTSIDE_PARENT", area,
                                    ViolationText.quoted(owners), parentId.orElseThrow())));
        }
    }

    /**
     * The members that own part of a piece of their union (outside the parent): those whose
     * intersection with the piece has an area above floating-point noise. A sibling that only
     * borders the piece shares no area with it, but the piece comes from an overlay, so its border
     * with that sibling may be noded a rounding error away from the sibling's own border: a
     * predicate on the boundaries ({@code touches}) is then wrong, and may even throw
     * {@code TopologyException}. The area of a robust overlay is neither. When every share is
     * below the noise threshold (a piece itself narrower than the noise), the largest share owns it.
     */
    private List<String> owners(Geometry piece, Point inside, List<String> members, Geometry[] g, STRtree index) {
        double noise = noiseArea(piece);
        @SuppressWarnings("unchecked")
        List<Integer> near = index.query(expanded(piece.getEnvelopeInternal()));
        near.sort(null);
        List<String> owners = new ArrayList<>();
        int largest = -1;
        double largestArea = 0;
        Coordinate centre = inside.getCoordinate();
        double depthInPiece = Double.NaN;
        for (int i : near) {
            // a child apart from the piece (boundaries apart, neither inside the other) shares
            // nothing with it: its intersection would be empty
            if (!g[i].getEnvelopeInternal().intersects(piece.getEnvelopeInternal())
                    || !sharesVertex(vertices(g, i), piece) && !Proximity.facetsWithin(facets(g, i), g[i], piece, 0)) {
                continue;
            }
            // a disc inside both the piece and the child, larger than the noise, proves that they
            // share area without the overlay: the one around the piece's interior point, when the
            // child holds that point
            if (centre != null && SimplePointInAreaLocator.locate(centre, g[i]) == Location.INTERIOR) {
                if (Double.isNaN(depthInPiece)) {
                    depthInPiece = PieceProbes.boundaryDistance(piece, centre.x, centre.y);
                }
                double radius = Math.min(depthInPiece, PieceProbes.boundaryDistance(g[i], centre.x, centre.y));
                if (Math.PI * radius * radius > SURELY_SHARED * noise) {
                    owners.add(members.get(i));
                    continue;
                }
            }
            // or one beside a stretch of the piece's boundary that runs along the child's (a piece
            // across the corner of two children holds the interior point of only one of them)
            if (discAlongBorder(piece, g, i, noise)) {
                owners.add(members.get(i));
                continue;
            }
            double shared = OverlayNGRobust.overlay(g[i], piece, OverlayNG.INTERSECTION).getArea();
            if (shared > noise) {
                owners.add(members.get(i));
            }
            if (shared > largestArea) {
                largest = i;
                largestArea = shared;
            }
        }
        if (owners.isEmpty() && largest >= 0) {
            owners.add(members.get(largest));
        }
        if (owners.isEmpty()) {
            // the piece is part of the children's union, so a child owns it, but a piece a rounding
            // error wide (0.5 mm across, 0.3 m long) shared neither a vertex nor an exact facet with
            // any, nor an intersection of any area: the nearest child owns it (a digitised 3 × 3
            // group at tolerance 0 reported it outside the parent with no grid named,
            // FacesPathProperties#anOutsidePieceARoundingErrorWideHasAnOwner)
            int nearest = -1;
            double nearestDistance = Double.POSITIVE_INFINITY;
            for (int i : near) {
                double d = g[i].distance(piece);
                if (d < nearestDistance) {
                    nearest = i;
                    nearestDistance = d;
                }
            }
            if (nearest >= 0) {
                owners.add(members.get(nearest));
            }
        }
        owners.sort(null);
        return owners;
    }

    /**
     * Whether a disc larger than {@link #SURELY_SHARED} times the noise lies inside both the piece and
     * member {@code i}: tried halfway across the piece from the midpoint of the first few segments of
     * the piece's boundary that start or end at a vertex of the member (along the segment's normal,
     * either side), then a quarter and a sixteenth of the segment's length off that midpoint, either
     * side. A proof only: false says nothing.
     */
    private boolean discAlongBorder(Geometry piece, Geometry[] g, int i, double noise) {
        java.util.Set<Coordinate> vertices = vertices(g, i);
        int tried = 0;
        for (LineString ring : rings(piece)) {
            Coordinate[] c = ring.getCoordinates();
            for (int k = 1; k < c.length && tried < BORDER_SEGMENTS_TRIED; k++) {
                Coordinate u = c[k - 1];
                Coordinate v = c[k];
                if (!vertices.contains(u) && !vertices.contains(v)) {
                    continue;
                }
                tried++;
                double length = u.distance(v);
                if (Math.PI * length * length / 16 <= SURELY_SHARED * noise) {
                    continue;   // too short to hold a disc that large beside it
                }
                double nx = -(v.y - u.y) / length;
                double ny = (v.x - u.x) / length;
                double mx = (u.x + v.x) / 2;
                double my = (u.y + v.y) / 2;
                // halfway across the piece from the segment's midpoint, either side, first: a sliver
                // narrower than a sixteenth of its segments holds none of the fixed offsets (on the
                // redrawn city, 9 in 10 of the owners the overlay decided)
                double ahead = PieceProbes.exit(piece, mx, my, nx, ny, ring, k);
                double behind = PieceProbes.exit(piece, mx, my, -nx, -ny, ring, k);
                for (double off : new double[] {ahead / 2, -behind / 2, length / 4, -length / 4, length / 16, -length / 16}) {
                    if (Double.isInfinite(off)) {
                        continue;   // the ray leaves the piece at once: that side is outside
                    }
                    Coordinate m = new Coordinate(mx + nx * off, my + ny * off);
                    if (SimplePointInAreaLocator.locate(m, piece) != Location.INTERIOR
                            || SimplePointInAreaLocator.locate(m, g[i]) != Location.INTERIOR) {
                        continue;
                    }
                    double radius = Math.min(PieceProbes.boundaryDistance(piece, m.x, m.y),
                            PieceProbes.boundaryDistance(g[i], m.x, m.y));
                    if (Math.PI * radius * radius > SURELY_SHARED * noise) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The area below which a piece computed by overlay is floating-point noise of the noding,
     * not a piece of the input: a strip along the whole boundary of the piece a thousandth of
     * {@code eps} wide (eps is 1e-9 of the coordinates' magnitude, so the strip is about 1e-12 of
     * it, thousands of ulps yet far below any real sliver).
     */
    private double noiseArea(Geometry piece) {
        return NOISE_WIDTH * eps * piece.getLength();
    }

    /** The members' envelopes, indexed; built only for groups that need it. */
    private STRtree index(Geometry[] g) {
        if (memberIndex == null) {
            memberIndex = new STRtree();
            for (int i = 0; i < g.length; i++) {
                memberIndex.insert(g[i].getEnvelopeInternal(), i);
            }
            memberIndex.build();
        }
        return memberIndex;
    }

    private void findEdgeMismatches(List<String> members, Geometry[] invalidEdges) {
        // Collect the invalid lines not explained by an area piece or an invalid geometry.
        List<LineString> lines = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        STRtree pieceIndex = new STRtree();
        for (Geometry p : pieces) {
            pieceIndex.insert(expanded(p.getEnvelopeInternal()), p);
        }
        for (int i = 0; i < invalidEdges.length; i++) {
            if (invalidEdges[i] == null) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<LineString> parts = LinearComponentExtracter.getLines(invalidEdges[i]);
            for (LineString line : parts) {
                if (touchesInvalid(line) || explained(line, pieceIndex)) {
                    continue;
                }
                lines.add(line);
                owner.add(i);
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        // Cluster lines that touch: one violation per cluster (a T-junction flags three grids).
        int[] root = UnionFind.singletons(lines.size());
        STRtree lineIndex = new STRtree();
        for (int i = 0; i < lines.size(); i++) {
            lineIndex.insert(expanded(lines.get(i).getEnvelopeInternal()), i);
        }
        for (int i = 0; i < lines.size(); i++) {
            @SuppressWarnings("unchecked")
            List<Integer> near = lineIndex.query(lines.get(i).getEnvelopeInternal());
            IndexedFacetDistance facets = null;
            for (int j : near) {
                if (j > i && UnionFind.find(root, i) != UnionFind.find(root, j)) {
                    if (facets == null) {
                        facets = new IndexedFacetDistance(lines.get(i));
                    }
                    if (Proximity.facetsWithin(facets, lines.get(i), lines.get(j), eps)) {
                        UnionFind.union(root, i, j);
                    }
                }
            }
        }
        Map<Integer, List<Integer>> clusters = new java.util.TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            clusters.computeIfAbsent(UnionFind.find(root, i), k -> new ArrayList<>()).add(i);
        }
        GeometryFactory factory = lines.get(0).getFactory();
        for (List<Integer> cluster : clusters.values()) {
            java.util.TreeSet<String> grids = new java.util.TreeSet<>();
            List<LineString> ls = new ArrayList<>();
            for (int i : cluster) {
                grids.add(members.get(owner.get(i)));
                ls.add(lines.get(i));
            }
            Geometry geometry = ls.size() == 1 ? ls.get(0)
                    : factory.createMultiLineString(ls.toArray(new LineString[0]));
            Coordinate c = ls.get(0).getInteriorPoint().getCoordinate();
            List<String> ids = List.copyOf(grids);
            out.add(new Violation.EdgeMismatch(Severity.ERROR, level, parentId, ids,
                    Optional.of(new GeoPoint(c.x, c.y)), Optional.of(geometry),
                    MESSAGES.text("violation.EDGE_MISMATCH", ViolationText.quoted(ids), ViolationText.coordinate(c.x, crs), ViolationText.coordinate(c.y, crs))));
        }
    }

    /** Whether a child and a piece share a border of positive length (not just a corner). */
    private boolean sharesBorder(Geometry[] g, int i, Geometry piece) {
        // The piece shares a border when two consecutive vertices of its boundary lie within eps
        // of the child's boundary (a corner touch has at most one; this also holds when noding
        // moved a vertex by a rounding error off the child's lines), or when the boundaries share
        // a line. The first, cheaper test decides most pieces.
        // First two consecutive vertices of the child itself (on its boundary, no distance to
        // compute), the usual case of a piece along a whole segment of the child.
        java.util.Set<Coordinate> vertices = vertices(g, i);
        List<LineString> rings = rings(piece);
        if (alongVertices(vertices, rings)) {
            return true;
        }
        IndexedFacetDistance distance = facets(g, i); // a polygon's segments are its boundary's
        Envelope reach = expanded(g[i].getEnvelopeInternal());
        for (LineString ring : rings) {
            boolean previous = false;
            for (Coordinate c : ring.getCoordinates()) {
                boolean near = vertices.contains(c)
                        || reach.contains(c) && distance.distance(piece.getFactory().createPoint(c)) <= eps;
                if (near && previous) {
                    return true;
                }
                previous = near;
            }
        }
        IntersectionMatrix im = RelateNG.relate(g[i], piece);
        return im.get(Location.BOUNDARY, Location.BOUNDARY) >= 1;
    }

    /** {@return whether a vertex of the piece is among the vertices (then they are 0 apart)} */
    private static boolean sharesVertex(java.util.Set<Coordinate> vertices, Geometry piece) {
        for (Coordinate c : piece.getCoordinates()) {
            if (vertices.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether two consecutive vertices of one of the rings are among the vertices} */
    private static boolean alongVertices(java.util.Set<Coordinate> vertices, List<LineString> rings) {
        for (LineString ring : rings) {
            boolean previous = false;
            for (Coordinate c : ring.getCoordinates()) {
                boolean near = vertices.contains(c);
                if (near && previous) {
                    return true;
                }
                previous = near;
            }
        }
        return false;
    }

    private List<LineString> rings(Geometry piece) {
        @SuppressWarnings("unchecked")
        List<LineString> rings = LinearComponentExtracter.getLines(piece);
        return rings;
    }

    private boolean explained(LineString line, STRtree pieceIndex) {
        @SuppressWarnings("unchecked")
        List<Geometry> near = pieceIndex.query(line.getEnvelopeInternal());
        for (Geometry p : near) {
            IndexedFacetDistance facets = pieceFacets.computeIfAbsent(p, IndexedFacetDistance::new);
            if (Proximity.facetsWithin(facets, p, line, eps)) {
                return true;
            }
        }
        return false;
    }

    /** {@return the piece's point (see {@code HierarchicalValidation.pointIn}), its interior point computed already} */
    private static GeoPoint pointInside(Geometry piece, Point interior) {
        Coordinate c = interior.getCoordinate();
        return c != null ? new GeoPoint(c.x, c.y) : HierarchicalValidation.pointIn(piece);
    }

    /** {@return member {@code i}'s vertices, hashed once per group} */
    @SuppressWarnings("unchecked")
    private java.util.Set<Coordinate> vertices(Geometry[] g, int i) {
        if (memberVertices == null || memberVertices.length != g.length) {
            memberVertices = new java.util.Set[g.length];
        }
        if (memberVertices[i] == null) {
            Coordinate[] all = g[i].getCoordinates();
            memberVertices[i] = new java.util.HashSet<>(all.length * 2);
            memberVertices[i].addAll(Arrays.asList(all));
        }
        return memberVertices[i];
    }

    /** {@return member {@code i}'s segments, indexed once per group} */
    private IndexedFacetDistance facets(Geometry[] g, int i) {
        if (memberFacets == null || memberFacets.length != g.length) {
            memberFacets = new IndexedFacetDistance[g.length];
        }
        if (memberFacets[i] == null) {
            memberFacets[i] = new IndexedFacetDistance(g[i]);
        }
        return memberFacets[i];
    }

    private boolean touchesInvalid(Geometry piece) {
        if (invalidEnvelopes.isEmpty()) {
            return false;
        }
        Envelope e = piece.getEnvelopeInternal();
        return invalidEnvelopes.stream().anyMatch(x -> x.intersects(e));
    }

    private Envelope expanded(Envelope e) {
        Envelope copy = new Envelope(e);
        copy.expandBy(eps);
        return copy;
    }


}
