package io.gridgov.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * A command that only groups subcommands ({@code gridgov cases}, {@code gridgov duties}): without a
 * subcommand it prints its usage on standard error and exits 2. Picocli fills one instance per run; not
 * thread-safe.
 */
abstract class GroupCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code gridgov cases --lang zh} prints the group's usage in Chinese, as every command takes {@code --lang}. */
    @CommandLine.Mixin
    LanguageOption language;

    /** Without a subcommand: the usage on standard error, exit code 2. */
    @Override
    public Integer call() {
        return GridGovCli.usage(spec);
    }
}
