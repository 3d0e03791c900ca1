package io.gridgov.core.facts;

import static io.gridgov.core.i18n.CoreMessages.MESSAGES;
import static java.util.Objects.requireNonNull;

import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The facts of one period (考核期的考核数据) for many subjects — what duties, case handling and other
 * producers hand to scoring. Build with {@link #builder()}, join several sources with
 * {@link #merge(List)}, read and write with {@link FactFiles}.
 *
 * <pre>{@code
 * FactSet facts = FactSet.builder().period("2026-11").source("duties")
 *         .fact("g1", "duty.patrol.done", 57).group("g1", "L3/comprehensive").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the period, such as {@code 2026-11}, when given
 * @param source where the facts come from (a file name, or {@code a.json + b.json} after a merge), for messages
 * @param subjects the subjects, ids unique
 */
public record FactSet(Optional<String> period, Optional<String> source, List<SubjectFacts> subjects) {

    /** Validates and copies. */
    public FactSet {
        requireNonNull(period, "period");
        requireNonNull(source, "source");
        subjects = List.copyOf(requireNonNull(subjects, "subjects"));
        Set<String> seen = new HashSet<>();
        for (SubjectFacts s : subjects) {
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
    public static FactSet of(String period, List<SubjectFacts> subjects) {
        return new FactSet(Optional.of(period), Optional.empty(), subjects);
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the subject with this id}
     *
     * @param id the id
     */
    public Optional<SubjectFacts> subject(String id) {
        return subjects.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** {@return the subjects by id, in order} */
    public Map<String, SubjectFacts> bySubject() {
        Map<String, SubjectFacts> out = new LinkedHashMap<>();
        subjects.forEach(s -> out.put(s.id(), s));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * {@return the subjects that {@code keep} accepts, with the same period and source}
     *
     * @param keep which subjects to keep
     */
    public FactSet filter(Predicate<SubjectFacts> keep) {
        requireNonNull(keep, "keep");
        return new FactSet(period, source, subjects.stream().filter(keep).toList());
    }

    /**
     * {@return these facts from another source (for messages)}
     *
     * @param source the source's name
     */
    public FactSet withSource(String source) {
        return new FactSet(period, Optional.of(requireNonNull(source, "source")), subjects);
    }

    /**
     * {@return the facts of several sources joined by subject id} See {@link #merge(List)}.
     *
     * @param sources the sources
     */
    public static FactSet merge(FactSet... sources) {
        return merge(Arrays.asList(sources));
    }

    /**
     * Joins the facts of several sources (duties, cases, a manual sheet…) by subject id: a subject in
     * several sources gets the union of its facts, group and weight. Subjects keep the order of their
     * first appearance. A value given by two sources must be equal as a number ({@code 0.10} equals
     * {@code 0.1}; the first source's form is kept); the periods, when given, must be the same. The
     * result's source is the sources' names joined by {@code " + "} (an unnamed source is
     * {@code source #i}). Merging is associative, and independent of the order of the sources up to the
     * order of subjects and facts.
     *
     * @param sources the sources
     * @return the merged facts
     * @throws InvalidInputException when two sources give different values for one fact of one subject
     *         (or a different group, weight or period); the message names both sources, the subject and the fact
     */
    public static FactSet merge(List<FactSet> sources) {
        requireNonNull(sources, "sources");
        if (sources.size() == 1) {
            return sources.get(0);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            names.add(requireNonNull(sources.get(i), "source").source().orElse("source #" + (i + 1)));
        }
        Optional<String> period = Optional.empty();
        int periodFrom = -1;
        Map<String, Acc> subjects = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            FactSet f = sources.get(i);
            String name = names.get(i);
            if (f.period().isPresent()) {
                if (period.isPresent() && !period.get().equals(f.period().get())) {
                    throw conflict(name, null, "period", names.get(periodFrom), period.get(), f.period().get());
                }
                if (period.isEmpty()) {
                    period = f.period();
                    periodFrom = i;
                }
            }
            for (SubjectFacts s : f.subjects()) {
                Acc acc = subjects.computeIfAbsent(s.id(), Acc::new);
                acc.add(s, name);
            }
        }
        List<SubjectFacts> out = new ArrayList<>(subjects.size());
        subjects.values().forEach(a -> out.add(a.build()));
        Optional<String> source = names.isEmpty() ? Optional.empty() : Optional.of(String.join(" + ", names));
        return new FactSet(period, source, out);
    }

    static InvalidInputException conflict(String source, String subject, String field, String first,
            Object a, Object b) {
        InputLocation at = InputLocation.ofFile(source).withField(field);
        if (subject != null) {
            at = at.withRecord("subject \"" + subject + "\"");
        }
        return new InvalidInputException(at, MESSAGES.text("facts.merge.conflict", first, a, source, b));
    }

    /** One subject during a merge, remembering which source gave each value. */
    static final class Acc {
        final String id;
        Optional<String> group = Optional.empty();
        String groupFrom;
        Optional<BigDecimal> weight = Optional.empty();
        String weightFrom;
        final Map<String, BigDecimal> values = new LinkedHashMap<>();
        final Map<String, String> from = new LinkedHashMap<>();

        Acc(String id) {
            this.id = id;
        }

        void add(SubjectFacts s, String source) {
            if (s.group().isPresent()) {
                if (group.isPresent() && !group.get().equals(s.group().get())) {
                    throw conflict(source, id, "group", groupFrom, group.get(), s.group().get());
                }
                if (group.isEmpty()) {
                    group = s.group();
                    groupFrom = source;
                }
            }
            if (s.weight().isPresent()) {
                if (weight.isPresent() && weight.get().compareTo(s.weight().get()) != 0) {
                    throw conflict(source, id, "weight", weightFrom, weight.get().toPlainString(),
                            s.weight().get().toPlainString());
                }
                if (weight.isEmpty()) {
                    weight = s.weight();
                    weightFrom = source;
                }
            }
            s.values().forEach((name, v) -> {
                BigDecimal old = values.get(name);
                if (old == null) {
                    values.put(name, v);
                    from.put(name, source);
                } else if (old.compareTo(v) != 0) {
                    throw conflict(source, id, name, from.get(name), old.toPlainString(), v.toPlainString());
                }
            });
        }

        SubjectFacts build() {
            return new SubjectFacts(id, group, weight, values);
        }
    }

    /**
     * Builds a {@link FactSet} subject by subject, fact by fact. Subjects keep the order in which they
     * are first named. Not thread-safe; the built value is.
     */
    public static final class Builder {
        private Optional<String> period = Optional.empty();
        private Optional<String> source = Optional.empty();
        private final Map<String, Acc> subjects = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * {@return this builder, with the period}
         *
         * @param period such as {@code 2026-11}
         */
        public Builder period(String period) {
            this.period = Optional.of(requireNonNull(period, "period"));
            return this;
        }

        /**
         * {@return this builder, with the source's name (for messages)}
         *
         * @param source such as a file name or {@code duties}
         */
        public Builder source(String source) {
            this.source = Optional.of(requireNonNull(source, "source"));
            return this;
        }

        private Acc acc(String subject) {
            requireNonNull(subject, "subject");
            if (subject.isBlank()) {
                throw new IllegalArgumentException("subject id must not be blank");
            }
            return subjects.computeIfAbsent(subject, Acc::new);
        }

        /**
         * {@return this builder, with a subject named (without facts yet)}
         *
         * @param subject the subject's id
         */
        public Builder subject(String subject) {
            acc(subject);
            return this;
        }

        /**
         * {@return this builder, with a whole subject added (joined with what the builder already has)}
         *
         * @param subject the subject
         * @throws IllegalArgumentException when a fact, group or weight is already set to another value
         */
        public Builder subject(SubjectFacts subject) {
            try {
                acc(subject.id()).add(subject, "builder");
            } catch (InvalidInputException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            return this;
        }

        /**
         * {@return this builder, with one fact}
         *
         * @param subject the subject's id
         * @param name the fact's name
         * @param value its exact value
         * @throws IllegalArgumentException when the fact is already set to another value
         */
        public Builder fact(String subject, String name, BigDecimal value) {
            return subject(new SubjectFacts(subject, Optional.empty(), Optional.empty(),
                    Map.of(requireNonNull(name, "name"), requireNonNull(value, "value"))));
        }

        /**
         * {@return this builder, with one whole-number fact (a count)}
         *
         * @param subject the subject's id
         * @param name the fact's name
         * @param value its value
         */
        public Builder fact(String subject, String name, long value) {
            return fact(subject, name, BigDecimal.valueOf(value));
        }

        /**
         * {@return this builder, with a subject's peer group}
         *
         * @param subject the subject's id
         * @param group such as {@code L3/comprehensive}
         */
        public Builder group(String subject, String group) {
            return subject(new SubjectFacts(subject, Optional.of(group), Optional.empty(), Map.of()));
        }

        /**
         * {@return this builder, with a subject's weight in roll-ups}
         *
         * @param subject the subject's id
         * @param weight ≥ 0
         */
        public Builder weight(String subject, BigDecimal weight) {
            return subject(new SubjectFacts(subject, Optional.empty(), Optional.of(weight), Map.of()));
        }

        /** {@return the facts} */
        public FactSet build() {
            List<SubjectFacts> out = new ArrayList<>(subjects.size());
            subjects.values().forEach(a -> out.add(a.build()));
            return new FactSet(period, source, out);
        }
    }
}
