package io.gridgov.core.tree;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * One node of a grid tree: a district, a street, a community, a grid — whatever its level.
 * A value: two nodes with the same fields are equal. Its place in a hierarchy is given by
 * {@link #parentId()}; navigation is on {@link GridTree}. Immutable and thread-safe.
 *
 * <pre>{@code
 * GridNode grid = GridNode.builder("g-001").parent("c-01").name("翠湖一网格")
 *         .code("520102001001").households(320).population(1050).build();
 * }</pre>
 *
 * @param id unique identifier within a tree
 * @param parentId the parent's id; empty for a root
 * @param name display name, such as 翠湖一网格; defaults to the id
 * @param code the administrative or grid code (网格编码), if any
 * @param levelKey the level declared in the data, if any; otherwise the tree derives it from depth
 * @param kind comprehensive (综合网格) or dedicated (专属网格)
 * @param households number of households (户数), if known
 * @param population number of residents (人口), if known
 * @param tags free labels used to bind duty templates and rules, e.g. {@code riverside}
 * @param validity the dates on which the node exists
 * @param attributes further properties carried through unchanged (e.g. from GeoJSON)
 */
public record GridNode(String id, Optional<String> parentId, String name, Optional<String> code,
        Optional<String> levelKey, GridKind kind, OptionalLong households, OptionalLong population,
        Set<String> tags, Validity validity, Map<String, String> attributes) {

    /** Validates and copies the components. */
    public GridNode {
        requireNonNull(id, "id");
        requireNonNull(parentId, "parentId");
        requireNonNull(name, "name");
        requireNonNull(code, "code");
        requireNonNull(levelKey, "levelKey");
        requireNonNull(kind, "kind");
        requireNonNull(households, "households");
        requireNonNull(population, "population");
        requireNonNull(validity, "validity");
        if (id.isBlank()) {
            throw new IllegalArgumentException("node id is blank");
        }
        if (parentId.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("node '" + id + "' is its own parent");
        }
        if (households.isPresent() && households.getAsLong() < 0) {
            throw new IllegalArgumentException("node '" + id + "' has negative households " + households.getAsLong());
        }
        if (population.isPresent() && population.getAsLong() < 0) {
            throw new IllegalArgumentException("node '" + id + "' has negative population " + population.getAsLong());
        }
        // Empty sets and maps are shared: a 700,000-node tree must not carry 1.4 million empty collections.
        tags = tags.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(tags));
        attributes = attributes.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** {@return a builder for a node with the given id} */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** {@return a builder holding this node's values, to derive a changed copy} */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.parentId = parentId;
        b.name = name;
        b.code = code;
        b.levelKey = levelKey;
        b.kind = kind;
        b.households = households;
        b.population = population;
        b.tags = tags;
        b.validity = validity;
        b.attributes = attributes;
        return b;
    }

    /** {@return whether this node declares no parent} */
    public boolean isRoot() {
        return parentId.isEmpty();
    }

    /** Builds a {@link GridNode}. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private Optional<String> parentId = Optional.empty();
        private String name;
        private Optional<String> code = Optional.empty();
        private Optional<String> levelKey = Optional.empty();
        private GridKind kind = GridKind.COMPREHENSIVE;
        private OptionalLong households = OptionalLong.empty();
        private OptionalLong population = OptionalLong.empty();
        /** Shared with the node it came from until changed (copy on write): no collections per plain node. */
        private Set<String> tags = Set.of();
        private Validity validity = Validity.ALWAYS;
        private Map<String, String> attributes = Map.of();

        private Builder(String id) {
            this.id = requireNonNull(id, "id");
            this.name = id;
        }

        /** Sets the parent's id. @return this builder */
        public Builder parent(String parentId) {
            this.parentId = Optional.of(requireNonNull(parentId, "parentId"));
            return this;
        }

        /** Sets or clears the parent's id, sharing the given optional. @return this builder */
        public Builder parentOptional(Optional<String> parentId) {
            this.parentId = requireNonNull(parentId, "parentId");
            return this;
        }

        /** Sets or clears the declared level key, sharing the given optional. @return this builder */
        public Builder levelOptional(Optional<String> levelKey) {
            this.levelKey = requireNonNull(levelKey, "levelKey");
            return this;
        }

        /** Makes the node a root. @return this builder */
        public Builder root() {
            this.parentId = Optional.empty();
            return this;
        }

        /** Sets the display name. @return this builder */
        public Builder name(String name) {
            this.name = requireNonNull(name, "name");
            return this;
        }

        /** Sets the code. @return this builder */
        public Builder code(String code) {
            this.code = Optional.of(requireNonNull(code, "code"));
            return this;
        }

        /** Removes the code. @return this builder */
        public Builder noCode() {
            this.code = Optional.empty();
            return this;
        }

        /** Declares the level key. @return this builder */
        public Builder level(String levelKey) {
            this.levelKey = Optional.of(requireNonNull(levelKey, "levelKey"));
            return this;
        }

        /** Sets the kind. @return this builder */
        public Builder kind(GridKind kind) {
            this.kind = requireNonNull(kind, "kind");
            return this;
        }

        /** Sets the households. @return this builder */
        public Builder households(long households) {
            this.households = OptionalLong.of(households);
            return this;
        }

        /** Sets the population. @return this builder */
        public Builder population(long population) {
            this.population = OptionalLong.of(population);
            return this;
        }

        /** Sets or clears the households. @return this builder */
        public Builder households(OptionalLong households) {
            this.households = requireNonNull(households, "households");
            return this;
        }

        /** Sets or clears the population. @return this builder */
        public Builder population(OptionalLong population) {
            this.population = requireNonNull(population, "population");
            return this;
        }

        /** Adds tags. @return this builder */
        public Builder tags(String... tags) {
            Set<String> more = new TreeSet<>(this.tags);
            more.addAll(Set.of(tags));
            this.tags = more;
            return this;
        }

        /** Replaces the tags. @return this builder */
        public Builder tags(Set<String> tags) {
            this.tags = new TreeSet<>(requireNonNull(tags, "tags"));
            return this;
        }

        /** Sets the validity. @return this builder */
        public Builder validity(Validity validity) {
            this.validity = requireNonNull(validity, "validity");
            return this;
        }

        /** Sets one attribute. @return this builder */
        public Builder attribute(String key, String value) {
            Map<String, String> more = new LinkedHashMap<>(this.attributes);
            more.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
            this.attributes = more;
            return this;
        }

        /** Replaces the attributes. @return this builder */
        public Builder attributes(Map<String, String> attributes) {
            this.attributes = new LinkedHashMap<>(requireNonNull(attributes, "attributes"));
            return this;
        }

        /** {@return the node} */
        public GridNode build() {
            return new GridNode(id, parentId, name, code, levelKey, kind, households, population, tags,
                    validity, attributes);
        }
    }
}
