package io.gridgov.core.rule;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Finding;
import io.gridgov.core.code.CodeScheme;
import io.gridgov.core.code.CodeSchemes;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.TreeAssembly;
import java.time.LocalDate;
import io.gridgov.core.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs structural rules over a grid tree and its staffing (结构校验). One call for the common case,
 * a configurable instance for the rest:
 *
 * <pre>{@code
 * StructuralReport report = StructuralValidator.validate(tree, staffing, LocalDate.of(2026, 11, 1));
 *
 * StructuralValidator custom = StructuralValidator.builder()
 *         .codeScheme(CodeSchemes.cjt349())
 *         .add(myRule)
 *         .build();
 * StructuralReport r = custom.check(assembly, staffing, asOf);
 * }</pre>
 *
 * <p>The built-in rules, in order: {@code DUPLICATE_ID}, {@code UNKNOWN_PARENT}, {@code CYCLE},
 * {@code LEVEL_DEPTH}, {@code DUPLICATE_CODE}, {@code CODE_FORMAT}, {@code CODE_PREFIX},
 * {@code SIZE_BAND}, {@code MISSING_ROLE}, {@code ROLE_COUNT}, {@code SPAN}. The tree is first
 * restricted to the nodes valid on the date ({@link GridTree#asOf}). Unless configured, the code
 * scheme is the one the level scheme's code lengths imply ({@link CodeSchemes#fromLevels}). The report
 * keeps at most {@value #DEFAULT_MAX_FINDINGS_PER_RULE} findings of each rule unless configured
 * ({@link Builder#maxFindingsPerRule}); its counts are always exact.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class StructuralValidator {

    private static final StructuralValidator DEFAULT = builder().build();

    /** The findings kept per rule unless configured: enough to read, little enough for any tree. */
    public static final int DEFAULT_MAX_FINDINGS_PER_RULE = 1_000;

    private final List<StructuralRule> rules;
    private final Optional<CodeScheme> codeScheme;
    private final int maxFindingsPerRule;

    private StructuralValidator(List<StructuralRule> rules, Optional<CodeScheme> codeScheme, int maxFindingsPerRule) {
        this.rules = List.copyOf(rules);
        this.codeScheme = codeScheme;
        this.maxFindingsPerRule = maxFindingsPerRule;
    }

    /** {@return new instances of the eleven built-in rules, in their fixed order} */
    public static List<StructuralRule> builtInRules() {
        return List.of(new DuplicateIdRule(), new UnknownParentRule(), new CycleRule(), new LevelDepthRule(),
                new DuplicateCodeRule(), new CodeFormatRule(), new CodePrefixRule(), new SizeBandRule(),
                new MissingRoleRule(), new RoleCountRule(), new SpanRule());
    }

    /** {@return the validator with the built-in rules} */
    public static StructuralValidator defaults() {
        return DEFAULT;
    }

    /** {@return a builder starting from the built-in rules} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates a tree with the built-in rules as of today (system default time zone).
     *
     * @param tree the tree
     * @param staffing its staffing
     * @return the report
     */
    public static StructuralReport validate(GridTree tree, Staffing staffing) {
        return DEFAULT.check(tree, staffing, LocalDate.now());
    }

    /**
     * Validates a tree with the built-in rules as of a date.
     *
     * @param tree the tree
     * @param staffing its staffing
     * @param asOf the day
     * @return the report
     */
    public static StructuralReport validate(GridTree tree, Staffing staffing, LocalDate asOf) {
        return DEFAULT.check(tree, staffing, asOf);
    }

    /**
     * Validates an assembled tree with the built-in rules, including the assembly's findings.
     *
     * @param assembly the tree and the findings of assembling it
     * @param staffing its staffing
     * @param asOf the day
     * @return the report
     */
    public static StructuralReport validate(TreeAssembly assembly, Staffing staffing, LocalDate asOf) {
        return DEFAULT.check(assembly, staffing, asOf);
    }

    /** {@return the rules, in the order they run} */
    public List<StructuralRule> rules() {
        return rules;
    }

    /** {@return this validator's tree check, without assembly findings} */
    public StructuralReport check(GridTree tree, Staffing staffing, LocalDate asOf) {
        return check(new TreeAssembly(tree, List.of()), staffing, asOf);
    }

    /**
     * Runs the rules.
     *
     * @param assembly the tree and the findings of assembling it
     * @param staffing the staffing
     * @param asOf the day
     * @return the report
     */
    public StructuralReport check(TreeAssembly assembly, Staffing staffing, LocalDate asOf) {
        requireNonNull(assembly, "assembly");
        requireNonNull(staffing, "staffing");
        requireNonNull(asOf, "asOf");
        GridTree tree = assembly.tree().asOf(asOf);
        Optional<CodeScheme> codes = codeScheme.isPresent() ? codeScheme : CodeSchemes.fromLevels(tree.scheme());
        return check(new RuleContext(tree, staffing, asOf, codes, assembly.findings()));
    }

    /**
     * Runs the rules on a prepared context.
     *
     * @param context what to check
     * @return the report
     */
    public StructuralReport check(RuleContext context) {
        requireNonNull(context, "context");
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<Severity, Long> severities = new EnumMap<>(Severity.class);
        for (StructuralRule rule : rules) {
            List<Finding> kept;
            long found = 0;
            if (rule instanceof BuiltInRule builtIn) {
                BuiltInRule.Capped capped = builtIn.check(context, maxFindingsPerRule);
                kept = capped.kept();
                for (Severity s : Severity.values()) {
                    long n = capped.bySeverity()[s.ordinal()];
                    found += n;
                    if (n > 0) {
                        severities.merge(s, n, Long::sum);
                    }
                }
            } else {
                List<Finding> all = rule.check(context);
                for (Finding f : all) {
                    severities.merge(f.severity(), 1L, Long::sum);
                }
                found = all.size();
                kept = all.size() > maxFindingsPerRule ? all.subList(0, maxFindingsPerRule) : all;
            }
            for (Finding f : kept) {
                if (!f.ruleId().equals(rule.id())) {
                    throw new IllegalStateException("rule " + rule.id() + " returned a finding of rule " + f.ruleId());
                }
            }
            findings.addAll(kept);
            counts.merge(rule.id(), (int) Math.min(Integer.MAX_VALUE, found), Integer::sum);
        }
        return new StructuralReport(context.asOf(), findings, counts, severities);
    }

    /** Builds a {@link StructuralValidator}. Not thread-safe. */
    public static final class Builder {
        private final List<StructuralRule> rules = new ArrayList<>(builtInRules());
        private Optional<CodeScheme> codeScheme = Optional.empty();
        private int maxFindingsPerRule = DEFAULT_MAX_FINDINGS_PER_RULE;

        private Builder() {
        }

        /**
         * Sets how many findings of each rule the report keeps (default
         * {@value StructuralValidator#DEFAULT_MAX_FINDINGS_PER_RULE}): the first ones in the report's
         * order. Beyond it findings are only counted — {@link StructuralReport#countsByRule()} and
         * {@link StructuralReport#count(Severity)} stay exact, {@link StructuralReport#omitted(String)}
         * says how many were left out — so that a 2-million-node tree without staff does not hold
         * 4 million findings.
         *
         * @param max at least 1
         * @return this builder
         */
        public Builder maxFindingsPerRule(int max) {
            this.maxFindingsPerRule = io.gridgov.core.Arguments.atLeast(max, 1, "maxFindingsPerRule");
            return this;
        }

        /** Adds a rule after the others; its id must be new. @return this builder */
        public Builder add(StructuralRule rule) {
            requireNonNull(rule, "rule");
            requireNonNull(rule.id(), "rule.id()");
            if (rules.stream().anyMatch(r -> r.id().equals(rule.id()))) {
                throw new IllegalArgumentException("a rule with id '" + rule.id() + "' is already registered");
            }
            rules.add(rule);
            return this;
        }

        /** Removes the rule with an id. @return this builder */
        public Builder remove(String ruleId) {
            requireNonNull(ruleId, "ruleId");
            if (!rules.removeIf(r -> r.id().equals(ruleId))) {
                throw new IllegalArgumentException("no rule with id '" + ruleId + "' to remove; registered: "
                        + rules.stream().map(StructuralRule::id).toList());
            }
            return this;
        }

        /** Removes every rule, to start from an empty list. @return this builder */
        public Builder clear() {
            rules.clear();
            return this;
        }

        /** Sets the code format checked by {@code CODE_FORMAT} and {@code CODE_PREFIX}. @return this builder */
        public Builder codeScheme(CodeScheme scheme) {
            this.codeScheme = Optional.of(requireNonNull(scheme, "scheme"));
            return this;
        }

        /** {@return the validator} */
        public StructuralValidator build() {
            return new StructuralValidator(rules, codeScheme, maxFindingsPerRule);
        }
    }
}
