package io.gridgov.cases;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at a time (字节批量): reading a byte array as little-endian longs, so that the first byte is
 * the lowest, for the reader's scans and for packing short values into longs that compare in one step.
 * Stateless and thread-safe.
 */
final class Bytes {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long HIGHS = 0x8080_8080_8080_8080L;
    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';
    private static final long SPACES = ONES * 0x20;
    private static final long LINE_FEEDS = ONES * '\n';

    private Bytes() {
    }

    /** {@return the eight bytes at {@code i} (which needs {@code i + 8 <= b.length}), the first the lowest} */
    static long word(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }

    /** {@return non-zero when some byte of {@code v} equals the byte repeated in {@code repeated}} */
    private static long has(long v, long repeated) {
        long x = v ^ repeated;
        return (x - ONES) & ~x & HIGHS;
    }

    /**
     * {@return zero when none of the eight bytes is a quote, a backslash, below 0x20 or above 0x7F (plain
     * ASCII of a JSON string), else non-zero}
     */
    static long special(long v) {
        return has(v, QUOTES) | has(v, BACKSLASHES) | ((v - SPACES) | v) & HIGHS;
    }

    /**
     * {@return the index (0 to 7) of the first byte of {@code v} that {@link #special} flags, 8 when none} Only
     * bytes above a flagged one can be flagged wrongly, so the lowest is exact.
     */
    static int firstSpecial(long v) {
        long s = special(v);
        return s == 0 ? 8 : Long.numberOfTrailingZeros(s) >>> 3;
    }

    /** {@return the index of the first line feed in {@code b[from, to)}, or -1} */
    static int newline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long z = has(word(b, i), LINE_FEEDS);
            if (z != 0) {
                // the lowest flagged byte is the first line feed (only bytes above it can be flagged wrongly)
                return i + (Long.numberOfTrailingZeros(z) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@return the {@code w}-th group of eight bytes of the value {@code b[off, off + len)}, the first byte the
     * lowest, zeros past the value's end}
     */
    static long packed(byte[] b, int off, int len, int w) {
        int start = w << 3;
        if (start >= len) {
            return 0;
        }
        int rem = len - start;
        long v;
        if (off + start + 8 <= b.length) {
            v = word(b, off + start);
        } else {
            v = 0;
            for (int k = Math.min(rem, 8) - 1; k >= 0; k--) {
                v = v << 8 | (b[off + start + k] & 0xFFL);
            }
        }
        return rem >= 8 ? v : v & (1L << (rem << 3)) - 1;
    }

    /** {@return a hash of a short value packed into longs, with its length} */
    static int mix(long a, long c, long d, long e, int len) {
        long z = a * 0x9E37_79B9_7F4A_7C15L ^ c * 0xC2B2_AE3D_27D4_EB4FL ^ d * 0x1656_67B1_9E37_79F9L
                ^ e * 0x27D4_EB2F_1656_67C5L ^ len;
        z = (z ^ z >>> 29) * 0xBF58_476D_1CE4_E5B9L;
        return (int) (z ^ z >>> 32);
    }

    /** {@return the string of the ASCII value of {@code length} bytes packed in two longs as {@link #packed} packs them} */
    static String unpacked(long low, long high, int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (i < 8 ? low >>> (i << 3) : high >>> ((i - 8) << 3));
        }
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
