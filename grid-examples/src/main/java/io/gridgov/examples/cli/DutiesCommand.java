package io.gridgov.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code gridgov duties}: plan duties over a period and check compliance from activity records.
 * Without a subcommand it prints its usage and exits 2.
 */
@Command(name = "duties", mixinStandardHelpOptions = true,
        description = "Duty templates (职责模板): plan obligations over a period and check compliance from activity records.",
        subcommands = {DutiesPlanCommand.class, DutiesCheckCommand.class, DutiesDemoCommand.class})
public final class DutiesCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: the usage on standard error, exit code 2. */
    @Override
    public Integer call() {
        return GridGovCli.usage(spec);
    }
}
