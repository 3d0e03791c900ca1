package io.gridgov.core.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/**
 * The tree format's layout: top-level fields on their own lines, one array element per line,
 * everything deeper inline, so that a large tree file diffs and greps line by line. One per
 * generator; not thread-safe.
 */
final class LinePrinter extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;
    private int depth;

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        open(g, '{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        breakLine(g, 1, "  ");
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        separate(g, 1, "  ");
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        close(g, 1, entries, "", '}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        open(g, '[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        breakLine(g, 2, "    ");
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        separate(g, 2, "    ");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        close(g, 2, values, "  ", ']');
    }

    /** Opens an object or array one level deeper. */
    private void open(JsonGenerator g, char bracket) throws IOException {
        g.writeRaw(bracket);
        depth++;
    }

    /** Before the first member at the given depth: a new line with its indent. */
    private void breakLine(JsonGenerator g, int lineDepth, String indent) throws IOException {
        if (depth == lineDepth) {
            g.writeRaw("\n" + indent);
        }
    }

    /** Between members: a new line with its indent at the given depth, inline deeper. */
    private void separate(JsonGenerator g, int lineDepth, String indent) throws IOException {
        g.writeRaw(depth == lineDepth ? ",\n" + indent : ", ");
    }

    /** Closes an object or array: on its own line (with the parent's indent) at the given depth when not empty. */
    private void close(JsonGenerator g, int lineDepth, int members, String indent, char bracket) throws IOException {
        g.writeRaw(depth == lineDepth && members > 0 ? "\n" + indent + bracket : String.valueOf(bracket));
        depth--;
    }
}
