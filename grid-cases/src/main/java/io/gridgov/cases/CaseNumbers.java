package io.gridgov.cases;

import java.util.Arrays;

/**
 * Case ids numbered (案件编号) for a replay: each id of a case the replay may still hold gets a small dense
 * number, so the replay keeps its live cases in an array indexed by it instead of a hash map keyed by the
 * id string, and an id read again is the same {@link String} (no new string per event). Numbers are
 * recycled once the replay has let go of a case and no event carrying the number is still on its way:
 * every use of a number is stamped with a running sequence (one per event), and a release
 * {@code (number, seq)} takes effect only when no event after {@code seq} used the number. So the table
 * holds the cases the replay holds, plus those of events read ahead of it.
 *
 * <p>Not thread-safe: used by one thread at a time (the reading thread during a read ahead, the replaying
 * thread otherwise; the hand-over between them orders the uses).
 */
final class CaseNumbers {

    /** Ids by number (null for a free number). */
    private String[] names = new String[1 << 10];
    /** The sequence of the latest event that used each number. */
    private long[] lastSeq = new long[1 << 10];
    private int[] hashes = new int[1 << 10];
    /**
     * Open addressing, three longs a slot: an id of at most 16 ASCII characters (none NUL) packed into two
     * longs (both 0 for any other id, compared through {@link #names}), then the id's hash in the high half
     * and number + 1 in the low half (0 for an empty slot). One cache line answers most lookups.
     */
    private long[] table = new long[3 << 11];
    private int capacity = 1 << 11;
    /**
     * The free numbers, first freed first reused (a ring of {@code freeCount} from {@code freeHead}): cases
     * end roughly in the order they were reported, so cases reported close together get numbers close
     * together, and the arrays indexed by number are read near each other.
     */
    private int[] free = new int[16];
    private int freeHead;
    private int freeCount;
    private int used;
    private int size;
    private long seq;
    /** The packed form of the id looked up last: {@link #k0}, {@link #k1}. */
    private long k0;
    private long k1;

    /** {@return the sequence the next event will carry} */
    long nextSeq() {
        return seq;
    }

    /** {@return how many ids are numbered now} */
    int size() {
        return size;
    }

    /** {@return the id of a number in use} */
    String name(int number) {
        return names[number];
    }

    /**
     * Numbers one event's case id, stamping the number with the event's sequence.
     *
     * @param id the case id
     * @return the number
     */
    int number(String id) {
        int h = pack(id) ? Bytes.mix(k0, k1, 0, 0, id.length()) : id.hashCode();
        int n = find(h, id, null, 0, 0);
        if (n < 0) {
            n = add(id, h);
        }
        lastSeq[n] = seq++;
        return n;
    }

    /**
     * Looks up an id given as ASCII bytes (none below 0x20), without making a string.
     *
     * @return the number, or -1 when the id has none
     */
    int find(byte[] b, int off, int len) {
        int h = 0;
        long a = 0;
        long c = 0;
        if (len <= 16) {
            a = Bytes.packed(b, off, len, 0);
            c = Bytes.packed(b, off, len, 1);
            h = Bytes.mix(a, c, 0, 0, len);
        } else {
            for (int i = off; i < off + len; i++) {
                h = 31 * h + b[i];
            }
        }
        k0 = a;
        k1 = c;
        return find(h, null, b, off, len);
    }

    /** Stamps a number found by {@link #find(byte[], int, int)} with the next event's sequence. @return the number */
    int stamp(int number) {
        lastSeq[number] = seq++;
        return number;
    }

    /**
     * Packs an id into {@link #k0} and {@link #k1}, or zeros when it does not fit. {@return whether it fits:
     * at most 16 characters, all ASCII and none NUL}
     */
    private boolean pack(String id) {
        long a = 0;
        long c = 0;
        int len = id.length();
        boolean fits = len <= 16;
        if (fits) {
            for (int i = 0; i < len; i++) {
                char x = id.charAt(i);
                if (x == 0 || x > 127) {
                    a = 0;
                    c = 0;
                    fits = false;
                    break;
                }
                if (i < 8) {
                    a |= (long) x << (i << 3);
                } else {
                    c |= (long) x << ((i - 8) << 3);
                }
            }
        }
        k0 = a;
        k1 = c;
        return fits;
    }

    /** {@return the number of the id packed in k0, k1 (else compared as {@code id} or as the bytes), or -1} */
    private int find(int h, String id, byte[] b, int off, int len) {
        long[] t = table;
        int mask = capacity - 1;
        long a = k0;
        long c = k1;
        for (int i = slot(h, mask); ; i = (i + 1) & mask) {
            long meta = t[3 * i + 2];
            if (meta == 0) {
                return -1;
            }
            if ((int) (meta >>> 32) == h && t[3 * i] == a && t[3 * i + 1] == c) {
                int n = (int) meta - 1;
                if (a != 0 || (id != null ? names[n].equals(id) : same(names[n], b, off, len))) {
                    return n;
                }
            }
        }
    }

    private static boolean same(String s, byte[] b, int off, int len) {
        if (s.length() != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (s.charAt(k) != b[off + k]) {
                return false;
            }
        }
        return true;
    }

    private int add(String id, int h) {
        int n;
        if (freeCount > 0) {
            n = free[freeHead];
            freeHead = (freeHead + 1) & (free.length - 1);
            freeCount--;
        } else {
            n = used++;
            if (n == names.length) {
                names = Arrays.copyOf(names, n * 2);
                lastSeq = Arrays.copyOf(lastSeq, n * 2);
                hashes = Arrays.copyOf(hashes, n * 2);
            }
        }
        names[n] = id;
        hashes[n] = h;
        size++;
        if (size * 4 > capacity * 3) {
            rehash(capacity * 2);
        }
        insert(n, k0, k1);
        return n;
    }

    private void insert(int n, long a, long c) {
        int mask = capacity - 1;
        int i = slot(hashes[n], mask);
        while (table[3 * i + 2] != 0) {
            i = (i + 1) & mask;
        }
        table[3 * i] = a;
        table[3 * i + 1] = c;
        table[3 * i + 2] = (long) hashes[n] << 32 | (n + 1L) & 0xFFFF_FFFFL;
    }

    private void rehash(int length) {
        long[] old = table;
        int oldCapacity = capacity;
        table = new long[3 * length];
        capacity = length;
        for (int i = 0; i < oldCapacity; i++) {
            long meta = old[3 * i + 2];
            if (meta != 0) {
                insert((int) meta - 1, old[3 * i], old[3 * i + 1]);
            }
        }
    }

    /**
     * Lets go of a number that the replay no longer holds after the event of sequence {@code seq}, unless a
     * later event used it (that event's replay releases it again if need be).
     *
     * @param number the number
     * @param at the sequence of the last event the replay had taken when it let go
     */
    void release(int number, long at) {
        if (names[number] == null || lastSeq[number] > at) {
            return;
        }
        int mask = capacity - 1;
        long[] t = table;
        int i = slot(hashes[number], mask);
        while ((int) t[3 * i + 2] != number + 1) {
            i = (i + 1) & mask;
        }
        // backward-shift deletion keeps every probe sequence unbroken
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            long meta = t[3 * j + 2];
            if (meta == 0) {
                break;
            }
            int home = slot((int) (meta >>> 32), mask);
            if (((j - home) & mask) >= ((j - i) & mask)) {
                t[3 * i] = t[3 * j];
                t[3 * i + 1] = t[3 * j + 1];
                t[3 * i + 2] = meta;
                i = j;
            }
        }
        t[3 * i] = 0;
        t[3 * i + 1] = 0;
        t[3 * i + 2] = 0;
        names[number] = null;
        size--;
        if (freeCount == free.length) {
            int[] bigger = new int[free.length * 2];
            for (int k = 0; k < freeCount; k++) {
                bigger[k] = free[(freeHead + k) & (free.length - 1)];
            }
            free = bigger;
            freeHead = 0;
        }
        free[(freeHead + freeCount++) & (free.length - 1)] = number;
    }

    /** Releases gathered by a replay, handed back to the table's thread in order. Not thread-safe. */
    static final class Released {
        private int[] numbers = new int[64];
        private long[] seqs = new long[64];
        private int n;

        void add(int number, long at) {
            if (n == numbers.length) {
                numbers = Arrays.copyOf(numbers, n * 2);
                seqs = Arrays.copyOf(seqs, n * 2);
            }
            numbers[n] = number;
            seqs[n++] = at;
        }

        boolean isEmpty() {
            return n == 0;
        }

        /** Applies the releases to a table, in order, and empties this. */
        void applyTo(CaseNumbers table) {
            for (int i = 0; i < n; i++) {
                table.release(numbers[i], seqs[i]);
            }
            n = 0;
        }
    }

    /** {@return the home slot of a hash, mixed: similar ids (C-1, C-2…) have neighbouring hashes} */
    private static int slot(int h, int mask) {
        int x = h * 0x9E3779B9;
        return (x ^ x >>> 16) & mask;
    }
}
