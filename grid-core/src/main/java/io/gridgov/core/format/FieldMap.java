package io.gridgov.core.format;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The fields of one JSON object being read, with the position (line, column) of each value: a
 * reusable, array-backed map so that reading a large file allocates no map entries per field.
 * Package-private; one per reader, not thread-safe.
 */
final class FieldMap extends AbstractMap<String, Object> {

    private String[] names = new String[16];
    private Object[] values = new Object[16];
    private long[] positions = new long[16];
    private int size;

    void clear0() {
        Arrays.fill(values, 0, size, null);
        size = 0;
    }

    void add(String name, Object value, long position) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
            positions = Arrays.copyOf(positions, size * 2);
        }
        names[size] = name;
        values[size] = value;
        positions[size++] = position;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < size; i++) {
            if (names[i] == key) {
                return i;
            }
        }
        for (int i = 0; i < size; i++) {
            if (names[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** {@return the position of a field's value, or {@code fallback} when the field is absent} */
    long position(String name, long fallback) {
        int i = indexOf(name);
        return i < 0 ? fallback : positions[i];
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
