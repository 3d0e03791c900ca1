package io.gridgov.core.tree;

/**
 * An inclusive range of whole numbers, such as the 300–500 households of an urban grid
 * (规模适度). Either end may be open: {@link #atLeast(long)}, {@link #atMost(long)}.
 *
 * @param minInclusive the smallest value inside the band
 * @param maxInclusive the largest value inside the band
 */
public record Band(long minInclusive, long maxInclusive) {

    /** Validates that the band is not empty. */
    public Band {
        if (minInclusive > maxInclusive) {
            throw new IllegalArgumentException(
                    "band minimum " + minInclusive + " is greater than maximum " + maxInclusive);
        }
    }

    /** {@return the band [min, max]} */
    public static Band of(long minInclusive, long maxInclusive) {
        return new Band(minInclusive, maxInclusive);
    }

    /** {@return the band [min, ∞)} */
    public static Band atLeast(long minInclusive) {
        return new Band(minInclusive, Long.MAX_VALUE);
    }

    /** {@return the band [0, max]} */
    public static Band atMost(long maxInclusive) {
        return new Band(0, maxInclusive);
    }

    /** {@return whether {@code value} lies inside the band} */
    public boolean contains(long value) {
        return value >= minInclusive && value <= maxInclusive;
    }

    @Override
    public String toString() {
        return maxInclusive == Long.MAX_VALUE ? "≥" + minInclusive : minInclusive + "–" + maxInclusive;
    }
}
