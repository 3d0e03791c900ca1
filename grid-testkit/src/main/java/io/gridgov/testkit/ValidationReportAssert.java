package io.gridgov.testkit;

import static java.util.Objects.requireNonNull;

import io.gridgov.geo.validate.BoundaryRule;
import io.gridgov.geo.validate.ValidationReport;
import io.gridgov.geo.validate.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractAssert;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;

/**
 * AssertJ assertions on a {@link ValidationReport}; obtain with {@link GridAssertions#assertThat}.
 * The words are the report's: {@link #isValid()} (no ERROR), {@link #hasNoFindings()},
 * {@link #hasOnly(BoundaryRule...)}, plus patterns and expected violations.
 * A failure message lists the violations concerned (rule, severity, level, parent, grids, area,
 * point) and their pieces as WKT, so the spot can be pasted into a map viewer. Not thread-safe
 * (as every AssertJ assert).
 */
public final class ValidationReportAssert extends AbstractAssert<ValidationReportAssert, ValidationReport> {

    /** WKT longer than this is cut, with the number of characters left out. */
    static final int MAX_WKT = 2_000;

    ValidationReportAssert(ValidationReport actual) {
        super(actual, ValidationReportAssert.class);
    }

    /** Asserts that the report {@link ValidationReport#isValid() is valid}: no violation is an ERROR (warnings allowed). @return this */
    public ValidationReportAssert isValid() {
        isNotNull();
        List<Violation> errors = actual.errors();
        if (!errors.isEmpty()) {
            failWithMessage("Expected no ERROR violations but found %d:%n%s", errors.size(), describe(errors));
        }
        return this;
    }

    /** Asserts that the report has no {@link ValidationReport#findings() findings}: no violation of any severity. @return this */
    public ValidationReportAssert hasNoFindings() {
        isNotNull();
        if (!actual.findings().isEmpty()) {
            failWithMessage("Expected no violations but found %d:%n%s", actual.findings().size(),
                    describe(actual.findings()));
        }
        return this;
    }

    /**
     * Asserts that every violation (of any severity) has one of these rules, and that there is at
     * least one.
     *
     * @param rules the allowed rules
     * @return this
     */
    public ValidationReportAssert hasOnly(BoundaryRule... rules) {
        isNotNull();
        requireNonNull(rules, "rules");
        Set<BoundaryRule> allowed = rules.length == 0 ? EnumSet.noneOf(BoundaryRule.class) : EnumSet.copyOf(Arrays.asList(rules));
        List<Violation> others = actual.violations().stream().filter(v -> !allowed.contains(v.rule())).toList();
        if (!others.isEmpty()) {
            failWithMessage("Expected only violations of %s but found %d others:%n%s", allowed, others.size(),
                    describe(others));
        }
        if (actual.violations().isEmpty()) {
            failWithMessage("Expected violations of %s but the report is empty", allowed);
        }
        return this;
    }

    /**
     * Asserts that at least one violation matches a pattern.
     *
     * @param pattern configures the pattern, e.g. {@code v -> v.rule(GAP).grids("a", "b")}
     * @return this
     */
    public ValidationReportAssert hasViolation(Consumer<ViolationPattern> pattern) {
        isNotNull();
        requireNonNull(pattern, "pattern");
        ViolationPattern p = new ViolationPattern();
        pattern.accept(p);
        if (actual.violations().stream().noneMatch(p::test)) {
            failWithMessage("Expected a violation with %s but the report has %d:%n%s", p, actual.violations().size(),
                    describe(actual.violations()));
        }
        return this;
    }

    /**
     * Asserts that the report's violations are exactly the expected ones — each expected violation
     * matched by one reported violation (areas within 1 %) and nothing else reported.
     *
     * @param expected the expected violations, e.g. {@link Mutation#expected()}
     * @return this
     */
    public ValidationReportAssert hasExactly(List<ExpectedViolation> expected) {
        return hasExactly(expected, 1.0);
    }

    /**
     * Asserts that the report's violations are exactly the expected ones, areas within {@code percent} per cent.
     *
     * @param expected the expected violations
     * @param percent the relative area tolerance in per cent
     * @return this
     */
    public ValidationReportAssert hasExactly(List<ExpectedViolation> expected, double percent) {
        return hasExactly(expected, (e, v) -> e.matches(v, percent));
    }

    private ValidationReportAssert hasExactly(List<ExpectedViolation> expected,
            BiPredicate<ExpectedViolation, Violation> matches) {
        isNotNull();
        requireNonNull(expected, "expected");
        List<Violation> left = new ArrayList<>(actual.violations());
        List<ExpectedViolation> missing = new ArrayList<>();
        for (ExpectedViolation e : expected) {
            Violation match = left.stream().filter(v -> matches.test(e, v)).findFirst().orElse(null);
            if (match == null) {
                missing.add(e);
            } else {
                left.remove(match);
            }
        }
        if (!missing.isEmpty() || !left.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (ExpectedViolation e : missing) {
                sb.append("  ").append(e).append(e.piece().map(g -> "\n    expected piece: " + wkt(g)).orElse(""))
                        .append('\n');
            }
            failWithMessage("Expected exactly %d violation(s)%nmissing %d:%n%sunexpected %d:%n%sreport:%n%s",
                    expected.size(), missing.size(), sb, left.size(), describe(left), describe(actual.violations()));
        }
        return this;
    }

    /**
     * Asserts the outcome of a mutation: exactly its expected violations, areas within 1 %; a violation
     * may also name a sibling the mutation allows ({@link Mutation#mayAlsoName}: one within twice the
     * default cluster tolerance of the piece).
     *
     * @param mutation the mutation
     * @return this
     */
    public ValidationReportAssert reports(Mutation mutation) {
        requireNonNull(mutation, "mutation");
        return hasExactly(mutation.expected(), (e, v) -> e.matches(v, 1.0, id -> mutation.mayAlsoName(e, id)));
    }

    static String describe(List<Violation> violations) {
        StringBuilder sb = new StringBuilder();
        for (Violation v : violations) {
            sb.append("  ").append(v.ruleId()).append(' ').append(v.severity()).append(" level ").append(v.level())
                    .append(" parent ").append(v.parentId().orElse("(none)")).append(" grids ").append(v.gridIds())
                    .append(String.format(Locale.ROOT, " area %.3f m²", v.areaM2()));
            v.point().ifPresent(pt -> sb.append(" at ").append(pt));
            sb.append("\n    ").append(v.message(Locale.ENGLISH));
            v.geometry().ifPresent(g -> sb.append("\n    piece: ").append(wkt(g)));
            sb.append('\n');
        }
        return sb.toString();
    }

    static String wkt(Geometry g) {
        String s = new WKTWriter().write(g);
        return s.length() <= MAX_WKT ? s : s.substring(0, MAX_WKT) + "… (" + (s.length() - MAX_WKT) + " more characters)";
    }
}
