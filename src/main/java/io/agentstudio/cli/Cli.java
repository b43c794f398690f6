package io.agentstudio.cli;

import io.agentstudio.logic.text.VisibleText;
import io.agentstudio.logic.validation.cache.ValidationCache;
import io.agentstudio.logic.workspace.WorkspaceScanner;
import picocli.CommandLine;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

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

    /**
     * The subcommands' names, as {@link AgentStudioCommand} lists them (a test keeps the two equal): deciding whether
     * the command line runs must not build picocli's model, which a run answered from the cache does without.
     */
    public static final Set<String> COMMANDS = Set.of("roundtrip", "set", "unset", "validate", "graph", "link", "unlink", "rename",
            "export", "new", "import", "disable", "enable");

    /** True when the first argument is a command or a help/version option: the command line runs, not the studio. */
    public static boolean handles(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return first.startsWith("-") || COMMANDS.contains(first);
    }

    /** Runs the command: from the cache when it can answer ({@link #fromCache}), else by picocli. */
    public static int run(String[] args) {
        OptionalInt answered = fromCache(args);
        return answered.isPresent() ? answered.getAsInt() : runCommand(args);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, null);
    }

    /**
     * Prints the report a {@code validate --cache} of an unchanged folder kept, and gives its exit code; empty when the
     * command must run ({@link #runCommand}). Loads neither picocli nor a rule.
     */
    public static OptionalInt fromCache(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        Optional<ValidateCacheHit.Answer> answer = ValidateCacheHit.of(args, err);
        if (answer.isEmpty()) {
            return OptionalInt.empty();
        }
        // The writer's own charset (the platform's, or on newer JDKs System.out's): a kept report, kept in UTF-8, goes
        // out as it is when the writer would write those very bytes, rather than decoded and encoded again.
        boolean utf8 = Charset.forName(new OutputStreamWriter(System.out).getEncoding()).equals(StandardCharsets.UTF_8);
        return OptionalInt.of(print(answer.get(), new PrintWriter(System.out, true), err, utf8 ? System.out : null));
    }

    /**
     * How many files a plain {@code validate} of one folder ({@code validate PATH [--format F] [--fail-on L] [--cache]})
     * would check, from a walk of the folder; empty for any other command line, or when the folder cannot be walked.
     */
    public static OptionalInt agentFilesToValidate(String[] args) {
        Optional<ValidateRequest> request = ValidateRequest.of(args);
        if (request.isEmpty() || !Files.isDirectory(request.get().path())) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(WorkspaceScanner.walk(request.get().path()).seen().size());
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // the command reports it
        }
    }

    /** Runs the command, without asking the cache first. */
    public static int runCommand(String[] args) {
        return command(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** @param utf8Out the stream {@code out} writes to, when {@code out} writes UTF-8; else null */
    private static int run(String[] args, PrintWriter out, PrintWriter err, PrintStream utf8Out) {
        Optional<ValidateCacheHit.Answer> answer = ValidateCacheHit.of(args, err);
        return answer.isEmpty() ? command(args, out, err) : print(answer.get(), out, err, utf8Out);
    }

    private static int print(ValidateCacheHit.Answer answer, PrintWriter out, PrintWriter err, PrintStream utf8Out) {
        try (ValidationCache.KeptReport report = answer.report()) {
            if (utf8Out != null) {
                report.copyTo(utf8Out);
                utf8Out.flush();
            } else {
                out.print(report.text());
                out.flush();
            }
            return answer.exitCode();
        } catch (IOException e) {
            // The open cache file's length was checked, so only a failing disk gets here.
            err.println("agent-studio: the cache could not be read (" + VisibleText.of(e.getMessage())
                    + "); run validate without --cache");
            err.flush();
            return USAGE_OR_IO;
        }
    }

    /** Runs the command by picocli alone (package-private for the test that holds the direct run to it). */
    static int picocli(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = AgentStudioCommand.commandLine(args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failing = e.getCommandLine();
            failing.getErr().println("agent-studio: " + VisibleText.of(e.getMessage()));
            failing.getErr().println("Try '" + failing.getCommandSpec().qualifiedName() + " --help'.");
            return USAGE_OR_IO;
        });
        commandLine.setExecutionExceptionHandler((e, failing, parseResult) -> failed(e, failing.getErr()));
        return commandLine.execute(args);
    }

    /** What a command's failure prints and exits with, whether picocli ran the command or not. */
    static int failed(Exception e, PrintWriter err) {
        if (e instanceof CliFailure failure) {
            err.println("agent-studio: " + VisibleText.of(failure.getMessage()));
            return failure.exitCode();
        }
        err.println("agent-studio: internal error: " + VisibleText.of(e.toString()));
        return USAGE_OR_IO;
    }

    /**
     * Runs the command: a plain {@code validate} without building picocli's model ({@link ValidateCommand#direct}),
     * anything else by picocli.
     */
    static int command(String[] args, PrintWriter out, PrintWriter err) {
        try {
            OptionalInt direct = ValidateCommand.direct(args, out, err);
            return direct.isPresent() ? direct.getAsInt() : picocli(args, out, err);
        } catch (OutOfMemoryError e) {
            // Expected on a huge folder with a small -Xmx: one line that says what to do, not a stack trace.
            err.println("agent-studio: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB of heap); give Java more, e.g. java -Xmx2g -jar agent-studio.jar ...");
            err.flush();
            return USAGE_OR_IO;
        }
    }
}
