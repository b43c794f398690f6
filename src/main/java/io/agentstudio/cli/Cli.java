package io.agentstudio.cli;

import io.agentstudio.logic.text.VisibleText;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * The command line on the same jar as the studio. Expected errors (a missing file, a bad value, YAML that does
 * not parse) print one line and exit 2; nothing here starts JavaFX.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE_OR_IO = 2;

    private Cli() {
    }

    /** The command line alone, without the studio: {@code java -cp target/agent-studio.jar io.agentstudio.cli.Cli ...}. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** True when the first argument is a command or a help/version option: the command line runs, not the studio. */
    public static boolean handles(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return first.startsWith("-") || new CommandLine(new AgentStudioCommand()).getSubcommands().containsKey(first);
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new AgentStudioCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failing = e.getCommandLine();
            failing.getErr().println("agent-studio: " + VisibleText.of(e.getMessage()));
            failing.getErr().println("Try '" + failing.getCommandSpec().qualifiedName() + " --help'.");
            return USAGE_OR_IO;
        });
        commandLine.setExecutionExceptionHandler((e, failing, parseResult) -> {
            if (e instanceof CliFailure failure) {
                failing.getErr().println("agent-studio: " + VisibleText.of(failure.getMessage()));
                return failure.exitCode();
            }
            failing.getErr().println("agent-studio: internal error: " + VisibleText.of(e.toString()));
            return USAGE_OR_IO;
        });
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // Expected on a huge folder with a small -Xmx: one line that says what to do, not a stack trace.
            err.println("agent-studio: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB of heap); give Java more, e.g. java -Xmx2g -jar agent-studio.jar ...");
            err.flush();
            return USAGE_OR_IO;
        }
    }
}
