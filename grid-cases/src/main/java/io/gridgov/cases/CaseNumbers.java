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
    /** Open addressing: number + 1 per slot, 0 for empty. */
    private int[] table = new int[1 << 11];
    private int[] hashes = new int[1 << 10];
    private int[] free = new int[16];
    private int freeCount;
    private int used;
    private int size;
    private long seq;

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
        int h = id.hashCode();
        int n = find(id, h);
        if (n < 0) {
            n = add(id, h);
        }
        lastSeq[n] = seq++;
        return n;
    }

    /**
     * Looks up an ASCII id given as bytes, without making a string.
     *
     * @return the number, or -1 when the id has none
     */
    int find(byte[] b, int off, int len) {
        int h = 0;
        for (int i = off; i < off + len; i++) {
            h = 31 * h + b[i];
        }
        int mask = table.length - 1;
        for (int i = slot(h, mask); table[i] != 0; i = (i + 1) & mask) {
            int n = table[i] - 1;
            if (hashes[n] == h && same(names[n], b, off, len)) {
                return n;
            }
        }
        return -1;
    }

    /** Stamps a number found by {@link #find(byte[], int, int)} with the next event's sequence. @return the number */
    int stamp(int number) {
        lastSeq[number] = seq++;
        return number;
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

    private int find(String id, int h) {
        int mask = table.length - 1;
        for (int i = slot(h, mask); table[i] != 0; i = (i + 1) & mask) {
            int n = table[i] - 1;
            if (hashes[n] == h && names[n].equals(id)) {
                return n;
            }
        }
        return -1;
    }

    private int add(String id, int h) {
        int n;
        if (freeCount > 0) {
            n = free[--freeCount];
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
        if (size * 2 > table.length) {
            rehash(table.length * 2);
        }
        insert(n);
        return n;
    }

    private void insert(int n) {
        int mask = table.length - 1;
        int i = slot(hashes[n], mask);
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = n + 1;
    }

    private void rehash(int length) {
        table = new int[length];
        for (int n = 0; n < used; n++) {
            if (names[n] != null) {
                insert(n);
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
        int mask = table.length - 1;
        int i = slot(hashes[number], mask);
        while (table[i] != number + 1) {
            i = (i + 1) & mask;
        }
        // backward-shift deletion keeps every probe sequence unbroken
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            if (table[j] == 0) {
                break;
            }
            int home = slot(hashes[table[j] - 1], mask);
            if (((j - home) & mask) >= ((j - i) & mask)) {
                table[i] = table[j];
                i = j;
            }
        }
        table[i] = 0;
        names[number] = null;
        size--;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = number;
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
