package io.gridgov.scoring.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridgov.core.i18n.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A vendor's rule kind (自定义评分规则), found with {@link java.util.ServiceLoader}: declare it in
 * {@code module-info.java} with {@code provides io.gridgov.scoring.spi.RuleKind with ...} or on the
 * class path in {@code META-INF/services/io.gridgov.scoring.spi.RuleKind}. A scheme then uses it as
 * {@code "rule": {"type": "<type()>", ...}}; the rule is kept as a
 * {@link io.gridgov.scoring.IndicatorRule.Custom} and this provider validates and evaluates it.
 *
 * <p>Implementations must be stateless and thread-safe: one instance scores every subject, possibly
 * from several threads.
 */
public interface RuleKind {

    /** {@return the {@code type} this provider handles; must not be a built-in kind} */
    String type();

    /**
     * The facts a rule reads, so that the scheme can check they are declared and the engine can
     * report a missing one.
     *
     * @param params the rule's JSON object
     * @return the fact names
     */
    List<String> facts(ObjectNode params);

    /**
     * What is wrong with a rule's parameters; reported at the rule's JSON path.
     *
     * @param params the rule's JSON object
     * @param points the indicator's points
     * @return the problems, empty when the rule is valid
     */
    List<LocalizedText> problems(ObjectNode params, BigDecimal points);

    /**
     * Scores one subject.
     *
     * @param params the rule's JSON object
     * @param points the indicator's points
     * @param facts the subject's facts (missing ones fail with a message naming subject and fact)
     * @return the points awarded (clamped by the engine to [0, points]) and the reason
     */
    Outcome evaluate(ObjectNode params, BigDecimal points, FactSource facts);

    /** A subject's facts as a rule sees them. */
    @FunctionalInterface
    interface FactSource {
        /**
         * {@return the fact's value, or the scheme's default}
         *
         * @param fact the fact
         * @throws io.gridgov.core.io.InvalidInputException when the subject lacks it and there is no default
         */
        BigDecimal value(String fact);
    }

    /**
     * What a vendor rule awarded and why.
     *
     * @param awarded the points
     * @param reason the explanation in both languages
     */
    record Outcome(BigDecimal awarded, LocalizedText reason) {
        /** Validates. */
        public Outcome {
            Objects.requireNonNull(awarded, "awarded");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
