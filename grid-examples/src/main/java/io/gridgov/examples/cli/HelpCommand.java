package io.gridgov.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code gridgov help [COMMAND] [--lang en|zh]}: the help of the main command or of {@code COMMAND}, like
 * picocli's own help command but taking {@code --lang} as every command does ({@link HelpTexts} sets the
 * language before it runs). Descriptions come from the help bundle. Picocli fills one instance per run; not
 * thread-safe.
 */
@Command(name = "help", helpCommand = true)
final class HelpCommand implements IHelpCommandInitializable2, Runnable {

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "helpCommand.help")
    boolean helpRequested;

    @Parameters(paramLabel = "COMMAND", arity = "0..1", descriptionKey = "helpCommand.command")
    String command;

    @Mixin
    LanguageOption language;

    private CommandLine self;
    private Help.ColorScheme colours;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter outWriter,
            PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colours = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine parent = self.getParent();
        if (command == null) {
            parent.usage(out, colours);
            return;
        }
        CommandLine sub = parent.getSubcommands().get(command);
        if (sub == null) {
            throw new UnmatchedArgumentException(parent, java.util.List.of(command));
        }
        sub.usage(out, colours);
    }
}
