package io.gridgov.duty;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.io.JsonTree;
import io.gridgov.core.Arguments;
import io.gridgov.core.Severity;
import io.gridgov.core.i18n.LocalizedText;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * One duty (职责) of a template: who does what, to whom, how often, with what evidence.
 * A value; immutable and thread-safe.
 *
 * <pre>{@code
 * Duty visitKey = Duty.builder("visit-key", "visit")
 *         .title("走访重点户", "visit key households").role("worker")
 *         .target(new TargetScope.Households("key"))
 *         .frequency(Frequency.Quota.of(1, CalendarPeriod.MONTH)).source("S9 §2").build();
 * }</pre>
 *
 * @param code unique within its template, such as {@code visit-key}
 * @param title what the duty is, in both languages
 * @param category a grouping for reports, such as {@code contact} or {@code fire-safety}
 * @param role the role key that performs it (for {@link Frequency.Tiered} each tier names its own)
 * @param action the action key, such as {@code visit}
 * @param target what it is done to
 * @param frequency how often
 * @param evidence what an activity record must carry to count
 * @param severity how serious a miss is
 * @param graceDays how many days after a window an activity on a day without a window of this duty
 *        still counts, as late
 * @param source the plan section the duty comes from, such as {@code S9 §2}
 * @param levels the level keys, among the grids the template binds to, where this duty applies;
 *        empty for all of them (S10: different fire-safety tasks per grid level)
 */
public record Duty(String code, LocalizedText title, String category, String role, String action,
        TargetScope target, Frequency frequency, Set<Evidence> evidence, Severity severity, int graceDays,
        Optional<String> source, Set<String> levels) {

    /** Validates and copies the components. */
    public Duty {
        requireNonNull(code, "code");
        requireNonNull(title, "title");
        requireNonNull(category, "category");
        requireNonNull(role, "role");
        requireNonNull(action, "action");
        requireNonNull(target, "target");
        requireNonNull(frequency, "frequency");
        requireNonNull(severity, "severity");
        requireNonNull(source, "source");
        if (code.isBlank()) {
            throw InvalidDutyException.of("value.blankDutyCode");
        }
        if (graceDays < 0) {
            throw InvalidDutyException.of("value.negativeGrace", JsonTree.quoted(code), String.valueOf(graceDays));
        }
        evidence = evidence.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(evidence));
        levels = Set.copyOf(levels);
    }

    /** {@return a copy with another frequency (for per-grid overrides)} */
    public Duty withFrequency(Frequency frequency) {
        return new Duty(code, title, category, role, action, target, frequency, evidence, severity, graceDays,
                source, levels);
    }

    /** {@return a builder for a duty with this code and action key} */
    public static Builder builder(String code, String action) {
        return new Builder(code, action);
    }

    /** Builds a {@link Duty}. Defaults: role {@code worker}, the grid itself, daily, no evidence, WARNING, 1 grace day. Not thread-safe. */
    public static final class Builder {
        private final String code;
        private final String action;
        private LocalizedText title;
        private String category = "general";
        private String role = "worker";
        private TargetScope target = new TargetScope.OwnGrid();
        private Frequency frequency = Frequency.Quota.daily();
        private final Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
        private Severity severity = Severity.WARNING;
        private int graceDays = 1;
        private Optional<String> source = Optional.empty();
        private final Set<String> levels = new java.util.TreeSet<>();

        private Builder(String code, String action) {
            this.code = requireNonNull(code, "code");
            this.action = requireNonNull(action, "action");
            this.title = new LocalizedText(code, code);
        }

        /** Sets the title. @return this builder */
        public Builder title(String zh, String en) {
            this.title = new LocalizedText(requireNonNull(en, "en"), requireNonNull(zh, "zh"));
            return this;
        }

        /** Sets the category. @return this builder */
        public Builder category(String category) {
            this.category = requireNonNull(category, "category");
            return this;
        }

        /** Sets the role key. @return this builder */
        public Builder role(String role) {
            this.role = requireNonNull(role, "role");
            return this;
        }

        /** Sets the target. @return this builder */
        public Builder target(TargetScope target) {
            this.target = requireNonNull(target, "target");
            return this;
        }

        /** Sets the frequency. @return this builder */
        public Builder frequency(Frequency frequency) {
            this.frequency = requireNonNull(frequency, "frequency");
            return this;
        }

        /** Adds required evidence. @return this builder */
        public Builder evidence(Evidence... evidence) {
            this.evidence.addAll(java.util.Arrays.asList(evidence));
            return this;
        }

        /** Sets the severity of a miss. @return this builder */
        public Builder severity(Severity severity) {
            this.severity = requireNonNull(severity, "severity");
            return this;
        }

        /** Sets the grace days. @return this builder */
        public Builder graceDays(int graceDays) {
            this.graceDays = Arguments.atLeast(graceDays, 0, "grace days");
            return this;
        }

        /** Sets the plan section. @return this builder */
        public Builder source(String source) {
            this.source = Optional.of(requireNonNull(source, "source"));
            return this;
        }

        /** Restricts the duty to grids at these levels (a key given twice counts once). @return this builder */
        public Builder levels(String... levels) {
            this.levels.addAll(java.util.Arrays.asList(levels));
            return this;
        }

        /** {@return the duty} */
        public Duty build() {
            return new Duty(code, title, category, role, action, target, frequency, evidence, severity, graceDays,
                    source, levels);
        }
    }
}
