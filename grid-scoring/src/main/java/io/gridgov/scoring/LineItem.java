package io.gridgov.scoring;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One explained line of a scorecard (评分明细): an indicator or a bonus item, the facts it read, its
 * points, what was awarded and deducted, and why. Invariant: {@code awarded + deducted = points}
 * for indicators; for bonus items {@code deducted} is 0 and {@code points} is the item's cap (or the
 * awarded points when uncapped). Immutable and thread-safe.
 *
 * @param code the indicator's or bonus item's code
 * @param name its name
 * @param category the category code; empty for a bonus item
 * @param type the rule kind, such as {@code deduct}
 * @param facts the facts read, in the order the rule reads them
 * @param points the most the line could award
 * @param awarded the points awarded, rounded by the scheme
 * @param deducted the points not awarded ({@code points − awarded})
 * @param reasons why, one or more parts
 */
public record LineItem(String code, String name, Optional<String> category, String type, List<FactValue> facts,
        BigDecimal points, BigDecimal awarded, BigDecimal deducted, List<Explanation> reasons) {

    /** Validates and copies. */
    public LineItem {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        requireNonNull(category, "category");
        requireNonNull(type, "type");
        requireNonNull(facts, "facts");
        facts = facts instanceof FactList ? facts : List.copyOf(facts);
        requireNonNull(points, "points");
        requireNonNull(awarded, "awarded");
        requireNonNull(deducted, "deducted");
        requireNonNull(reasons, "reasons");
        // The engine's reasons are computed on first use and immutable; anything else is copied.
        reasons = reasons instanceof LazyReasons ? reasons : List.copyOf(reasons);
    }

    /** {@return whether this is a bonus line} */
    public boolean isBonus() {
        return category.isEmpty();
    }

    /** {@return the reason in both languages, parts joined by "; "} */
    public LocalizedText reason() {
        return new LocalizedText(reason(Locale.ENGLISH), reason(Locale.SIMPLIFIED_CHINESE));
    }

    /**
     * {@return the reason in {@code locale}}
     *
     * @param locale the language
     */
    public String reason(Locale locale) {
        return reasons.stream().map(e -> e.in(locale)).collect(Collectors.joining("; "));
    }

    /**
     * A fact's value as the rule saw it.
     *
     * @param name the fact
     * @param value its value
     * @param defaulted whether the value is the scheme's default because the subject lacked the fact
     */
    public record FactValue(String name, BigDecimal value, boolean defaulted) {
        /** Validates. */
        public FactValue {
            requireNonNull(name, "name");
            requireNonNull(value, "value");
        }
    }
}
