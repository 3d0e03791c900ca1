package io.gridgov.examples.cli;

import picocli.CommandLine.Command;

/**
 * {@code gridgov cases}: the closed loop of problems — the state of each case, the three lists of a node,
 * statistics and facts for scoring. Without a subcommand it prints its usage and exits 2.
 */
@Command(name = "cases", mixinStandardHelpOptions = true,
        subcommands = {CasesStatusCommand.class, CasesListsCommand.class, CasesStatsCommand.class})
public final class CasesCommand extends GroupCommand {
}
