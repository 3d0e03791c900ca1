package io.gridgov.cases;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A set of case categories (案件类别表), read from {@code {"categories": [...]}} (format:
 * {@code docs/formats/cases.md}) or taken from the {@linkplain #presets() presets}. Keys are unique.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * CaseCategories categories = CaseCategories.read(Path.of("categories.json"));
 * CaseCategories presets = CaseCategories.presets();   // digital city management, S3, S8
 * }</pre>
 */
public final class CaseCategories {

    /** The resource of the preset categories. */
    static final String PRESETS = "presets/categories.json";
    private static final Set<String> KEYS = Set.of("key", "nameZh", "nameEn", "department", "dispatchWithin",
            "handleWithin", "escalateAfter", "basis");
    private static final Set<String> LIMIT_KEYS = Set.of("minutes", "hours", "days");

    private final Map<String, CaseCategory> byKey;

    private CaseCategories(Map<String, CaseCategory> byKey) {
        this.byKey = byKey;
    }

    /**
     * A set of categories.
     *
     * @param categories the categories, keys unique
     * @return the set, in the given order
     * @throws IllegalArgumentException when a key repeats
     */
    public static CaseCategories of(Collection<CaseCategory> categories) {
        Map<String, CaseCategory> m = new LinkedHashMap<>();
        for (CaseCategory c : categories) {
            if (m.put(requireNonNull(c, "category").key(), c) != null) {
                throw new IllegalArgumentException("category key \"" + c.key() + "\" is given twice");
            }
        }
        return new CaseCategories(m);
    }

    /** {@return the preset categories: digital city management (GB/T 30428), S3's four kinds of work, S8's disputes} */
    public static CaseCategories presets() {
        try (InputStream in = CaseCategories.class.getResourceAsStream(PRESETS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PRESETS);
            }
            return read(in, "presets:categories.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a categories file.
     *
     * @param file the file
     * @return the categories
     * @throws InvalidInputException naming file, line, column and JSON path of the first problem
     */
    public static CaseCategories read(Path file) {
        return parse(JsonTree.readFile(file));
    }

    /**
     * Reads categories from a stream.
     *
     * @param in the stream (not closed)
     * @param name the name used in messages
     * @return the categories
     * @throws InvalidInputException naming name, line, column and JSON path of the first problem
     */
    public static CaseCategories read(InputStream in, String name) {
        return parse(new JsonTree(name).read(in));
    }

    private static CaseCategories parse(JsonTree.Cursor root) {
        root.object(Set.of("categories"));
        Map<String, CaseCategory> m = new LinkedHashMap<>();
        for (JsonTree.Cursor c : root.get("categories").array()) {
            c.object(KEYS);
            JsonTree.Cursor keyAt = c.get("key");
            String key = keyAt.text();
            String record = "category " + JsonTree.quoted(key);
            CaseCategory cat;
            try {
                cat = new CaseCategory(key, c.get("nameZh").text(), c.get("nameEn").text(), c.get("department").text(),
                        limit(c, "dispatchWithin", record), limit(c, "handleWithin", record),
                        limit(c, "escalateAfter", record), c.opt("basis").map(JsonTree.Cursor::text));
            } catch (IllegalArgumentException e) {
                throw c.fail(record, CaseMessages.text("read.badCategory", JsonTree.line(e.getMessage())));
            }
            if (m.put(key, cat) != null) {
                throw keyAt.fail(record, CaseMessages.text("read.duplicateCategory", JsonTree.quoted(key)));
            }
        }
        return new CaseCategories(m);
    }

    private static Optional<TimeLimit> limit(JsonTree.Cursor c, String field, String record) {
        Optional<JsonTree.Cursor> v = c.opt(field);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        JsonTree.Cursor o = v.get().object(LIMIT_KEYS);
        List<Map.Entry<String, JsonTree.Cursor>> fields = o.fields();
        if (fields.size() != 1) {
            throw o.fail(record, CaseMessages.text("read.limit"));
        }
        Map.Entry<String, JsonTree.Cursor> f = fields.get(0);
        int n = f.getValue().integer();
        if (n < 1 || n > 100_000) {
            throw f.getValue().fail(record, CaseMessages.text("read.limitRange", n));
        }
        return Optional.of(new TimeLimit(n, TimeLimit.Unit.valueOf(f.getKey().toUpperCase(java.util.Locale.ROOT))));
    }

    /** {@return the category with this key, if any} */
    public Optional<CaseCategory> category(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** {@return whether a category has this key} */
    public boolean contains(String key) {
        return byKey.containsKey(key);
    }

    /** {@return all categories, in file order} */
    public List<CaseCategory> all() {
        return List.copyOf(byKey.values());
    }

    /** {@return the keys, in file order} */
    public Set<String> keys() {
        return java.util.Collections.unmodifiableSet(byKey.keySet());
    }

    /** {@return the departments named by the categories} */
    public Set<String> departments() {
        Set<String> out = new java.util.TreeSet<>();
        byKey.values().forEach(c -> out.add(c.department()));
        return out;
    }

    /** {@return these categories followed by {@code more} (a key of {@code more} replaces the same key here)} */
    public CaseCategories with(CaseCategories more) {
        Map<String, CaseCategory> m = new LinkedHashMap<>(byKey);
        m.putAll(more.byKey);
        return new CaseCategories(m);
    }

    /** {@return how many categories} */
    public int size() {
        return byKey.size();
    }

    @Override
    public String toString() {
        return "CaseCategories" + new ArrayList<>(byKey.keySet());
    }
}
