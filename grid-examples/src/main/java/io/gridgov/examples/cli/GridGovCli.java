package io.gridgov.examples.cli;

import io.gridgov.examples.i18n.ExamplesMessages;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gridgov} command line. Each subcommand is a class of its own in this package.
 *
 * <p>Exit codes, the same for every subcommand: 0 when the input was processed and holds no ERROR,
 * 1 when it holds an ERROR finding or violation, 2 when an input is unusable or the command line is
 * wrong (one line on standard error, in the {@code --lang} language, names the file and what was
 * expected), 3 for a bug. Commands return 0 or 1 and throw the rest; {@link ExitHandler} maps what
 * they throw in one place. {@code gridgov} without a command prints the usage and exits 2.
 *
 * <p>Descriptions of commands and options come from the help bundle {@link ExamplesMessages#HELP_BUNDLE}
 * (en and zh_CN); {@link HelpTexts} picks the {@code --lang} language before the help is printed.
 */
@Command(name = "gridgov", mixinStandardHelpOptions = true, version = "gridgov 0.1.0-SNAPSHOT",
        resourceBundle = ExamplesMessages.HELP_BUNDLE,
        subcommands = {
            HelpCommand.class,
            TreeCommand.class,
            DemoCommand.class,
            DutiesCommand.class,
            AssessCommand.class,
            ValidateCommand.class,
            CleanCommand.class,
            LocateCommand.class,
            CasesCommand.class,
            RenderCommand.class,
        })
public final class GridGovCli implements Callable<Integer> {

    /** Exit code when the input was processed and holds no ERROR. */
    public static final int OK = 0;
    /** Exit code when the input holds at least one ERROR finding or violation. */
    public static final int FINDINGS = 1;
    /** Exit code when an input cannot be used or the command line is wrong. */
    public static final int BAD_INPUT = 2;
    /** Exit code for a bug in gridgov: an exception that no input explains. */
    public static final int INTERNAL_ERROR = ExitHandler.INTERNAL_ERROR;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code gridgov --lang zh} prints the usage in Chinese, as every command takes {@code --lang}. */
    @CommandLine.Mixin
    LanguageOption language;

    /** Without a command: the usage on standard error, exit code 2. */
    @Override
    public Integer call() {
        return usage(spec);
    }

    /** {@return exit code 2 after printing a command's usage on standard error} */
    static int usage(CommandLine.Model.CommandSpec command) {
        command.commandLine().usage(command.commandLine().getErr());
        command.commandLine().getErr().flush();
        return BAD_INPUT;
    }

    /**
     * {@return a configured command line, for tests that run commands in-process} Exceptions and usage
     * errors end as described in the class comment; {@code GRIDGOV_DEBUG=1} adds the stack trace.
     */
    public static CommandLine commandLine() {
        return ExitHandler.fromEnvironment().install(new CommandLine(new GridGovCli()));
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
