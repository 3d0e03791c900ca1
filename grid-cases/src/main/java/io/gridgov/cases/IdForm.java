package io.gridgov.cases;

/**
 * The learnt form of ids made of a short prefix and a decimal number (编号形式): {@code C-0}, {@code C-17}, or all
 * zero-padded to one width, {@code C-0000017}. The prefix (up to eight characters) and the form (no leading zero,
 * or the width) are those of the first id that has a number at its end; an id of another prefix or form gets no
 * key. A key stands for exactly one id, so a table indexed by the key never mixes two ids, and ids without a key
 * go elsewhere. Not thread-safe: one per table.
 */
final class IdForm {

    /** The most digits of a key: any nine-digit number fits an int. */
    private static final int DIGITS = 9;

    /** The learnt prefix packed as {@link Bytes#packed} packs it, and its length (-1 until learnt). */
    private long prefix;
    private int prefixLength = -1;
    /** The learnt form: 0 for numbers without a leading zero, else the one width of zero-padded numbers. */
    private int width;

    /** {@return the key of an id given as ASCII bytes, or -1 when it has none} */
    int key(byte[] b, int off, int len) {
        int d = 0;
        while (d < len && d <= DIGITS && b[off + len - 1 - d] >= '0' && b[off + len - 1 - d] <= '9') {
            d++;
        }
        int p = len - d;
        if (d == 0 || d > DIGITS || p > 8) {
            return -1;
        }
        long packed = Bytes.packed(b, off, p, 0);
        if (!form(packed, p, d, b[off + p] == '0')) {
            return -1;
        }
        int v = 0;
        for (int i = off + p; i < off + len; i++) {
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }

    /** {@return the key of an id, or -1 when it has none: the same as {@link #key(byte[], int, int)} of its bytes} */
    int key(String id) {
        int len = id.length();
        int d = 0;
        while (d < len && d <= DIGITS && id.charAt(len - 1 - d) >= '0' && id.charAt(len - 1 - d) <= '9') {
            d++;
        }
        int p = len - d;
        if (d == 0 || d > DIGITS || p > 8) {
            return -1;
        }
        long packed = 0;
        for (int i = 0; i < p; i++) {
            char c = id.charAt(i);
            if (c > 127) {
                return -1;
            }
            packed |= (long) c << (i << 3);
        }
        if (!form(packed, p, d, id.charAt(p) == '0')) {
            return -1;
        }
        int v = 0;
        for (int i = p; i < len; i++) {
            v = v * 10 + (id.charAt(i) - '0');
        }
        return v;
    }

    /** {@return whether a prefix and digits have the learnt form, learning it from the first id that has digits} */
    private boolean form(long packed, int p, int d, boolean leadingZero) {
        boolean padded = leadingZero && d > 1;
        if (prefixLength < 0) {
            prefix = packed;
            prefixLength = p;
            width = padded ? d : 0;
        }
        return p == prefixLength && packed == prefix && (width == 0 ? !padded : d == width);
    }
}
