package io.gridgov.cases;

import java.util.Arrays;

/**
 * Case ids numbered (案件编号) for a replay: each id of a case the replay may still hold gets a small dense
 * number, so the replay keeps its live cases in an array indexed by it instead of a hash map keyed by the
 * id string. A reader numbers an ASCII id of at most 16 bytes from its bytes ({@link #number(byte[], int, int)}):
 * the table keeps it packed in two longs and makes no string of it ({@link #name} makes one when asked); any
 * other id is kept as its string, the same one each time it is read again. Numbers are
 * recycled once the replay has let go of a case and no event carrying the number is still on its way:
 * every use of a number is stamped with a running sequence (one per event), and a release
 * {@code (number, seq)} takes effect only when no event after {@code seq} used the number. So the table
 * holds the cases the replay holds, plus those of events read ahead of it.
 *
 * <p>Ids made of a short prefix and a decimal number ({@code C-0}, {@code C-1}…, or zero-padded to one width,
 * {@code C-0000001}…) are kept apart from the hash table, in pages indexed by their number ({@link Dense}):
 * events come roughly in the order their cases were reported, so the ids of one stretch of the file sit
 * in a few neighbouring pages rather than spread over a table of hundreds of thousands of slots. Which
 * prefix and form go there is learnt from the first id that has the form; every other id, and any once the
 * pages would hold more than a few slots per numbered id, go to the hash table, so any id still works.
 *
 * <p>Not thread-safe: used by one thread at a time (the reading thread during a read ahead, the replaying
 * thread otherwise; the hand-over between them orders the uses).
 */
final class CaseNumbers {

    /**
     * Ids by number: null for a free number, and for an id numbered from its bytes ({@link #number(byte[], int,
     * int)}), which is known by its packed form only (no string made for it).
     */
    private String[] names = new String[1 << 10];
    /** Whether each number is in use. */
    private boolean[] inUse = new boolean[1 << 10];
    /** Per number of an id numbered from bytes, its packed form ({@link Bytes#packed}) and length. */
    private long[] lows = new long[1 << 10];
    private long[] highs = new long[1 << 10];
    private byte[] lengths = new byte[1 << 10];
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
    /** Ids of a prefix and a number, indexed by the number. */
    private final Dense dense = new Dense();
    /** Per number, the dense key of its id ({@link Dense#key}), or -1 when the id is in the hash table. */
    private int[] denseKeys = new int[1 << 10];

    /** {@return the sequence the next event will carry} */
    long nextSeq() {
        return seq;
    }

    /** {@return how many ids are numbered now} */
    int size() {
        return size;
    }

    /** {@return the id of a number in use, made from its packed form when it was numbered from bytes} */
    String name(int number) {
        String id = names[number];
        return id != null ? id : Bytes.unpacked(lows[number], highs[number], lengths[number]);
    }

    /**
     * Numbers one event's case id, stamping the number with the event's sequence.
     *
     * @param id the case id
     * @return the number
     */
    int number(String id) {
        int key = dense.key(id);
        int n;
        if (key >= 0 && (n = dense.get(key)) >= 0) {
            lastSeq[n] = seq++;
            return n;
        }
        int h = pack(id) ? Bytes.mix(k0, k1, 0, 0, id.length()) : id.hashCode();
        n = key >= 0 && !dense.spilled ? -1 : find(h, id, null, 0, 0);
        if (n < 0) {
            n = add(id, h, key, id.length());
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
        int key = dense.key(b, off, len);
        if (key >= 0) {
            int n = dense.get(key);
            if (n >= 0 || !dense.spilled) {
                return n;
            }
        }
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

    /**
     * Numbers one event's case id given as ASCII bytes, 1 to 16 of them, none below 0x20, stamping the number with
     * the event's sequence, without making a string of the id (the table keeps its packed form).
     *
     * @return the number
     */
    int number(byte[] b, int off, int len) {
        int n = find(b, off, len);
        if (n < 0) {
            int key = dense.key(b, off, len);
            k0 = Bytes.packed(b, off, len, 0);
            k1 = Bytes.packed(b, off, len, 1);
            n = add(null, Bytes.mix(k0, k1, 0, 0, len), key, len);
        }
        lastSeq[n] = seq++;
        return n;
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

    /**
     * Numbers a new id ({@code id}, or null when only its packed form in k0, k1 and its length are known): in the
     * pages when it has their form ({@code key >= 0}) and they have room, else hashed.
     */
    private int add(String id, int h, int key, int length) {
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
                denseKeys = Arrays.copyOf(denseKeys, n * 2);
                inUse = Arrays.copyOf(inUse, n * 2);
                lengths = Arrays.copyOf(lengths, n * 2);
                lows = Arrays.copyOf(lows, n * 2);
                highs = Arrays.copyOf(highs, n * 2);
            }
        }
        names[n] = id;
        inUse[n] = true;
        if (id == null) {
            lows[n] = k0;
            highs[n] = k1;
            lengths[n] = (byte) length;
        }
        hashes[n] = h;
        size++;
        if (key >= 0 && dense.put(key, n, size)) {
            denseKeys[n] = key;
            return n;
        }
        denseKeys[n] = -1;
        hashed++;
        if (hashed * 4 > capacity * 3) {
            rehash(capacity * 2);
        }
        insert(n, k0, k1);
        return n;
    }

    /** How many numbered ids are in the hash table. */
    private int hashed;

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
        if (!inUse[number] || lastSeq[number] > at) {
            return;
        }
        if (denseKeys[number] >= 0) {
            dense.remove(denseKeys[number]);
        } else {
            unhash(number);
        }
        names[number] = null;
        inUse[number] = false;
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

    /** Removes a number's id from the hash table. */
    private void unhash(int number) {
        hashed--;
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

    /**
     * Ids of one short prefix and a decimal number ({@code C-0}, {@code C-17}; or all zero-padded to one
     * width, {@code C-0000017}), numbered through pages indexed by the decimal number instead of the hash
     * table: the form and the keys are an {@link IdForm}'s, so ids of the form and all others never collide. Pages of {@value #PAGE} slots are
     * made on first use and dropped when empty; once they would hold more than {@value #SLOTS_PER_ID} slots
     * per numbered id (ids far apart), new ids go to the hash table instead ({@link #spilled}).
     */
    static final class Dense {
        private static final int PAGE_BITS = 10;
        static final int PAGE = 1 << PAGE_BITS;
        static final int SLOTS_PER_ID = 16;
        /** Which ids have keys, and their keys. */
        private final IdForm form = new IdForm();
        /** Per page, number + 1 of each key (0 for none), or null for an empty page. */
        private int[][] pages = new int[16][];
        private int[] counts = new int[16];
        private int allocated;
        /** Whether some id of the form went to the hash table: then a key not in the pages may still be there. */
        boolean spilled;

        /** {@return the key of an id given as ASCII bytes, or -1 when it has none} */
        int key(byte[] b, int off, int len) {
            return form.key(b, off, len);
        }

        /** {@return the key of an id, or -1 when it has none: the same as {@link #key(byte[], int, int)} of its bytes} */
        int key(String id) {
            return form.key(id);
        }

        /** {@return the number of a key, or -1} */
        int get(int key) {
            int pi = key >>> PAGE_BITS;
            int[] page = pi < pages.length ? pages[pi] : null;
            return page == null ? -1 : page[key & (PAGE - 1)] - 1;
        }

        /** {@return whether the key was given the number; false when the pages have no room for it (spilled)} */
        boolean put(int key, int number, int ids) {
            int pi = key >>> PAGE_BITS;
            if (pi >= pages.length) {
                int n = Math.max(pi + 1, pages.length * 2);
                pages = Arrays.copyOf(pages, n);
                counts = Arrays.copyOf(counts, n);
            }
            int[] page = pages[pi];
            if (page == null) {
                if ((long) (allocated + 1) * PAGE > (long) SLOTS_PER_ID * ids + (1 << 20)) {
                    spilled = true;
                    return false;
                }
                page = new int[PAGE];
                pages[pi] = page;
                allocated++;
            }
            page[key & (PAGE - 1)] = number + 1;
            counts[pi]++;
            return true;
        }

        /** Lets go of a key. */
        void remove(int key) {
            int pi = key >>> PAGE_BITS;
            pages[pi][key & (PAGE - 1)] = 0;
            if (--counts[pi] == 0) {
                pages[pi] = null;
                allocated--;
            }
        }
    }

    /** {@return the home slot of a hash, mixed: similar ids (C-1, C-2…) have neighbouring hashes} */
    private static int slot(int h, int mask) {
        int x = h * 0x9E3779B9;
        return (x ^ x >>> 16) & mask;
    }
}
