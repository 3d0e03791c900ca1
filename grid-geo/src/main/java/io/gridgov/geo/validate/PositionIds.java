package io.gridgov.geo.validate;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;

/**
 * Numbers exact positions (x, y) 0, 1, 2… in the order first met, and undirected pairs of them
 * (edges) likewise: the primitive tables behind the cleaner's per-vertex and per-edge bookkeeping,
 * where hash maps keyed by {@code Coordinate} or by records of four doubles cost most of the time
 * (boxing, {@code equals} on records, resizing). Positions are equal as {@link Coordinate#equals2D}
 * says ({@code -0.0} is {@code 0.0}); open addressing with linear probing. Not thread-safe.
 */
final class PositionIds {

    private long[] xs;
    private long[] ys;
    /** Per slot, the position's id + 1 (0: empty). */
    private int[] slotId;
    private int mask;
    private int size;

    private long[] edgeKeys;
    /** Per edge slot, the edge's id + 1 (0: empty). */
    private int[] edgeSlotId;
    private int edgeMask;
    private int edges;

    /** A table sized for about {@code expected} positions. */
    PositionIds(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        xs = new long[capacity];
        ys = new long[capacity];
        slotId = new int[capacity];
        mask = capacity - 1;
        edgeKeys = new long[capacity];
        edgeSlotId = new int[capacity];
        edgeMask = capacity - 1;
    }

    /** {@return how many positions have an id} */
    int size() {
        return size;
    }

    /** {@return how many edges have an id} */
    int edges() {
        return edges;
    }

    /** {@return the id of c, numbering it when new} */
    int id(Coordinate c) {
        return id(c.x, c.y, true);
    }

    /** {@return the id of c, or -1 when it has none} */
    int find(Coordinate c) {
        return id(c.x, c.y, false);
    }

    private int id(double x, double y, boolean add) {
        long bx = Double.doubleToLongBits(x + 0.0);
        long by = Double.doubleToLongBits(y + 0.0);
        int slot = mix(bx * 0x9E3779B97F4A7C15L + by) & mask;
        while (true) {
            int s = slotId[slot];
            if (s == 0) {
                if (!add) {
                    return -1;
                }
                xs[slot] = bx;
                ys[slot] = by;
                slotId[slot] = ++size;
                if (2 * size > mask) {
                    growPositions();
                }
                return size - 1;
            }
            if (xs[slot] == bx && ys[slot] == by) {
                return s - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** {@return the id of the undirected edge between positions a and b, numbering it when new} */
    int edge(int a, int b) {
        return edge(a, b, true);
    }

    /** {@return the id of the undirected edge between positions a and b, or -1 when it has none} */
    int findEdge(int a, int b) {
        return edge(a, b, false);
    }

    private int edge(int a, int b, boolean add) {
        long key = a < b ? (long) a << 32 | b : (long) b << 32 | a;
        int slot = mix(key * 0x9E3779B97F4A7C15L) & edgeMask;
        while (true) {
            int s = edgeSlotId[slot];
            if (s == 0) {
                if (!add) {
                    return -1;
                }
                edgeKeys[slot] = key;
                edgeSlotId[slot] = ++edges;
                if (2 * edges > edgeMask) {
                    growEdges();
                }
                return edges - 1;
            }
            if (edgeKeys[slot] == key) {
                return s - 1;
            }
            slot = (slot + 1) & edgeMask;
        }
    }

    private static int mix(long h) {
        return (int) (h ^ h >>> 29 ^ h >>> 47);
    }

    private void growPositions() {
        long[] oldX = xs;
        long[] oldY = ys;
        int[] oldId = slotId;
        int capacity = oldId.length * 2;
        xs = new long[capacity];
        ys = new long[capacity];
        slotId = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < oldId.length; i++) {
            if (oldId[i] != 0) {
                int slot = mix(oldX[i] * 0x9E3779B97F4A7C15L + oldY[i]) & mask;
                while (slotId[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                xs[slot] = oldX[i];
                ys[slot] = oldY[i];
                slotId[slot] = oldId[i];
            }
        }
    }

    private void growEdges() {
        long[] oldKeys = edgeKeys;
        int[] oldId = edgeSlotId;
        int capacity = oldId.length * 2;
        edgeKeys = new long[capacity];
        edgeSlotId = new int[capacity];
        edgeMask = capacity - 1;
        for (int i = 0; i < oldId.length; i++) {
            if (oldId[i] != 0) {
                int slot = mix(oldKeys[i] * 0x9E3779B97F4A7C15L) & edgeMask;
                while (edgeSlotId[slot] != 0) {
                    slot = (slot + 1) & edgeMask;
                }
                edgeKeys[slot] = oldKeys[i];
                edgeSlotId[slot] = oldId[i];
            }
        }
    }

    /** {@return a copy of {@code a} at least {@code length} long (doubled), or a itself when long enough} */
    static int[] atLeast(int[] a, int length) {
        return a.length >= length ? a : Arrays.copyOf(a, Math.max(length, 2 * a.length));
    }
}
