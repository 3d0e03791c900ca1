package io.gridgov.cases;

/**
 * Shared strings for values that repeat through an events file (types, categories, sources, grids, units,
 * who): a value read as ASCII bytes (or characters) becomes the one string already made for the same
 * ones, so a file of millions of events makes a few thousand strings for them, each hashed once. Holds at most
 * {@value #MAX} strings; past that, values are new strings. A stored value also keeps the facts a reader found
 * out about it once ({@link #facts(int)}: blank, which type, a known category...). Not thread-safe: one per read; but {@link #string(int)} of an index may be read on another
 * thread that was handed the index after it was stored (a read ahead's replay): a stored string never moves.
 */
final class Interner {

    static final int MAX = 1 << 16;
    /**
     * Values of at most this many bytes (grids, sources, types, units) are compared inline, packed into the
     * table's longs; the table stays small enough for the core's cache with ten thousand grids.
     */
    private static final int INLINE = 16;
    /** Longs per slot: the meta word, then {@value #INLINE} bytes of the value packed little-endian. */
    private static final int SLOT = 1 + INLINE / 8;

    /**
     * Open addressing, {@value #SLOT} longs a slot: the value's hash in the high half of the meta word, its
     * length (63 for any longer than {@value #INLINE}) in bits 17–22 and its index + 1 in the low 17 bits (0
     * for an empty slot), then its bytes packed (zeros past its end; any longer value is compared through
     * {@link #strings}). A lookup reads one slot and no string, so the table's strings stay out of the cache.
     */
    private long[] table = new long[SLOT << 10];
    private int capacity = 1 << 10;
    /**
     * The strings by index, in chunks of {@value #CHUNK} made as needed and never moved, so that another thread
     * handed an index reads its string without a race on a grown array ({@link #string(int)}).
     */
    private final String[][] strings = new String[MAX / CHUNK][];
    private static final int CHUNK_BITS = 10;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private int size;

    /** Per stored value, facts a reader found out about it once ({@link #facts}). */
    private int[] facts = new int[1 << 10];
    /** The index of the value {@link #intern(byte[], int, int)} returned last, -1 when it is not stored. */
    private int last = -1;

    private final byte[] scratch = new byte[256];
    /** The packed form of the value looked up last. */
    private final long[] key = new long[INLINE / 8];

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
        long[] k = key;
        int h = 0;
        boolean inline = length <= INLINE;
        if (inline) {
            k[0] = Bytes.packed(b, offset, length, 0);
            k[1] = Bytes.packed(b, offset, length, 1);
            h = Bytes.mix(k[0], k[1], 0, 0, length);
        } else {
            java.util.Arrays.fill(k, 0);
            for (int i = 0; i < length; i++) {
                h = 31 * h + b[offset + i];
            }
        }
        long meta = (long) h << 32 | (long) Math.min(length, 63) << 17;
        long[] t = table;
        int mask = capacity - 1;
        int i = slot(h, mask);
        for (long m = t[SLOT * i]; m != 0; m = t[SLOT * i]) {
            if ((m & ~0x1FFFFL) == meta) {
                int at = SLOT * i;
                if (inline ? t[at + 1] == k[0] && t[at + 2] == k[1] : same(string((int) (m & 0x1FFFF) - 1), b, offset, length)) {
                    last = (int) (m & 0x1FFFF) - 1;
                    return string(last);
                }
            }
            i = (i + 1) & mask;
        }
        String s = new String(b, offset, length, java.nio.charset.StandardCharsets.ISO_8859_1);
        last = -1;
        if (size < MAX) {
            if (size == facts.length) {
                facts = java.util.Arrays.copyOf(facts, size * 2);
            }
            String[] chunk = strings[size >>> CHUNK_BITS];
            if (chunk == null) {
                chunk = new String[CHUNK];
                strings[size >>> CHUNK_BITS] = chunk;
            }
            chunk[size & (CHUNK - 1)] = s;
            last = size;
            put(t, i, meta | (size + 1), k);
            if (++size * 4 > capacity * 3) {
                grow();
            }
        }
        return s;
    }

    /** {@return the index of the value the last {@link #intern(byte[], int, int)} returned, -1 when not stored} */
    int last() {
        return last;
    }

    /**
     * {@return the stored value of an index} Safe on another thread for an index handed to it (through a
     * hand-over that orders memory, such as a queue) after the value was stored.
     */
    String string(int index) {
        return strings[index >>> CHUNK_BITS][index & (CHUNK - 1)];
    }

    /** {@return the facts recorded for a stored value (0 until some are)} */
    int facts(int index) {
        return facts[index];
    }

    /** Records facts about a stored value (bits a reader defines; 0 means none known). */
    void facts(int index, int bits) {
        facts[index] = bits;
    }

    private static void put(long[] t, int i, long meta, long[] packed) {
        int at = SLOT * i;
        t[at] = meta;
        System.arraycopy(packed, 0, t, at + 1, SLOT - 1);
    }

    private static boolean same(String s, byte[] b, int offset, int length) {
        if (s.length() != length) {
            return false;
        }
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
        long[] old = table;
        int oldCapacity = capacity;
        capacity = oldCapacity * 2;
        table = new long[SLOT * capacity];
        int mask = capacity - 1;
        long[] packed = new long[SLOT - 1];
        for (int k = 0; k < oldCapacity; k++) {
            long m = old[SLOT * k];
            if (m != 0) {
                int i = slot((int) (m >>> 32), mask);
                while (table[SLOT * i] != 0) {
                    i = (i + 1) & mask;
                }
                System.arraycopy(old, SLOT * k + 1, packed, 0, SLOT - 1);
                put(table, i, m, packed);
            }
        }
    }
}
