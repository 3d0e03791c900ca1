package io.gridgov.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * Checks of numeric arguments shared by the builders and values of every module, with one form of
 * message: {@code "<name> must be ≥ <min> but was <value>"}, {@code "<name> must be in <min>..<max> but was
 * <value>"}. Stateless and thread-safe.
 */
public final class Arguments {

    private Arguments() {
    }

    /**
     * Checks that a whole number is at least a minimum.
     *
     * @param value the argument
     * @param min the smallest allowed value
     * @param name what the argument is, for the message, such as {@code parallelism}
     * @return {@code value}
     * @throws IllegalArgumentException when {@code value < min}
     */
    public static int atLeast(int value, int min, String name) {
        requireNonNull(name, "name");
        if (value < min) {
            throw new IllegalArgumentException(name + " must be ≥ " + min + " but was " + value);
        }
        return value;
    }

    /**
     * Checks that a whole number lies in a closed range.
     *
     * @param value the argument
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param name what the argument is, for the message
     * @return {@code value}
     * @throws IllegalArgumentException when {@code value} lies outside {@code min..max}
     */
    public static int within(int value, int min, int max, String name) {
        requireNonNull(name, "name");
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in " + min + ".." + max + " but was " + value);
        }
        return value;
    }

    /**
     * Checks that a number lies in a closed range (NaN never does).
     *
     * @param value the argument
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param name what the argument is, for the message
     * @return {@code value}
     * @throws IllegalArgumentException when {@code value} lies outside {@code min..max} or is NaN
     */
    public static double within(double value, double min, double max, String name) {
        requireNonNull(name, "name");
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in " + plain(min) + ".." + plain(max)
                    + " but was " + value);
        }
        return value;
    }

    private static String plain(double bound) {
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }

    /**
     * Checks that a distance, an area or a similar measure is finite and not negative.
     *
     * @param value the argument
     * @param name what the argument is, for the message, such as {@code toleranceMetres}
     * @return {@code value}
     * @throws IllegalArgumentException when {@code value} is negative, infinite or NaN
     */
    public static double finiteNonNegative(double value, String name) {
        requireNonNull(name, "name");
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and ≥ 0 but was " + value);
        }
        return value;
    }
}
