package io.gridgov.scoring;

import java.util.Optional;

/** What a one-vote veto (一票否决) does to a scorecard. */
public enum VetoEffect {
    /** The total becomes 0 (总分计零). */
    ZERO("zero"),
    /** The points are kept but the lowest grade is forced (定为最低等次). */
    LOWEST_GRADE("lowestGrade"),
    /** The subject is not ranked and is listed apart (不参与排名, 单独列出). */
    EXCLUDE("exclude");

    private final String json;

    VetoEffect(String json) {
        this.json = json;
    }

    /** {@return the JSON spelling, such as {@code lowestGrade}} */
    public String json() {
        return json;
    }

    /**
     * Parses the JSON spelling.
     *
     * @param s the spelling
     * @return the effect, if {@code s} names one
     */
    public static Optional<VetoEffect> parse(String s) {
        for (VetoEffect e : values()) {
            if (e.json.equals(s)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
