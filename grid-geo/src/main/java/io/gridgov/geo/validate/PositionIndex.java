package io.gridgov.geo.validate;

import java.util.Arrays;

/**
 * The distinct positions met while snapping a group, numbered in the order met (0, 1, ...): a
 * position is looked up by its exact coordinates ({@code -0.0} and {@code 0.0} alike, as
 * {@code ==} has them). An open-addressing table of position numbers (4 bytes a slot) beside the
 * positions' coordinate bits in the order met (x and y side by side), so that the table a group
 * probes once per vertex stays small enough for the processor's near caches (a table holding the
 * keys themselves took six times the memory, and its probes were a quarter of the snapping time).
 *
 * <p>Not thread-safe.
 */
final class PositionIndex {

    /** Per slot, the position number + 1 (0: empty). */
    private int[] slots;
    private int mask;
    /** Per position, the bits of its x and then of its y, side by side (one cache line for a comparison). */
    private long[] bits;
    private int count;
    /** The slot {@link #find} ended on: the position's, or the empty one where it would go. */
    private int lastSlot;

    /**
     * An empty index.
     *
     * @param expected the number of distinct positions expected (it grows past it)
     */
    PositionIndex(int expected) {
        this(expected, null);
    }

    /**
     * An empty index whose arrays are borrowed from {@code kept} (they may be longer than it
     * uses; {@link #giveBack} returns them), or new ones when it is null.
     *
     * @param expected the number of distinct positions expected (it grows past it)
     * @param kept the thread's kept arrays, or null
     */
    PositionIndex(int expected, KeptArrays kept) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
        slots = kept == null ? new int[capacity] : kept.zeroedInts(capacity);
        mask = capacity - 1;
        bits = kept == null ? new long[2 * Math.max(16, expected)] : kept.longs(2 * Math.max(16, expected));
    }

    /** Gives the index's arrays to {@code kept}; the index is not used afterwards. */
    void giveBack(KeptArrays kept) {
        kept.giveBack(slots);
        kept.giveBack(bits);
        slots = null;
        bits = null;
    }

    /** {@return the number of positions} */
    int size() {
        return count;
    }

    /**
     * {@return the number of position (x, y), or -1 when it was not met}; a following {@link #add}
     * of the same position takes the slot this found
     *
     * @param x a coordinate
     * @param y the other
     */
    int find(double x, double y) {
        long bx = Double.doubleToLongBits(x + 0.0);
        long by = Double.doubleToLongBits(y + 0.0);
        int[] s = slots;
        for (int i = hash(bx, by) & mask; ; i = (i + 1) & mask) {
            int p = s[i] - 1;
            if (p < 0) {
                lastSlot = i;
                return -1;
            }
            if (bits[2 * p] == bx && bits[2 * p + 1] == by) {
                lastSlot = i;
                return p;
            }
        }
    }

    /**
     * Adds the position that {@link #find} just failed to find.
     *
     * @param x the coordinate given to find
     * @param y the other
     * @return its number
     */
    int add(double x, double y) {
        int p = count++;
        if (2 * p + 1 >= bits.length) {
            // (a borrowed array may be of odd length: grown before the pair no longer fits)
            bits = Arrays.copyOf(bits, Math.max(16, p * 4));
        }
        bits[2 * p] = Double.doubleToLongBits(x + 0.0);
        bits[2 * p + 1] = Double.doubleToLongBits(y + 0.0);
        slots[lastSlot] = p + 1;
        if (count * 2 > mask + 1) {
            grow();
        }
        return p;
    }

    private void grow() {
        int capacity = (mask + 1) * 2;
        int[] s = new int[capacity];
        int m = capacity - 1;
        for (int p = 0; p < count; p++) {
            int i = hash(bits[2 * p], bits[2 * p + 1]) & m;
            while (s[i] != 0) {
                i = (i + 1) & m;
            }
            s[i] = p + 1;
        }
        slots = s;
        mask = m;
    }

    private static int hash(long x, long y) {
        long h = (x * 0x9E3779B97F4A7C15L + y) * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 29;
        h *= 0x165667B19E3779F9L;
        return (int) (h ^ (h >>> 32));
    }
}
