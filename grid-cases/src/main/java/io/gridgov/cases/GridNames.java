package io.gridgov.cases;

import java.util.Arrays;

/**
 * Grid ids looked up by their number (网格编号表), before the general {@link Interner}: the grids of a city's
 * cases are a few thousand values of one form ({@code g0} … {@code g9999}, an {@link IdForm}), and each report
 * names any of them, so a lookup in the interner reads a slot of a table too large for the core's first caches.
 * A value of the learnt form is found by its number in a small array of interner indexes instead, with no hash
 * and no comparison (a key stands for exactly one value); any other value, and one met for the first time, goes
 * to the interner, which stays the one owner of the strings and their indexes. So both give the same string and
 * the same index for the same bytes. Not thread-safe: one per read, with its interner.
 */
final class GridNames {

    /** Keys from this on are not kept in the array (it stays small); their values go to the interner each time. */
    static final int MAX_KEY = 1 << 20;

    private final Interner interner;
    private final IdForm form = new IdForm();
    /** Per key, the interner index of its value + 1 (0: not yet known). */
    private int[] indexes = new int[1 << 10];
    /** The interner index of the value {@link #intern} returned last, -1 when it is not stored. */
    private int last = -1;

    GridNames(Interner interner) {
        this.interner = interner;
    }

    /** {@return the interner's string of the ASCII bytes {@code b[offset, offset + length)}} */
    String intern(byte[] b, int offset, int length) {
        int key = form.key(b, offset, length);
        if (key >= 0 && key < indexes.length) {
            int x = indexes[key];
            if (x > 0) {
                last = x - 1;
                return interner.string(last);
            }
        }
        String s = interner.intern(b, offset, length);
        last = interner.last();
        if (key >= 0 && key < MAX_KEY && last >= 0) {
            if (key >= indexes.length) {
                indexes = Arrays.copyOf(indexes, Math.min(MAX_KEY, Math.max(key + 1, indexes.length * 2)));
            }
            indexes[key] = last + 1;
        }
        return s;
    }

    /** {@return the interner index of the value {@link #intern} returned last, -1 when the interner holds none} */
    int last() {
        return last;
    }
}
