package io.gridgov.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of one period (考核期) for many subjects (grids, workers, departments): numbers such as
 * {@code duty.patrol.done = 57}; booleans are 1 (true) and 0 (false). Read with {@link FactsReader}.
 * Immutable and thread-safe.
 *
 * @param period the period, such as {@code 2026-11}, when given
 * @param source where the facts were read from (a file name), for error messages
 * @param subjects the subjects, ids unique
 */
public record Facts(Optional<String> period, Optional<String> source, List<Subject> subjects) {

    /** Validates and copies. */
    public Facts {
        requireNonNull(period, "period");
        requireNonNull(source, "source");
        subjects = List.copyOf(requireNonNull(subjects, "subjects"));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Subject s : subjects) {
            if (!seen.add(s.id())) {
                throw new IllegalArgumentException("duplicate subject id \"" + s.id() + "\"");
            }
        }
    }

    /**
     * {@return facts for a period with no source}
     *
     * @param period the period
     * @param subjects the subjects
     */
    public static Facts of(String period, List<Subject> subjects) {
        return new Facts(Optional.of(period), Optional.empty(), subjects);
    }

    /**
     * {@return the subject with this id}
     *
     * @param id the id
     */
    public Optional<Subject> subject(String id) {
        return subjects.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * One subject's facts.
     *
     * @param id the subject, such as a grid id or a person id
     * @param group the peer group it is ranked in (e.g. level and kind, {@code L3/comprehensive}); empty = one group
     * @param weight its weight in a roll-up to a parent (e.g. households), when given
     * @param values the facts by name (insertion order kept)
     */
    public record Subject(String id, Optional<String> group, Optional<BigDecimal> weight,
            Map<String, BigDecimal> values) {
        /** Validates and copies. */
        public Subject {
            requireNonNull(id, "id");
            requireNonNull(group, "group");
            requireNonNull(weight, "weight");
            values = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(values, "values")));
            if (id.isBlank()) {
                throw new IllegalArgumentException("subject id must not be blank");
            }
        }

        /**
         * {@return a subject in no group}
         *
         * @param id the id
         * @param values its facts
         */
        public static Subject of(String id, Map<String, BigDecimal> values) {
            return new Subject(id, Optional.empty(), Optional.empty(), values);
        }

        /**
         * {@return the fact's value, if present}
         *
         * @param fact the fact
         */
        public Optional<BigDecimal> value(String fact) {
            return Optional.ofNullable(values.get(fact));
        }
    }
}
