package io.gridgov.core.facts;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One subject's facts (考核对象的考核数据): a grid, a person or a department, its peer group, its weight
 * in roll-ups, and its facts by name as exact decimals ({@code duty.patrol.done = 57}; booleans are
 * 1 and 0). Immutable and thread-safe.
 *
 * @param id the subject, such as a grid id or a person id; not blank
 * @param group the peer group it is ranked in (同类比较组, e.g. {@code L3/comprehensive}); empty = one group; not blank when given
 * @param weight its weight in a roll-up to a parent (e.g. households), ≥ 0, when given
 * @param values the facts by name (insertion order kept); names not blank
 */
public record SubjectFacts(String id, Optional<String> group, Optional<BigDecimal> weight,
        Map<String, BigDecimal> values) {

    /** Validates and copies. */
    public SubjectFacts {
        requireNonNull(id, "id");
        requireNonNull(group, "group");
        requireNonNull(weight, "weight");
        requireNonNull(values, "values");
        if (id.isBlank()) {
            throw new IllegalArgumentException("subject id must not be blank");
        }
        if (group.isPresent() && group.get().isBlank()) {
            throw new IllegalArgumentException("subject \"" + id + "\": group must not be blank");
        }
        if (weight.isPresent() && weight.get().signum() < 0) {
            throw new IllegalArgumentException("subject \"" + id + "\": weight must be ≥ 0, found " + weight.get());
        }
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            requireNonNull(name, "fact name");
            requireNonNull(value, "fact value");
            if (name.isBlank()) {
                throw new IllegalArgumentException("subject \"" + id + "\": fact names must not be blank");
            }
            copy.put(name, value);
        });
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * {@return a subject in no group and without weight}
     *
     * @param id the id
     * @param values its facts
     */
    public static SubjectFacts of(String id, Map<String, BigDecimal> values) {
        return new SubjectFacts(id, Optional.empty(), Optional.empty(), values);
    }

    /**
     * {@return the fact's value, if present}
     *
     * @param fact the fact's name
     */
    public Optional<BigDecimal> value(String fact) {
        return Optional.ofNullable(values.get(fact));
    }
}
