package io.gridgov.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gridgov duties}: plan duties over a period and check compliance from activity records. */
@Command(name = "duties", mixinStandardHelpOptions = true,
        description = "Duty templates (职责模板): plan obligations over a period and check compliance from activity records.",
        subcommands = {DutiesPlanCommand.class, DutiesCheckCommand.class, DutiesDemoCommand.class})
public final class DutiesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
