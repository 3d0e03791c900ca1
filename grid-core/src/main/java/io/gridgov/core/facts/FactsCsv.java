package io.gridgov.core.facts;

import io.gridgov.core.io.DecimalLimits;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.io.Problems;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts CSV format (RFC 4180: comma-separated, {@code "} quotes, {@code ""} inside quotes),
 * written and read by hand so that grid-core needs no CSV library; see {@link FactFiles}. Unquoted
 * cells are stripped of surrounding blanks, quoted cells are kept as they are. Stateless and
 * thread-safe.
 */
final class FactsCsv {
    /** Columns that are not facts. */
    static final Set<String> RESERVED = Set.of("id", "group", "weight", "period");

    private FactsCsv() {
    }

    static void write(FactSet facts, Writer out) throws IOException {
        boolean groups = facts.subjects().stream().anyMatch(s -> s.group().isPresent());
        boolean weights = facts.subjects().stream().anyMatch(s -> s.weight().isPresent());
        Set<String> names = new LinkedHashSet<>();
        facts.subjects().forEach(s -> names.addAll(s.values().keySet()));
        for (String n : names) {
            if (RESERVED.contains(n)) {
                throw new IllegalArgumentException("fact \"" + n + "\" cannot be written as CSV: the column name "
                        + "is taken by " + n + " (write JSON instead)");
            }
        }
        List<String> header = new ArrayList<>();
        header.add("id");
        if (groups) {
            header.add("group");
        }
        if (weights) {
            header.add("weight");
        }
        if (facts.period().isPresent()) {
            header.add("period");
        }
        header.addAll(names);
        row(out, header);
        for (SubjectFacts s : facts.subjects()) {
            List<String> cells = new ArrayList<>(header.size());
            cells.add(s.id());
            if (groups) {
                cells.add(s.group().orElse(""));
            }
            if (weights) {
                cells.add(s.weight().map(BigDecimal::toString).orElse(""));
            }
            facts.period().ifPresent(cells::add);
            for (String n : names) {
                BigDecimal v = s.values().get(n);
                cells.add(v == null ? "" : v.toString());
            }
            row(out, cells);
        }
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write('\n');
    }

    /** A cell, quoted when it holds a comma, a quote, a line break or surrounding blanks. */
    static String cell(String v) {
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || !v.equals(v.strip());
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** One cell as read: its text and where it starts. */
    private record Cell(String text, long line, int column) {
    }

    /** Splits RFC 4180 text into rows of cells, counting lines and columns in characters. */
    private static final class Lexer {
        private final Reader in;
        private final String file;
        private int peeked = -2;
        private long line = 1;
        private int column = 1;

        Lexer(Reader in, String file) {
            this.in = in;
            this.file = file;
        }

        private int peek() throws IOException {
            if (peeked == -2) {
                peeked = in.read();
            }
            return peeked;
        }

        private int take() throws IOException {
            int c = peek();
            peeked = -2;
            if (c == '\n') {
                line++;
                column = 1;
            } else if (c >= 0 && !Character.isLowSurrogate((char) c)) {
                column++;
            }
            return c;
        }

        /** {@return the next row, or null at the end} */
        List<Cell> row() throws IOException {
            if (peek() < 0) {
                return null;
            }
            List<Cell> cells = new ArrayList<>();
            while (true) {
                long l = line;
                int col = column;
                StringBuilder b = new StringBuilder();
                boolean quoted = false;
                while (peek() == ' ' || peek() == '\t') {
                    b.append((char) take());
                }
                if (peek() == '"') {
                    quoted = true;
                    long ql = line;
                    int qc = column;
                    take();
                    b.setLength(0);
                    while (true) {
                        int c = take();
                        if (c < 0) {
                            throw Problems.at(InputLocation.ofFile(file).at(ql, qc), "facts.csv.unclosedQuote");
                        }
                        if (c == '"') {
                            if (peek() == '"') {
                                take();
                                b.append('"');
                            } else {
                                break;
                            }
                        } else {
                            b.append((char) c);
                        }
                    }
                    while (peek() == ' ' || peek() == '\t') {
                        take();
                    }
                    int c = peek();
                    if (c >= 0 && c != ',' && c != '\n' && c != '\r') {
                        throw Problems.at(InputLocation.ofFile(file).at(line, column), "facts.csv.afterQuote",
                                JsonTree.quoted(String.valueOf((char) c)));
                    }
                } else {
                    while (peek() >= 0 && peek() != ',' && peek() != '\n' && peek() != '\r') {
                        b.append((char) take());
                    }
                }
                String text = quoted ? b.toString() : b.toString().strip();
                cells.add(new Cell(text, l, col));
                int c = take();
                if (c == ',') {
                    continue;
                }
                if (c == '\r' && peek() == '\n') {
                    take();
                } else if (c == '\r') {
                    line++;
                    column = 1;
                }
                return cells;
            }
        }
    }

    static FactSet read(Reader reader, String file) {
        return new FactReader(file, open(reader, file)).readAll();
    }

    /**
     * {@return the subjects of a CSV text, pulled one row at a time} The header is read here.
     *
     * @param reader the text, not closed by the puller
     * @param file the name used in messages
     */
    static Rows open(Reader reader, String file) {
        try {
            return new Rows(reader, file);
        } catch (IOException e) {
            throw io(file, e);
        }
    }

    private static InvalidInputException io(String file, IOException e) {
        return new InvalidInputException(InputLocation.ofFile(file), Problems.text("input.io", e.getMessage()), e);
    }

    /** The rows after the header, one subject each. */
    static final class Rows implements FactReader.Pull {
        private final Reader reader;
        private final String file;
        private final Lexer lex;
        private final List<String> header = new ArrayList<>();
        private final int idCol;
        private final Set<String> ids = new HashSet<>();
        private Optional<String> period = Optional.empty();

        Rows(Reader reader, String file) throws IOException {
            this.reader = reader;
            this.file = file;
            this.lex = new Lexer(reader, file);
            if (lex.peek() == '\uFEFF') {
                lex.peeked = -2;
            }
            List<Cell> head = lex.row();
            if (head == null) {
                throw Problems.at(InputLocation.ofFile(file), "facts.csv.noHeader");
            }
            for (Cell h : head) {
                if (header.contains(h.text()) || h.text().isBlank()) {
                    throw new InvalidInputException(InputLocation.ofFile(file).at(h.line(), h.column())
                            .withField(h.text()), h.text().isBlank() ? Problems.text("facts.csv.emptyColumn")
                            : Problems.text("facts.csv.columnTwice", JsonTree.quoted(h.text())));
                }
                header.add(h.text());
            }
            idCol = header.indexOf("id");
            if (idCol < 0) {
                throw Problems.at(InputLocation.ofFile(file).at(1, 1).withField("id"), "facts.csv.noId",
                        String.join(", ", header.stream().map(JsonTree::quoted).toList()));
            }
        }

        @Override
        public Optional<String> period() {
            return period;
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw io(file, e);
            }
        }

        @Override
        public SubjectFacts next() {
            try {
                return row();
            } catch (IOException e) {
                throw io(file, e);
            }
        }

        private SubjectFacts row() throws IOException {
            for (List<Cell> cells = lex.row(); cells != null; cells = lex.row()) {
                if (cells.size() == 1 && cells.get(0).text().isBlank()) {
                    continue; // a blank line
                }
                long line = cells.get(0).line();
                InputLocation rowAt = InputLocation.ofFile(file).at(line, 1);
                if (cells.size() != header.size()) {
                    throw Problems.at(rowAt, "facts.csv.cells", header.size(), cells.size());
                }
                Cell idCell = cells.get(idCol);
                String id = idCell.text();
                if (id.isBlank()) {
                    throw Problems.at(rowAt.at(idCell.line(), idCell.column()).withField("id"),
                            "facts.csv.noSubjectId");
                }
                String rec = "subject \"" + id + "\"";
                if (!ids.add(id)) {
                    throw Problems.at(rowAt.at(idCell.line(), idCell.column()).withRecord(rec)
                            .withField("id"), "facts.subjectTwice", JsonTree.quoted(id));
                }
                Optional<String> group = Optional.empty();
                Optional<BigDecimal> weight = Optional.empty();
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    String h = header.get(c);
                    Cell cell = cells.get(c);
                    String text = cell.text();
                    InputLocation at = rowAt.at(cell.line(), cell.column()).withRecord(rec).withField(h);
                    switch (h) {
                        case "id" -> {
                        }
                        case "group" -> group = text.isBlank() ? Optional.empty() : Optional.of(text);
                        case "period" -> {
                            if (!text.isEmpty()) {
                                if (period.isPresent() && !period.get().equals(text)) {
                                    throw Problems.at(at, "facts.csv.period", JsonTree.quoted(period.get()),
                                            JsonTree.quoted(text));
                                }
                                if (period.isEmpty()) {
                                    period = Optional.of(text);
                                }
                            }
                        }
                        case "weight" -> {
                            if (!text.isEmpty()) {
                                BigDecimal w = number(text, at);
                                if (w.signum() < 0) {
                                    throw Problems.at(at, "facts.weight", JsonTree.quoted(text));
                                }
                                weight = Optional.of(w);
                            }
                        }
                        default -> {
                            if (!text.isEmpty()) {
                                values.put(h, value(text, at));
                            }
                        }
                    }
                }
                return new SubjectFacts(id, group, weight, values);
            }
            return null;
        }
    }

    private static BigDecimal value(String cell, InputLocation at) {
        if (cell.equalsIgnoreCase("true")) {
            return BigDecimal.ONE;
        }
        if (cell.equalsIgnoreCase("false")) {
            return BigDecimal.ZERO;
        }
        return number(cell, at);
    }

    /** Longest cell parsed as a number: longer ones cannot lie within {@link DecimalLimits} (parsing them costs). */
    private static final int NUMBER_CHARS = 100;

    private static BigDecimal number(String cell, InputLocation at) {
        BigDecimal v;
        try {
            v = new BigDecimal(cell.length() > NUMBER_CHARS ? cell.substring(0, NUMBER_CHARS) : cell);
        } catch (NumberFormatException e) {
            throw Problems.at(at, "facts.value", JsonTree.quoted(cell));
        }
        if (cell.length() > NUMBER_CHARS || !DecimalLimits.within(v)) {
            throw Problems.at(at, "input.numberRange", JsonTree.quoted(cell));
        }
        return v;
    }
}
