package io.gridgov.geo.validate;

import java.lang.ref.SoftReference;
import java.util.Arrays;

/**
 * Primitive arrays that a thread's snappings borrow for one group and give back, so that the next
 * group on the thread reuses them instead of allocating them anew. A street's outline snapping at
 * the covering tolerance allocated about 370 KB of working arrays (cells over the whole group's
 * extent, per-vertex marks over the whole group's rings, the positions' table, the
 * representatives before they are counted), and freshly allocated memory is written at the speed
 * of main memory: reused, they stay in the processor's caches (branch snap11).
 *
 * <p>An array borrowed is its borrower's alone until given back (a snapping that starts while
 * another on the same thread holds them gets new ones). Arrays longer than {@link #LONGEST}
 * elements are not kept, nor more than sixteen int arrays, a dozen int tables and a few arrays of the other types, so
 * a thread holds at most 33 MB.
 *
 * <p>One per thread ({@link #ofThisThread}); not thread-safe. The thread holds its arrays softly
 * (as Jackson's {@code BufferRecycler} does): an application's long-lived threads that validated
 * once do not pin them, since the collector clears them when memory is short or they have not been
 * used for a while, and the next snapping on the thread then starts a new set.
 */
final class KeptArrays {

    private static final ThreadLocal<SoftReference<KeptArrays>> OF_THREAD = new ThreadLocal<>();
    /** The longest array kept (131,072 elements): a street's cells are about 22,000. */
    private static final int LONGEST = 1 << 17;
    /**
     * An outline's snapping borrows thirteen int arrays at once (four marks over the group's
     * rings, the cells' three, the positions' table and three per-position arrays, the
     * representatives' vertices, a carried ring's entries), one long array and eight double
     * arrays, while the validation holds two more double arrays (the group's rings, see {@link
     * GroupRings#borrowing}); the pairing of shared borders a boolean array.
     */
    private final Shelf ints = new Shelf(16);
    private final Shelf longs = new Shelf(4);
    private final Shelf doubles = new Shelf(12);
    private final Shelf booleans = new Shelf(2);
    /**
     * Hash tables' arrays, lent by their exact length and kept apart: lent by "at least" they
     * would go to the first borrower they fit, and the next table would be new again. A street's
     * pairing and chains hold six int tables at once; a district's larger ones stay on the shelf.
     */
    private final Shelf intTables = new Shelf(12);
    private final Shelf doubleTables = new Shelf(2);

    private KeptArrays() {
    }

    /** {@return the calling thread's kept arrays} */
    static KeptArrays ofThisThread() {
        SoftReference<KeptArrays> held = OF_THREAD.get();
        KeptArrays kept = held == null ? null : held.get();
        if (kept == null) {
            kept = new KeptArrays();
            OF_THREAD.set(new SoftReference<>(kept));
        }
        return kept;
    }

    /** {@return an int array of at least {@code length} elements whose first {@code length} are 0} */
    int[] zeroedInts(int length) {
        int[] a = (int[]) ints.take(length);
        if (a == null) {
            return new int[fresh(length)];
        }
        Arrays.fill(a, 0, length, 0);
        return a;
    }

    /** {@return an int array of at least {@code length} elements, whatever they hold} */
    int[] ints(int length) {
        int[] a = (int[]) ints.take(length);
        return a == null ? new int[fresh(length)] : a;
    }

    /** {@return a long array of at least {@code length} elements, whatever they hold} */
    long[] longs(int length) {
        long[] a = (long[]) longs.take(length);
        return a == null ? new long[fresh(length)] : a;
    }

    /** {@return a double array of at least {@code length} elements, whatever they hold} */
    double[] doubles(int length) {
        double[] a = (double[]) doubles.take(length);
        return a == null ? new double[fresh(length)] : a;
    }

    /**
     * {@return an int array of exactly {@code length} elements, all 0}: for a hash table whose
     * capacity is its arrays' length (a power of two, so the same lengths come back group after
     * group); given back by {@link #giveBackTable(int[])}
     */
    int[] zeroedIntTable(int length) {
        int[] a = (int[]) intTables.takeExactly(length);
        if (a == null) {
            return new int[length];
        }
        Arrays.fill(a, 0);
        return a;
    }

    /** {@return an int array of exactly {@code length} elements, whatever they hold} (as {@link #zeroedIntTable}) */
    int[] intTable(int length) {
        int[] a = (int[]) intTables.takeExactly(length);
        return a == null ? new int[length] : a;
    }

    /** {@return a double array of exactly {@code length} elements, whatever they hold} (as {@link #zeroedIntTable}) */
    double[] doubleTable(int length) {
        double[] a = (double[]) doubleTables.takeExactly(length);
        return a == null ? new double[length] : a;
    }

    /** Takes back a table's array ({@link #zeroedIntTable}, {@link #intTable}, or one of such a length). */
    void giveBackTable(int[] a) {
        if (a != null) {
            intTables.put(a, a.length);
        }
    }

    /** As {@link #giveBackTable(int[])} ({@link #doubleTable}). */
    void giveBackTable(double[] a) {
        if (a != null) {
            doubleTables.put(a, a.length);
        }
    }

    /** {@return a boolean array of at least {@code length} elements whose first {@code length} are false} */
    boolean[] zeroedBooleans(int length) {
        boolean[] a = (boolean[]) booleans.take(length);
        if (a == null) {
            return new boolean[fresh(length)];
        }
        Arrays.fill(a, 0, length, false);
        return a;
    }

    /** Takes back an array borrowed (or grown from one); the borrower no longer reads or writes it. */
    void giveBack(int[] a) {
        if (a != null) {
            ints.put(a, a.length);
        }
    }

    /** As {@link #giveBack(int[])}. */
    void giveBack(long[] a) {
        if (a != null) {
            longs.put(a, a.length);
        }
    }

    /** As {@link #giveBack(int[])}. */
    void giveBack(double[] a) {
        if (a != null) {
            doubles.put(a, a.length);
        }
    }

    /** As {@link #giveBack(int[])}. */
    void giveBack(boolean[] a) {
        if (a != null) {
            booleans.put(a, a.length);
        }
    }

    /** {@return the length of a new array of at least {@code length}: a quarter longer when it will be kept (the next group's may be longer)} */
    private static int fresh(int length) {
        return length <= LONGEST ? Math.min(LONGEST, length + (length >> 2)) : length;
    }

    /** The kept arrays of one type, with their lengths (read without touching arrays that may have left the caches). */
    private static final class Shelf {
        private final Object[] free;
        private final int[] lengths;
        private int count;

        /** @param most the most arrays kept */
        Shelf(int most) {
            free = new Object[most];
            lengths = new int[most];
        }

        /** {@return the shortest kept array of at least {@code length} elements, no longer kept; null when none} */
        Object take(int length) {
            int best = -1;
            for (int i = 0; i < count; i++) {
                if (lengths[i] >= length && (best < 0 || lengths[i] < lengths[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                return null;
            }
            Object a = free[best];
            count--;
            free[best] = free[count];
            lengths[best] = lengths[count];
            free[count] = null;
            return a;
        }

        /** {@return a kept array of exactly {@code length} elements, no longer kept; null when none} */
        Object takeExactly(int length) {
            for (int i = 0; i < count; i++) {
                if (lengths[i] == length) {
                    Object a = free[i];
                    count--;
                    free[i] = free[count];
                    lengths[i] = lengths[count];
                    free[count] = null;
                    return a;
                }
            }
            return null;
        }

        /** Keeps array {@code a} of {@code length} elements unless too long; when full, in place of the shortest if longer. */
        void put(Object a, int length) {
            if (length > LONGEST) {
                return;
            }
            if (count < free.length) {
                free[count] = a;
                lengths[count++] = length;
                return;
            }
            int shortest = 0;
            for (int i = 1; i < count; i++) {
                if (lengths[i] < lengths[shortest]) {
                    shortest = i;
                }
            }
            if (lengths[shortest] < length) {
                free[shortest] = a;
                lengths[shortest] = length;
            }
        }
    }
}
