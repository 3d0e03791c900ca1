package io.gridgov.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A subject's scorecard for one period (考核结果): explained line items, bonus lines, the vetoes that
 * fired, the base, bonus and total points and the grade. {@code total = base + bonus} unless a
 * {@link VetoEffect#ZERO zero} veto fired (then 0); {@code excluded} when an
 * {@link VetoEffect#EXCLUDE exclude} veto fired. Immutable and thread-safe.
 *
 * <p>Memory: the engine's scorecards keep their indicator lines compact (the points each line awarded,
 * at the scheme's scale, and a view of the subject's facts; about 1 KB a card of 50 lines) and build
 * each {@link LineItem} when it is read, so reading a line twice gives equal, not identical, items.
 *
 * @param schemeId the scheme that scored it
 * @param subject the subject id
 * @param period the period, when the facts named one
 * @param group the peer group, when given
 * @param lines the indicator lines, in scheme order
 * @param bonusLines the bonus lines, in scheme order
 * @param vetoes the vetoes that fired, in scheme order
 * @param base the sum of the indicator lines
 * @param bonus the bonus added (after the bonus cap)
 * @param total the total
 * @param grade the grade, when the scheme has grades
 * @param excluded whether the subject is kept out of the ranking
 */
public record Scorecard(String schemeId, String subject, Optional<String> period, Optional<String> group,
        List<LineItem> lines, List<LineItem> bonusLines, List<VetoHit> vetoes, BigDecimal base, BigDecimal bonus,
        BigDecimal total, Optional<String> grade, boolean excluded) {

    /** Validates and copies. */
    public Scorecard {
        requireNonNull(schemeId, "schemeId");
        requireNonNull(subject, "subject");
        requireNonNull(period, "period");
        requireNonNull(group, "group");
        requireNonNull(lines, "lines");
        // The engine's compact lines are immutable; anything else is copied.
        lines = lines instanceof CompactLines ? lines : List.copyOf(lines);
        bonusLines = List.copyOf(requireNonNull(bonusLines, "bonusLines"));
        vetoes = List.copyOf(requireNonNull(vetoes, "vetoes"));
        requireNonNull(base, "base");
        requireNonNull(bonus, "bonus");
        requireNonNull(total, "total");
        requireNonNull(grade, "grade");
    }

    /** {@return whether any veto fired} */
    public boolean vetoed() {
        return !vetoes.isEmpty();
    }

    /** {@return the points deducted over all indicator lines} */
    public BigDecimal deducted() {
        return lines.stream().map(LineItem::deducted).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** {@return the awarded points per category code, in scheme order} */
    public Map<String, BigDecimal> categoryTotals() {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (LineItem l : lines) {
            out.merge(l.category().orElse(""), l.awarded(), BigDecimal::add);
        }
        return out;
    }

    /**
     * {@return the line with this code}
     *
     * @param code an indicator or bonus code
     */
    public Optional<LineItem> line(String code) {
        if (lines instanceof CompactLines compact) {
            Optional<LineItem> l = compact.byCode(code);
            if (l.isPresent()) {
                return l;
            }
            return bonusLines.stream().filter(b -> b.code().equals(code)).findFirst();
        }
        return java.util.stream.Stream.concat(lines.stream(), bonusLines.stream())
                .filter(l -> l.code().equals(code)).findFirst();
    }

    /**
     * A veto that fired.
     *
     * @param code the veto's code
     * @param name its name
     * @param fact the fact tested
     * @param value the fact's value
     * @param effect what it did
     * @param reason why, in both languages on demand
     */
    public record VetoHit(String code, String name, String fact, BigDecimal value, VetoEffect effect,
            Explanation reason) {
        /** Validates. */
        public VetoHit {
            requireNonNull(code, "code");
            requireNonNull(name, "name");
            requireNonNull(fact, "fact");
            requireNonNull(value, "value");
            requireNonNull(effect, "effect");
            requireNonNull(reason, "reason");
        }
    }
}
