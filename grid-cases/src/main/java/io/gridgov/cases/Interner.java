package io.gridgov.cases;

/**
 * Shared strings for values that repeat through an events file (types, categories, sources, grids, units,
 * who): a value read as ASCII bytes (or characters) becomes the one string already made for the same
 * ones, so a file of millions of events makes a few thousand strings for them, each hashed once. Holds at most
 * {@value #MAX} strings; past that, values are new strings. Not thread-safe: one per read.
 */
final class Interner {

    static final int MAX = 1 << 16;

    private String[] table = new String[1 << 10];
    private int[] hashes = new int[1 << 10];
    private int size;

    private final byte[] scratch = new byte[256];

    /**
     * {@return the string of {@code chars[offset, offset + length)}, shared with earlier equal values} Values
     * other than ASCII, or longer than 256 characters, are new strings each time (the general reader's rare
     * lines; usual lines come as bytes).
     */
    String intern(char[] chars, int offset, int length) {
        if (length > scratch.length) {
            return new String(chars, offset, length);
        }
        for (int i = 0; i < length; i++) {
            char c = chars[offset + i];
            if (c > 127) {
                return new String(chars, offset, length);
            }
            scratch[i] = (byte) c;
        }
        return intern(scratch, 0, length);
    }

    /** {@return the string of the ASCII bytes {@code b[offset, offset + length)}, shared with earlier equal values} */
    String intern(byte[] b, int offset, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + b[offset + i];
        }
        int mask = table.length - 1;
        int i = slot(h, mask);
        for (String s = table[i]; s != null; s = table[i]) {
            if (hashes[i] == h && s.length() == length && same(s, b, offset, length)) {
                return s;
            }
            i = (i + 1) & mask;
        }
        String s = new String(b, offset, length, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (size < MAX) {
            table[i] = s;
            hashes[i] = h;
            if (++size * 2 > table.length) {
                grow();
            }
        }
        return s;
    }

    private static boolean same(String s, byte[] b, int offset, int length) {
        for (int k = 0; k < length; k++) {
            if (s.charAt(k) != b[offset + k]) {
                return false;
            }
        }
        return true;
    }

    /** {@return the home slot of a hash: mixed, since similar values (g1, g2…) have neighbouring hashes} */
    private static int slot(int h, int mask) {
        return (h * 0x9E3779B9 >>> 16 ^ h * 0x9E3779B9) & mask;
    }

    private void grow() {
        String[] old = table;
        int[] oldHashes = hashes;
        table = new String[old.length * 2];
        hashes = new int[old.length * 2];
        int mask = table.length - 1;
        for (int k = 0; k < old.length; k++) {
            if (old[k] != null) {
                int i = slot(oldHashes[k], mask);
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = old[k];
                hashes[i] = oldHashes[k];
            }
        }
    }
}
