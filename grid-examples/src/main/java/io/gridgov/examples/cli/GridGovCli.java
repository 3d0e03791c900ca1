package io.gridgov.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gridgov} command line. Each subcommand is a class of its own in this package.
 *
 * <p>Exit codes, the same for every subcommand: 0 when the input was processed and holds no ERROR,
 * 1 when it holds an ERROR finding or violation, 2 when the input cannot be read (the message names
 * file, line and column, record and field).
 */
@Command(name = "gridgov", mixinStandardHelpOptions = true, version = "gridgov 0.1.0-SNAPSHOT",
        description = "GridGov: grid trees, boundary validation, duties and the 1,000-point assessment "
                + "(网格化治理工具).",
        subcommands = {
            CommandLine.HelpCommand.class,
            TreeCommand.class,
            DemoCommand.class,
            DutiesCommand.class,
            AssessCommand.class,
            ValidateCommand.class,
            LocateCommand.class,
        })
public final class GridGovCli implements Runnable {

    /** Exit code when the input was processed and holds no ERROR. */
    public static final int OK = 0;
    /** Exit code when the input holds at least one ERROR finding or violation. */
    public static final int FINDINGS = 1;
    /** Exit code when the input cannot be read. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@return a configured command line, for tests that run commands in-process} */
    public static CommandLine commandLine() {
        return new CommandLine(new GridGovCli());
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
