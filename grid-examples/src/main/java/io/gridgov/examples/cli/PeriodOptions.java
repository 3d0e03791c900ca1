package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The period of days {@code [--from, --to)} (期间) that the {@code duties} subcommands and
 * {@code cases stats} share (a picocli mixin). Picocli fills one instance per run; not thread-safe.
 */
final class PeriodOptions {

    @Option(names = "--from", required = true, paramLabel = "D")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "D")
    LocalDate to;

    /**
     * Checks that {@code --to} comes after {@code --from}.
     *
     * @param command the command, for the usage error
     * @param locale the language of the message
     * @throws ParameterException (exit 2) when it does not
     */
    void check(CommandSpec command, Locale locale) {
        if (!from.isBefore(to)) {
            throw new ParameterException(command.commandLine(),
                    MESSAGES.format(locale, "usage.dayAfter", "--to", "--from", from, to));
        }
    }
}
