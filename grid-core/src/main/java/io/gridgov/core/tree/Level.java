package io.gridgov.core.tree;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One level of a {@link LevelScheme}: district (区), street (街道), community (社区), grid (网格), or
 * any other. Immutable; build with {@link #builder(String)}.
 *
 * <pre>{@code
 * Level grid = Level.builder("grid").names("网格", "grid")
 *         .codeLength(3)
 *         .households(Band.of(300, 500))
 *         .require(RoleRequirement.of("worker", 1, 1))
 *         .build();
 * }</pre>
 *
 * @param key a short stable identifier, unique in its scheme
 * @param nameZh the Chinese name
 * @param nameEn the English name
 * @param codeLength digits this level adds to its parent's code, when codes are used
 * @param households the allowed households per node (规模), when bounded
 * @param population the allowed residents per node, when bounded
 * @param roles the roles each node of this level must staff
 * @param spans spans of control that holders of a role at this level must respect
 * @param singlePiece whether a node of this level must be one contiguous piece of land
 */
public record Level(String key, String nameZh, String nameEn, OptionalInt codeLength,
        Optional<Band> households, Optional<Band> population, List<RoleRequirement> roles,
        List<Span> spans, boolean singlePiece) {

    /** Validates and copies the components. */
    public Level {
        requireNonNull(key, "key");
        requireNonNull(nameZh, "nameZh");
        requireNonNull(nameEn, "nameEn");
        requireNonNull(codeLength, "codeLength");
        requireNonNull(households, "households");
        requireNonNull(population, "population");
        roles = List.copyOf(roles);
        spans = List.copyOf(spans);
        if (key.isBlank()) {
            throw new IllegalArgumentException("level key is blank");
        }
        if (codeLength.isPresent() && codeLength.getAsInt() <= 0) {
            throw new IllegalArgumentException("level '" + key + "' code length " + codeLength.getAsInt()
                    + " is not positive");
        }
    }

    /** {@return a builder for a level with the given key; names default to the key} */
    public static Builder builder(String key) {
        return new Builder(key);
    }

    /** {@return a builder holding this level's values} */
    public Builder toBuilder() {
        Builder b = new Builder(key).names(nameZh, nameEn).singlePiece(singlePiece);
        codeLength.ifPresent(b::codeLength);
        households.ifPresent(b::households);
        population.ifPresent(b::population);
        roles.forEach(b::require);
        spans.forEach(b::span);
        return b;
    }

    /** {@return the requirement for {@code role} at this level, if any} */
    public Optional<RoleRequirement> requirement(String role) {
        return roles.stream().filter(r -> r.role().equals(role)).findFirst();
    }

    /** Builds a {@link Level}. Not thread-safe. */
    public static final class Builder {
        private final String key;
        private String nameZh;
        private String nameEn;
        private OptionalInt codeLength = OptionalInt.empty();
        private Optional<Band> households = Optional.empty();
        private Optional<Band> population = Optional.empty();
        private final List<RoleRequirement> roles = new ArrayList<>();
        private final List<Span> spans = new ArrayList<>();
        private boolean singlePiece = true;

        private Builder(String key) {
            this.key = requireNonNull(key, "key");
            this.nameZh = key;
            this.nameEn = key;
        }

        /** Sets the Chinese and English names. @return this builder */
        public Builder names(String zh, String en) {
            this.nameZh = requireNonNull(zh, "zh");
            this.nameEn = requireNonNull(en, "en");
            return this;
        }

        /** Sets the digits this level adds to its parent's code. @return this builder */
        public Builder codeLength(int digits) {
            if (digits <= 0) {
                throw new IllegalArgumentException("code length must be positive but was " + digits);
            }
            this.codeLength = OptionalInt.of(digits);
            return this;
        }

        /** Sets the allowed households per node. @return this builder */
        public Builder households(Band band) {
            this.households = Optional.of(requireNonNull(band, "band"));
            return this;
        }

        /** Sets the allowed residents per node. @return this builder */
        public Builder population(Band band) {
            this.population = Optional.of(requireNonNull(band, "band"));
            return this;
        }

        /** Adds a role every node of this level must staff. @return this builder */
        public Builder require(RoleRequirement requirement) {
            roles.add(requireNonNull(requirement, "requirement"));
            return this;
        }

        /** Adds a span of control. @return this builder */
        public Builder span(Span span) {
            spans.add(requireNonNull(span, "span"));
            return this;
        }

        /** Sets whether nodes must be one contiguous piece (default true). @return this builder */
        public Builder singlePiece(boolean required) {
            this.singlePiece = required;
            return this;
        }

        /** {@return the level} */
        public Level build() {
            return new Level(key, nameZh, nameEn, codeLength, households, population, roles, spans, singlePiece);
        }
    }
}
