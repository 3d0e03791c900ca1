package io.gridgov.geo.validate;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;

/**
 * Numbers exact positions (x, y) 0, 1, 2… in the order first met, and undirected pairs of them
 * (edges) likewise: the primitive tables behind the cleaner's per-vertex and per-edge bookkeeping,
 * where hash maps keyed by {@code Coordinate} or by records of four doubles cost most of the time
 * (boxing, {@code equals} on records, resizing). Positions are equal as {@link Coordinate#equals2D}
 * says ({@code -0.0} is {@code 0.0}); positions in a {@link PositionIndex}, edges in an
 * open-addressing table with linear probing. Not thread-safe.
 */
final class PositionIds {

    private final PositionIndex positions;

    private long[] edgeKeys;
    /** Per edge slot, the edge's id + 1 (0: empty). */
    private int[] edgeSlotId;
    private int edgeMask;
    private int edges;

    /** A table sized for about {@code expected} positions. */
    PositionIds(int expected) {
        positions = new PositionIndex(expected);
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        edgeKeys = new long[capacity];
        edgeSlotId = new int[capacity];
        edgeMask = capacity - 1;
    }

    /** {@return how many positions have an id} */
    int size() {
        return positions.size();
    }

    /** {@return how many edges have an id} */
    int edges() {
        return edges;
    }

    /** {@return the id of c, numbering it when new} */
    int id(Coordinate c) {
        int id = positions.find(c.x, c.y);
        return id >= 0 ? id : positions.add(c.x, c.y);
    }

    /** {@return the id of c, or -1 when it has none} */
    int find(Coordinate c) {
        return positions.find(c.x, c.y);
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
