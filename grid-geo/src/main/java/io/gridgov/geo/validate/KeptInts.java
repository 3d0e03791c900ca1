package io.gridgov.geo.validate;

import java.util.Arrays;

/**
 * Int arrays that a thread's snappings borrow for one group and give back, so that the next group
 * on the thread reuses them instead of allocating them anew. A street's outline snapping at the
 * covering tolerance allocated about 250 KB of such arrays (cells over the whole group's extent,
 * per-vertex marks over the whole group's rings), and freshly allocated memory is written at the
 * speed of main memory: reused, they stay in the processor's caches (4 % of the redrawn city's
 * validation at 10.5 m, branch snap11).
 *
 * <p>An array borrowed is its borrower's alone until given back (a snapping that starts while
 * another on the same thread holds them gets new ones). Arrays longer than {@link #LONGEST} are not
 * kept, nor more than {@link #MOST} of them, so a thread holds at most 6 MB.
 *
 * <p>One per thread ({@link #ofThisThread}); not thread-safe.
 */
final class KeptInts {

    private static final ThreadLocal<KeptInts> OF_THREAD = ThreadLocal.withInitial(KeptInts::new);
    /** The longest array kept (512 KB): a street's cells are about 22,000. */
    private static final int LONGEST = 1 << 17;
    /** The most arrays kept (an outline's snapping borrows ten at once). */
    private static final int MOST = 12;

    private final int[][] free = new int[MOST][];
    /** Their lengths (read without touching the arrays, which may have left the caches). */
    private final int[] lengths = new int[MOST];
    private int count;

    private KeptInts() {
    }

    /** {@return the calling thread's kept arrays} */
    static KeptInts ofThisThread() {
        return OF_THREAD.get();
    }

    /** {@return an array of at least {@code length} ints whose first {@code length} are 0} */
    int[] zeroed(int length) {
        int[] a = take(length);
        if (a == null) {
            return fresh(length);
        }
        Arrays.fill(a, 0, length, 0);
        return a;
    }

    /** {@return an array of at least {@code length} ints, whatever they hold} */
    int[] any(int length) {
        int[] a = take(length);
        return a == null ? fresh(length) : a;
    }

    /** {@return a new array of at least {@code length} ints, a quarter longer when it will be kept (the next group's may be longer)} */
    private static int[] fresh(int length) {
        return new int[length <= LONGEST ? Math.min(LONGEST, length + (length >> 2)) : length];
    }

    /** Takes back an array borrowed (or grown from one); the borrower no longer reads or writes it. */
    void giveBack(int[] a) {
        if (a == null || a.length > LONGEST) {
            return;
        }
        if (count < MOST) {
            free[count] = a;
            lengths[count++] = a.length;
            return;
        }
        // full: it replaces the shortest kept, if longer
        int shortest = 0;
        for (int i = 1; i < count; i++) {
            if (lengths[i] < lengths[shortest]) {
                shortest = i;
            }
        }
        if (lengths[shortest] < a.length) {
            free[shortest] = a;
            lengths[shortest] = a.length;
        }
    }

    /** {@return the shortest kept array of at least {@code length} ints, no longer kept; null when none} */
    private int[] take(int length) {
        int best = -1;
        for (int i = 0; i < count; i++) {
            if (lengths[i] >= length && (best < 0 || lengths[i] < lengths[best])) {
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        int[] a = free[best];
        count--;
        free[best] = free[count];
        lengths[best] = lengths[count];
        free[count] = null;
        return a;
    }
}
