package io.gridgov.core.tree;

import java.util.Arrays;

/**
 * A compact open-addressing map from strings to non-negative ints (linear probing, load ≤ 0.5):
 * about 16 bytes per entry instead of ~60 for a {@code HashMap<String, Integer>}. Package-private;
 * written once while a tree is built, then only read, so safe to share once published.
 */
final class StringIntMap {

    private String[] keys;
    private int[] values;
    private int size;
    private int mask;

    StringIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new String[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** {@return the value for the key, or -1} */
    int get(String key) {
        int i = spread(key.hashCode()) & mask;
        while (true) {
            String k = keys[i];
            if (k == null) {
                return -1;
            }
            if (k.equals(key)) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
    }

    /** Stores the value unless the key is present. @return the existing value, or -1 when stored */
    int putIfAbsent(String key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = spread(key.hashCode()) & mask;
        while (true) {
            String k = keys[i];
            if (k == null) {
                keys[i] = key;
                values[i] = value;
                size++;
                return -1;
            }
            if (k.equals(key)) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                putIfAbsent(oldKeys[j], oldValues[j]);
            }
        }
    }

    @Override
    public String toString() {
        return "StringIntMap[size=" + size + ", capacity=" + keys.length + ", " + Arrays.hashCode(values) + "]";
    }
}
