package io.gridgov.geo.validate;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * The rings of a sibling group's polygonal geometries, read once into flat coordinate arrays (组内
 * 坐标): every ring's x and y one after another (closing vertex included), per ring where it starts,
 * per geometry its first ring. The checks of a group (the input's validity, {@link ExactTiling},
 * {@link GroupSnapping}) read their coordinates from here instead of each walking the group's
 * {@code Coordinate} objects again: on the redrawn 10,000-grid city one such walk cost as much as a
 * tenth of the validation, most of it waiting for memory, and there were five.
 *
 * <p>A geometry's rings are in the order {@code GroupSnapping} and {@code ExactTiling} take them:
 * polygon by polygon, the shell, then the holes (an empty polygon has one ring, empty). Geometries that are not
 * polygonal (nor empty) are not held: {@link #indexOf} does not find them. Geometries are found by
 * identity. The arrays are shared, not copied, so callers must not write to them. Not thread-safe
 * (a lookup hint); one instance per group and run.
 */
final class GroupRings {

    /** The geometries held, in the order given. */
    private final Geometry[] geometries;
    /** Per geometry, its first ring; one more entry at the end. */
    private final int[] firstRing;
    /** Per ring, its first vertex in {@link #x}; one more entry at the end. */
    private final int[] start;
    /** Per ring, whether it is a shell (else a hole). */
    private final boolean[] shell;
    /**
     * Per ring, its JTS ring (the {@code Coordinate} objects of a rebuilt ring come from it); null
     * for a ring given by its coordinates ({@link #borrowingOutline}).
     */
    private final LinearRing[] rings;
    /**
     * The vertices' coordinates, ring after ring: the first {@link #vertexCount()} entries (arrays
     * borrowed from {@link KeptArrays} may be longer).
     */
    final double[] x;
    final double[] y;
    /** How many vertices {@link #x} and {@link #y} hold. */
    private final int vertexCount;
    /** Whether {@link #x} and {@link #y} were borrowed from this thread's {@link KeptArrays}. */
    private final boolean borrowed;
    /** Whether {@link #giveBack} gave them back. */
    private boolean givenBack;
    /** The index {@link #indexOf} found last (the callers ask in the order given). */
    private int hint;

    private GroupRings(Geometry[] geometries, int[] firstRing, int[] start, boolean[] shell, LinearRing[] rings,
            double[] x, double[] y, int vertexCount, boolean borrowed) {
        this.geometries = geometries;
        this.firstRing = firstRing;
        this.start = start;
        this.shell = shell;
        this.rings = rings;
        this.x = x;
        this.y = y;
        this.vertexCount = vertexCount;
        this.borrowed = borrowed;
    }

    /**
     * Reads geometries' rings.
     *
     * @param geometries geometries (nulls, and geometries neither polygonal nor empty, are skipped)
     * @return their rings
     */
    static GroupRings of(Geometry... geometries) {
        return read(geometries, false);
    }

    /**
     * Reads geometries' rings (as {@link #of}) into coordinate arrays borrowed from this thread's
     * {@link KeptArrays}, for a caller that knows when the group is done and then calls {@link
     * #giveBack()} on this thread: a validation reads every grid's coordinates into such arrays,
     * and reused they are not new memory to be written for every street (branch outl12).
     *
     * @param geometries geometries (nulls, and geometries neither polygonal nor empty, are skipped)
     * @return their rings
     */
    static GroupRings borrowing(Geometry... geometries) {
        return read(geometries, true);
    }

    private static GroupRings read(Geometry[] geometries, boolean borrow) {
        int count = 0;
        int ringCount = 0;
        int vertices = 0;
        for (Geometry g : geometries) {
            if (!held(g)) {
                continue;
            }
            count++;
            for (int i = 0; i < g.getNumGeometries(); i++) {
                ringCount += 1 + ((Polygon) g.getGeometryN(i)).getNumInteriorRing();
            }
            vertices += g.getNumPoints();
        }
        Geometry[] held = new Geometry[count];
        int[] firstRing = new int[count + 1];
        int[] start = new int[ringCount + 1];
        boolean[] shell = new boolean[ringCount];
        LinearRing[] rings = new LinearRing[ringCount];
        KeptArrays kept = borrow ? KeptArrays.ofThisThread() : null;
        double[] x = borrow ? kept.doubles(vertices) : new double[vertices];
        double[] y = borrow ? kept.doubles(vertices) : new double[vertices];
        int k = 0;
        int r = 0;
        int v = 0;
        for (Geometry g : geometries) {
            if (!held(g)) {
                continue;
            }
            held[k] = g;
            firstRing[k++] = r;
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Polygon p = (Polygon) g.getGeometryN(i);
                for (int h = -1; h < p.getNumInteriorRing(); h++) {
                    LinearRing ring = h < 0 ? p.getExteriorRing() : p.getInteriorRingN(h);
                    CoordinateSequence s = ring.getCoordinateSequence();
                    int n = s.size();
                    if (v + n > Math.min(x.length, y.length)) {
                        // (getNumPoints counted every ring above; a sequence that says otherwise still fits)
                        x = Arrays.copyOf(x, v + n);
                        y = Arrays.copyOf(y, v + n);
                    }
                    for (int j = 0; j < n; j++) {
                        x[v + j] = s.getX(j);
                        y[v + j] = s.getY(j);
                    }
                    start[r] = v;
                    shell[r] = h < 0;
                    rings[r++] = ring;
                    v += n;
                }
            }
            // JTS computes a geometry's envelope when first asked, from its coordinates: now,
            // while they are in the cache, rather than in another walk over the group later
            g.getEnvelopeInternal();
        }
        firstRing[k] = r;
        start[r] = v;
        return new GroupRings(held, firstRing, start, shell, rings, x, y, v, borrow);
    }

    /**
     * The rings of an outline's snapping ({@code GroupSnapping.snapOutline}): the parent's, copied
     * from the group's rings that hold them, then one ring given by its coordinates (the
     * children's outline, which has no JTS geometry of its own: {@code key} stands for it in
     * {@link #indexOf}), into arrays borrowed as by {@link #borrowing}. The ring's vertices'
     * {@code Coordinate}s are made when first asked for ({@link #coordinate}), one per vertex.
     *
     * @param group the group's rings, holding {@code parent}
     * @param parent the parent
     * @param key the geometry that stands for the ring (polygonal; its own coordinates are not read)
     * @param ringX the ring's x, closed
     * @param ringY its y
     * @param size the ring's vertices, the closing one included
     * @return the rings: the parent's, then the given one
     */
    static GroupRings borrowingOutline(GroupRings group, Geometry parent, Geometry key, double[] ringX, double[] ringY,
            int size) {
        int p = group.indexOf(parent);
        if (p < 0) {
            // (a parent the group's rings do not hold: read on its own)
            GroupRings own = of(parent);
            if (own.indexOf(parent) < 0) {
                throw new IllegalArgumentException("the parent is not polygonal: " + parent.getGeometryType());
            }
            return borrowingOutline(own, parent, key, ringX, ringY, size);
        }
        int fromRing = group.firstRing(p);
        int toRing = group.endRing(p);
        int parentRings = toRing - fromRing;
        int from = group.start(fromRing);
        int parentVertices = group.start(toRing) - from;
        KeptArrays kept = KeptArrays.ofThisThread();
        double[] x = kept.doubles(parentVertices + size);
        double[] y = kept.doubles(parentVertices + size);
        System.arraycopy(group.x, from, x, 0, parentVertices);
        System.arraycopy(group.y, from, y, 0, parentVertices);
        System.arraycopy(ringX, 0, x, parentVertices, size);
        System.arraycopy(ringY, 0, y, parentVertices, size);
        int[] start = new int[parentRings + 2];
        boolean[] shell = new boolean[parentRings + 1];
        LinearRing[] rings = new LinearRing[parentRings + 1];
        for (int r = 0; r < parentRings; r++) {
            start[r] = group.start(fromRing + r) - from;
            shell[r] = group.shell(fromRing + r);
            rings[r] = group.rings[fromRing + r];
        }
        start[parentRings] = parentVertices;
        shell[parentRings] = true;
        start[parentRings + 1] = parentVertices + size;
        return new GroupRings(new Geometry[] {parent, key}, new int[] {0, parentRings, parentRings + 1}, start, shell,
                rings, x, y, parentVertices + size, true);
    }

    /**
     * Gives the coordinate arrays of rings read by {@link #borrowing} back to this thread's
     * {@link KeptArrays} (nothing for rings read by {@link #of}). Neither these rings nor anything
     * that read their arrays may be used afterwards: the next group's rings are read into them.
     */
    void giveBack() {
        if (borrowed && !givenBack) {
            givenBack = true;   // once: an array given back twice would be lent to two borrowers
            KeptArrays kept = KeptArrays.ofThisThread();
            kept.giveBack(x);
            kept.giveBack(y);
        }
    }

    /** {@return how many vertices the rings hold (the closing ones included)} */
    int vertexCount() {
        return vertexCount;
    }

    /**
     * {@return these rings when they hold every one of the geometries (nulls aside), else the rings
     * of the geometries read afresh}
     *
     * @param known rings read before, or null
     * @param parent a geometry, or null
     * @param children more geometries
     */
    static GroupRings covering(GroupRings known, Geometry parent, Geometry[] children) {
        if (known != null) {
            boolean all = parent == null || !held(parent) || known.indexOf(parent) >= 0;
            for (int i = 0; i < children.length && all; i++) {
                all = children[i] == null || !held(children[i]) || known.indexOf(children[i]) >= 0;
            }
            if (all) {
                return known;
            }
        }
        Geometry[] all = new Geometry[children.length + 1];
        all[0] = parent;
        System.arraycopy(children, 0, all, 1, children.length);
        return of(all);
    }

    private static boolean held(Geometry g) {
        return g instanceof Polygon || g instanceof MultiPolygon;
    }

    /** {@return the indexes of {@code gs} (by identity), parallel to it; null when one is not held} */
    int[] indexesOf(Geometry[] gs) {
        int[] index = new int[gs.length];
        for (int i = 0; i < gs.length; i++) {
            index[i] = indexOf(gs[i]);
            if (index[i] < 0) {
                return null;
            }
        }
        return index;
    }

    /** {@return the index of geometry {@code g} (by identity), or -1 when it is not held} */
    int indexOf(Geometry g) {
        int n = geometries.length;
        if (n == 0) {
            return -1;
        }
        for (int k = 0, i = hint; k < n; k++, i = i + 1 == n ? 0 : i + 1) {
            if (geometries[i] == g) {
                hint = i + 1 == n ? 0 : i + 1;
                return i;
            }
        }
        return -1;
    }

    /** {@return the envelope of geometry {@code index} (JTS's, from its coordinates)} */
    Envelope envelope(int index) {
        return geometries[index].getEnvelopeInternal();
    }

    /** {@return the number of geometries held} */
    int geometryCount() {
        return geometries.length;
    }

    /** {@return the number of rings held} */
    int ringCount() {
        return shell.length;
    }

    /** {@return the first ring of geometry {@code index}} */
    int firstRing(int index) {
        return firstRing[index];
    }

    /** {@return the end (exclusive) of geometry {@code index}'s rings} */
    int endRing(int index) {
        return firstRing[index + 1];
    }

    /** {@return the first vertex of ring {@code r}} */
    int start(int r) {
        return start[r];
    }

    /** {@return the number of vertices of ring {@code r}, the closing one included} */
    int size(int r) {
        return start[r + 1] - start[r];
    }

    /** {@return whether ring {@code r} is a shell} */
    boolean shell(int r) {
        return shell[r];
    }

    /** {@return the {@code Coordinate} of vertex {@code v} (an index into {@link #x}), as its ring holds it} */
    Coordinate coordinate(int v) {
        int r = ringOf(v);
        if (rings[r] == null) {
            // a ring given by its coordinates (borrowingOutline): one Coordinate per vertex, as a
            // ring's own, whichever rebuilt ring asks for it
            if (made == null) {
                made = new Coordinate[vertexCount];
            }
            if (made[v] == null) {
                made[v] = new Coordinate(x[v], y[v]);
            }
            return made[v];
        }
        return rings[r].getCoordinateN(v - start[r]);
    }

    /** The {@code Coordinate}s made for vertices of rings given by their coordinates, by vertex (see {@link #coordinate}). */
    private Coordinate[] made;

    /** {@return the ring of vertex {@code v} (an index into {@link #x})} */
    int ringOf(int v) {
        int r = Arrays.binarySearch(start, v);
        if (r < 0) {
            r = -r - 2;   // the last ring starting before v
        } else {
            while (start[r + 1] == v) {
                r++;   // empty rings start where the next one does
            }
        }
        return r;
    }
}
