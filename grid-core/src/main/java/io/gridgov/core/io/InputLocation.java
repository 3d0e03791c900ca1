package io.gridgov.core.io;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Where in an input something is wrong: the file, the line and column (1-based), the record (a node
 * id, a feature index and id, a subject), and the field. Every part is optional because not every
 * input has all of them; {@link #toString()} prints those present, such as
 * {@code city.json:12:7, node "g-004", field "households"}.
 *
 * @param file the file name or a description such as {@code <stdin>}
 * @param line the 1-based line, when known
 * @param column the 1-based column, when known
 * @param record the record, such as {@code node "g-004"} or {@code feature #3 (id "g-004")}
 * @param field the field (a JSON pointer or a property name), when known
 */
public record InputLocation(Optional<String> file, OptionalLong line, OptionalInt column,
        Optional<String> record, Optional<String> field) {

    /** An unknown location. */
    public static final InputLocation UNKNOWN = new InputLocation(Optional.empty(), OptionalLong.empty(),
            OptionalInt.empty(), Optional.empty(), Optional.empty());

    /** Validates the components. */
    public InputLocation {
        requireNonNull(file, "file");
        requireNonNull(line, "line");
        requireNonNull(column, "column");
        requireNonNull(record, "record");
        requireNonNull(field, "field");
    }

    /** {@return the location of a whole file} */
    public static InputLocation ofFile(String file) {
        return UNKNOWN.withFile(file);
    }

    /** {@return a copy naming the file} */
    public InputLocation withFile(String file) {
        return new InputLocation(Optional.of(file), line, column, record, field);
    }

    /** {@return a copy naming line and column} */
    public InputLocation at(long line, int column) {
        return new InputLocation(file, line > 0 ? OptionalLong.of(line) : OptionalLong.empty(),
                column > 0 ? OptionalInt.of(column) : OptionalInt.empty(), record, field);
    }

    /** {@return a copy naming the record} */
    public InputLocation withRecord(String record) {
        return new InputLocation(file, line, column, Optional.of(record), field);
    }

    /** {@return a copy naming the record, unless one is named already} */
    public InputLocation withRecordIfAbsent(String record) {
        return this.record.isPresent() ? this : withRecord(record);
    }

    /** {@return a copy naming the field} */
    public InputLocation withField(String field) {
        return new InputLocation(file, line, column, record, Optional.of(field));
    }

    /** How much of a record or field a message shows (a fuzzed key can be a megabyte long). */
    private static final int SHOWN = 120;

    /**
     * {@return the location as one printable line: {@code file:line:col, record, field "…"}, the
     * record and the field shortened and their control and bidirectional characters escaped}
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file.orElse("<input>"));
        line.ifPresent(l -> b.append(':').append(l));
        column.ifPresent(c -> b.append(':').append(c));
        record.ifPresent(r -> b.append(", ").append(JsonTree.escaped(r, SHOWN)));
        field.ifPresent(f -> b.append(", field \"").append(JsonTree.escaped(f, SHOWN)).append('"'));
        return b.toString();
    }
}
