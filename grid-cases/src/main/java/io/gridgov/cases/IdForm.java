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
        // the digits from the end, their value gathered on the way (one pass; ten digits are rejected below)
        int d = 0;
        int v = 0;
        int scale = 1;
        for (int i = off + len - 1; i >= off && d <= DIGITS; i--) {
            int digit = b[i] - '0';
            if (digit < 0 || digit > 9) {
                break;
            }
            v += digit * scale;
            scale *= 10;
            d++;
        }
        int p = len - d;
        if (d == 0 || d > DIGITS || p > 8) {
            return -1;
        }
        long packed = Bytes.packed(b, off, p, 0);
        return form(packed, p, d, b[off + p] == '0') ? v : -1;
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
