package io.gridgov.core.format;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Collection;

/** Arrays of objects in the format's files (roles, people, assignments, spans). Stateless and thread-safe. */
final class ObjectArrays {

    private ObjectArrays() {
    }

    /** Writes the fields of one item's object. */
    @FunctionalInterface
    interface Fields<T> {
        void write(T item, JsonGenerator g) throws IOException;
    }

    /**
     * Writes the array field {@code name} with one object per item, unless there are no items (then
     * nothing is written).
     *
     * @param g the generator
     * @param name the array's field name
     * @param items the items, in order
     * @param fields writes one item's fields inside its object
     * @throws IOException when writing fails
     */
    static <T> void writeUnlessEmpty(JsonGenerator g, String name, Collection<T> items, Fields<T> fields)
            throws IOException {
        if (items.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (T item : items) {
            g.writeStartObject();
            fields.write(item, g);
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
