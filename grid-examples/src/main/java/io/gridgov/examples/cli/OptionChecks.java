package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Bounds of option values, checked before a library sees them, so that a bad value is reported with the
 * option's name as the user typed it ({@code --tolerance-m}), never with the library's parameter name
 * ({@code toleranceMetres}). Each failure is a usage error: exit 2, one line, the hint to see the
 * command's help. Stateless and thread-safe.
 */
final class OptionChecks {

    private OptionChecks() {
    }

    /**
     * Checks that a number is finite and at least a bound.
     *
     * @param command the command, for the usage error
     * @param locale the language of the message
     * @param option the option's name, such as {@code --tolerance-m}
     * @param value the value given
     * @param min the smallest value allowed
     * @throws ParameterException when the value is below the bound or not finite
     */
    static void atLeast(CommandSpec command, Locale locale, String option, double value, double min) {
        if (!(Double.isFinite(value) && value >= min)) {
            throw new ParameterException(command.commandLine(),
                    MESSAGES.format(locale, "usage.atLeast", option, plain(min), plain(value)));
        }
    }

    /**
     * Checks that a whole number lies within bounds.
     *
     * @param command the command, for the usage error
     * @param locale the language of the message
     * @param option the option's name
     * @param value the value given
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @throws ParameterException when the value is outside the bounds
     */
    static void within(CommandSpec command, Locale locale, String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new ParameterException(command.commandLine(),
                    MESSAGES.format(locale, "usage.range", option, min, max, value));
        }
    }

    private static String plain(double v) {
        return Double.isFinite(v) ? java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString()
                : String.valueOf(v);
    }
}
