package io.gridgov.examples.cli;

import picocli.CommandLine.Command;

/**
 * {@code gridgov duties}: plan duties over a period and check compliance from activity records.
 * Without a subcommand it prints its usage and exits 2.
 */
@Command(name = "duties", mixinStandardHelpOptions = true,
        subcommands = {DutiesPlanCommand.class, DutiesCheckCommand.class, DutiesDemoCommand.class})
public final class DutiesCommand extends GroupCommand {
}
