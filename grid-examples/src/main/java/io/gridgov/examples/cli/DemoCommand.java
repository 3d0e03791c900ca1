package io.gridgov.examples.cli;

import io.gridgov.examples.demo.Demo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gridgov demo}: runs the main job on the bundled sample city and prints a short bilingual
 * summary; the reports go to {@code --out}. Exit 0 without ERROR findings, 1 with; an {@code --out}
 * that is a file, or bundled data that cannot be read, ends in {@link ExitHandler} (exit 2).
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/gridgov-demo")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE")
    LocalDate asOf;

    /** The summary is in both languages unless {@code --lang} chooses one; it also chooses the language of an error. */
    @Mixin
    LanguageOption language;

    @Override
    public Integer call() throws Exception {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");   // maps are drawn off-screen; no window, no dock icon
        }
        PrintWriter stdout = spec.commandLine().getOut();
        Demo.Result result = Demo.run(out, asOf == null ? Demo.AS_OF : asOf, Demo.steps(),
                language.chosen());
        stdout.print(result.summary());
        stdout.flush();
        return result.errors() > 0 ? GridGovCli.FINDINGS : GridGovCli.OK;
    }
}
