package io.gridgov.core.format;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.io.Problems;
import io.gridgov.core.tree.GridKind;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.Validity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The node properties shared by every GridGov format — the tree JSON's node objects and grid-geo's
 * GeoJSON feature properties use the same names: {@value #ID}, {@value #PARENT}, {@value #NAME},
 * {@value #CODE}, {@value #LEVEL}, {@value #KIND}, {@value #HOUSEHOLDS}, {@value #POPULATION},
 * {@value #TAGS}, {@value #VALID_FROM}, {@value #VALID_UNTIL}. Any other property is kept as a
 * string attribute of the node ({@link GridNode#attributes()}); {@code null} means absent.
 *
 * <pre>{@code
 * GridNode node = NodeProperties.toNode(feature.properties(),
 *         InputLocation.ofFile("city.geojson").withRecord("feature #3"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class NodeProperties {

    /** The node id (required; a string or a whole number). */
    public static final String ID = "id";
    /** The parent's id (absent for a root). */
    public static final String PARENT = "parent";
    /** The display name (defaults to the id). */
    public static final String NAME = "name";
    /** The code, a string (quote codes to keep leading zeros). */
    public static final String CODE = "code";
    /** The declared level key (checked by {@code LEVEL_DEPTH}). */
    public static final String LEVEL = "level";
    /** {@code comprehensive} (default), {@code dedicated}, {@code dedicated:TYPE} or {@code TYPE}. */
    public static final String KIND = "kind";
    /** Households, a whole number ≥ 0. */
    public static final String HOUSEHOLDS = "households";
    /** Residents, a whole number ≥ 0. */
    public static final String POPULATION = "population";
    /** Tags, an array of strings. */
    public static final String TAGS = "tags";
    /** First day of validity, {@code yyyy-MM-dd}. */
    public static final String VALID_FROM = "validFrom";
    /** First day no longer valid, {@code yyyy-MM-dd}. */
    public static final String VALID_UNTIL = "validUntil";

    /** The reserved property names, in the order writers emit them. */
    public static final List<String> NAMES = List.of(ID, PARENT, NAME, CODE, LEVEL, KIND, HOUSEHOLDS, POPULATION,
            TAGS, VALID_FROM, VALID_UNTIL);

    private static final Set<String> RESERVED = Set.copyOf(NAMES);

    /** Shared figures 0–4095: most households and population counts of a grid. */
    private static final OptionalLong[] SMALL = new OptionalLong[4096];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = OptionalLong.of(i);
        }
    }

    /** Shares equal strings and optionals between nodes of one file (parents, levels). */
    private final Map<String, Optional<String>> shared;

    private NodeProperties(boolean share) {
        this.shared = share ? new HashMap<>() : null;
    }

    /** {@return a converter that shares repeated parent ids and level keys; for one reader, not thread-safe} */
    static NodeProperties sharing() {
        return new NodeProperties(true);
    }

    /**
     * Converts a property map to a node.
     *
     * @param properties name → value; values are Jackson {@link JsonNode}s or plain Java objects
     *        ({@link String}, {@link Number}, {@link Boolean}, {@link Collection} of strings,
     *        {@link LocalDate}, {@code null})
     * @param record where the properties come from, such as {@code city.json:12:5, node #3}; the field
     *        name is added in errors
     * @return the node
     * @throws io.gridgov.core.io.InvalidInputException naming the field and what was expected
     */
    public static GridNode toNode(Map<String, ?> properties, InputLocation record) {
        requireNonNull(record, "record");
        return new NodeProperties(false).convert(properties, record::withField);
    }

    /**
     * Converts a property map to a node, with a precise location for each field.
     *
     * @param properties name → value, as for {@link #toNode(Map, InputLocation)}
     * @param fieldLocation the location of each field's value (called only on error)
     * @return the node
     * @throws io.gridgov.core.io.InvalidInputException naming the field and what was expected
     */
    public static GridNode toNode(Map<String, ?> properties, Function<String, InputLocation> fieldLocation) {
        return new NodeProperties(false).convert(properties, fieldLocation);
    }

    GridNode convert(Map<String, ?> properties, Function<String, InputLocation> where) {
        requireNonNull(properties, "properties");
        requireNonNull(where, "fieldLocation");
        Object idValue = properties.get(ID);
        String id = identifier(idValue, ID, where);
        if (id == null) {
            throw Problems.at(where.apply(ID), "input.idMissing", Problems.found(idValue));
        }
        Function<String, InputLocation> at = field -> where.apply(field).withRecordIfAbsent("node \"" + id + "\"");
        GridNode.Builder b = GridNode.builder(id);
        String parent = identifier(properties.get(PARENT), PARENT, at);
        if (parent != null) {
            if (parent.equals(id)) {
                throw Problems.at(at.apply(PARENT), "input.ownParent");
            }
            b.parentOptional(share(parent));
        }
        String name = text(properties.get(NAME), NAME, at);
        if (name != null) {
            b.name(name);
        }
        String code = text(properties.get(CODE), CODE, at);
        if (code != null) {
            b.code(code);
        }
        String level = text(properties.get(LEVEL), LEVEL, at);
        if (level != null) {
            b.levelOptional(share(level));
        }
        String kind = text(properties.get(KIND), KIND, at);
        if (kind != null) {
            try {
                b.kind(GridKind.parse(kind));
            } catch (IllegalArgumentException e) {
                throw Problems.at(at.apply(KIND), "input.kind", JsonTree.quoted(kind));
            }
        }
        b.households(count(properties.get(HOUSEHOLDS), HOUSEHOLDS, at));
        b.population(count(properties.get(POPULATION), POPULATION, at));
        b.tags(tags(properties.get(TAGS), at));
        LocalDate from = date(properties.get(VALID_FROM), VALID_FROM, at);
        LocalDate until = date(properties.get(VALID_UNTIL), VALID_UNTIL, at);
        if (from != null && until != null && !from.isBefore(until)) {
            throw Problems.at(at.apply(VALID_UNTIL), "input.dateOrder", from, until);
        }
        if (from != null || until != null) {
            b.validity(new Validity(Optional.ofNullable(from), Optional.ofNullable(until)));
        }
        int reserved = 0;
        for (String property : NAMES) {
            if (properties.containsKey(property)) {
                reserved++;
            }
        }
        if (properties.size() > reserved) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (Map.Entry<String, ?> e : properties.entrySet()) {
                if (!RESERVED.contains(e.getKey()) && !isNull(e.getValue())) {
                    attributes.put(e.getKey(), attribute(e.getValue()));
                }
            }
            b.attributes(attributes);
        }
        return b.build();
    }

    private Optional<String> share(String value) {
        if (shared == null) {
            return Optional.of(value);
        }
        return shared.computeIfAbsent(value, Optional::of);
    }

    /**
     * The properties of a node, in {@link #NAMES} order followed by its attributes; defaults (name equal
     * to the id, comprehensive kind, no tags) are left out. Values are {@link String}, {@link Long} or a
     * {@link List} of strings.
     *
     * @param node the node
     * @return name → value
     * @throws IllegalArgumentException when an attribute's name is one of {@link #NAMES}
     */
    public static Map<String, Object> toProperties(GridNode node) {
        requireNonNull(node, "node");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(ID, node.id());
        node.parentId().ifPresent(v -> p.put(PARENT, v));
        if (!node.name().equals(node.id())) {
            p.put(NAME, node.name());
        }
        node.code().ifPresent(v -> p.put(CODE, v));
        node.levelKey().ifPresent(v -> p.put(LEVEL, v));
        if (node.kind().isDedicated()) {
            p.put(KIND, node.kind().toString());
        }
        node.households().ifPresent(v -> p.put(HOUSEHOLDS, v));
        node.population().ifPresent(v -> p.put(POPULATION, v));
        if (!node.tags().isEmpty()) {
            p.put(TAGS, List.copyOf(node.tags()));
        }
        node.validity().fromInclusive().ifPresent(d -> p.put(VALID_FROM, d.toString()));
        node.validity().untilExclusive().ifPresent(d -> p.put(VALID_UNTIL, d.toString()));
        node.attributes().forEach((k, v) -> {
            if (RESERVED.contains(k)) {
                throw new IllegalArgumentException("attribute '" + k + "' of node '" + node.id()
                        + "' has the name of a node property; rename it");
            }
            p.put(k, v);
        });
        return p;
    }

    // ------------------------------------------------------------------ value conversion

    private static boolean isNull(Object v) {
        return v == null || (v instanceof JsonNode j && (j.isNull() || j.isMissingNode()));
    }

    private static String identifier(Object v, String field, Function<String, InputLocation> at) {
        if (isNull(v)) {
            return null;
        }
        if (v instanceof JsonNode j && j.isIntegralNumber()) {
            return j.asText();
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof java.math.BigInteger) {
            return v.toString();
        }
        if (!(v instanceof CharSequence) && !(v instanceof JsonNode j && j.isTextual())) {
            throw Problems.at(at.apply(field), "input.id", Problems.found(v));
        }
        String s = text(v, field, at);
        if (s.isBlank()) {
            throw Problems.at(at.apply(field), "input.blankId", JsonTree.quoted(s));
        }
        return s;
    }

    private static String text(Object v, String field, Function<String, InputLocation> at) {
        if (isNull(v)) {
            return null;
        }
        if (v instanceof JsonNode j && j.isTextual()) {
            return j.textValue();
        }
        if (v instanceof CharSequence c) {
            return c.toString();
        }
        boolean number = v instanceof Number || (v instanceof JsonNode j && j.isNumber());
        throw Problems.at(at.apply(field), CODE.equals(field) && number ? "input.codeString" : "input.string",
                Problems.found(v));
    }

    private static OptionalLong count(Object v, String field, Function<String, InputLocation> at) {
        if (isNull(v)) {
            return OptionalLong.empty();
        }
        if (v instanceof Long l && l >= 0) {
            return l < SMALL.length ? SMALL[(int) (long) l] : OptionalLong.of(l);
        }
        BigDecimal number = null;
        if (v instanceof JsonNode j && j.isNumber()) {
            number = j.decimalValue();
        } else if (v instanceof Number n) {
            number = new BigDecimal(n.toString());
        }
        if (number != null) {
            try {
                long value = number.stripTrailingZeros().longValueExact();
                if (value >= 0) {
                    return value < SMALL.length ? SMALL[(int) value] : OptionalLong.of(value);
                }
            } catch (ArithmeticException e) {
                // falls through to the error
            }
        }
        throw Problems.at(at.apply(field), "input.count", Problems.found(v));
    }

    private static Set<String> tags(Object v, Function<String, InputLocation> at) {
        if (isNull(v)) {
            return Set.of();
        }
        List<Object> items = new ArrayList<>();
        if (v instanceof JsonNode j && j.isArray()) {
            j.forEach(items::add);
        } else if (v instanceof Collection<?> c) {
            items.addAll(c);
        } else {
            throw Problems.at(at.apply(TAGS), "input.tags", Problems.found(v));
        }
        Set<String> tags = new TreeSet<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item instanceof JsonNode j && j.isTextual()) {
                tags.add(j.textValue());
            } else if (item instanceof CharSequence c) {
                tags.add(c.toString());
            } else {
                throw Problems.at(at.apply(TAGS + "[" + i + "]"), "input.tag", Problems.found(item));
            }
        }
        return tags;
    }

    private static LocalDate date(Object v, String field, Function<String, InputLocation> at) {
        if (isNull(v)) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        String s = text(v, field, at);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw Problems.at(at.apply(field), "input.date", JsonTree.quoted(s));
        }
    }

    private static String attribute(Object v) {
        if (v instanceof JsonNode j) {
            return j.isValueNode() ? j.asText() : j.toString();
        }
        return String.valueOf(v);
    }
}
