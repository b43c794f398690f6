package io.agentstudio.cli;

import io.agentstudio.logic.validation.ReportedFinding;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.model.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check agent files for every reason a tool would skip them or run them wrongly.",
                "A folder is checked as a workspace (its .agent-studio/rules.yaml applies); a file on its own.",
                "Exit 0 when nothing reaches --fail-on, 1 when something does, 2 for a bad argument or path.",
                "Example: agent-studio validate . --format sarif > agents.sarif"})
final class ValidateCommand implements Callable<Integer> {
    enum Format { TEXT, JSON, SARIF, MARKDOWN }

    enum FailOn {
        ERROR, WARNING, INFO, NEVER;

        /** The exit code when {@code found} are the severities found: {@link Cli#FINDINGS} once one reaches this level. */
        int exitCode(Set<Severity> found) {
            // A loop, not a stream: a cache hit runs this in a JVM that has loaded next to nothing.
            if (this != NEVER) {
                for (Severity severity : found) {
                    if (severity.atLeast(Severity.valueOf(name()))) {
                        return Cli.FINDINGS;
                    }
                }
            }
            return Cli.OK;
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Agent files or folders.")
    List<Path> paths = List.of();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default), json or sarif; with --list-rules: text, json or markdown.")
    Format format = Format.TEXT;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a problem of this severity or worse is found: error (default), warning, info or never.")
    FailOn failOn = FailOn.ERROR;

    @Option(names = "--cache", description = {"Keep each folder's results in its .agent-studio/cache/ and print them again"
            + " while no agent file, rules.yaml or studio build has changed (as a linter's --cache).",
            "The key is every file's content, so an edit anywhere in the folder checks the folder again."})
    boolean cache;

    @Option(names = "--user-home", paramLabel = "DIR",
            description = {"Check the user agents of DIR (its .claude/agents, .gemini/agents, .copilot/agents, .cursor/agents,"
                    + " .config/opencode/agents) beside each folder's own: a name both define is then reported as shadowed"
                    + " (agent-shadowed), not as a duplicate.",
                    "Default: user agents are not read, so the result is the same on every machine (CI). Not with --cache."})
    Path userHome;

    @Option(names = "--list-rules", description = "Print the rule catalog (id, severity, what it checks, why) instead of validating.")
    boolean listRules;

    /**
     * Runs a plain {@code validate} ({@link ValidateRequest}) without picocli, with the output, failures and exit code
     * picocli's run of this command gives (ValidateDirectTest holds the two alike); empty for any other arguments.
     */
    static OptionalInt direct(String[] args, PrintWriter out, PrintWriter err) {
        Optional<ValidateRequest> request = ValidateRequest.of(args);
        if (request.isEmpty()) {
            return OptionalInt.empty();
        }
        ValidateCommand command = new ValidateCommand();
        command.paths = List.of(request.get().path());
        command.format = request.get().format();
        command.failOn = request.get().failOn();
        command.cache = request.get().cache();
        try {
            return OptionalInt.of(command.validate(out, err));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.of(Cli.failed(e, err));
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (listRules) {
            return list(RuleCatalog.standard(), out);
        }
        if (paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Give at least one PATH to validate (or --list-rules).");
        }
        if (format == Format.MARKDOWN) {
            throw new ParameterException(spec.commandLine(), "--format markdown goes with --list-rules; results are text, json or sarif.");
        }
        if (userHome != null && cache) {
            throw new ParameterException(spec.commandLine(), "--cache does not cover user agents; use --user-home without --cache.");
        }
        if (userHome != null && !Files.isDirectory(userHome)) {
            throw new ParameterException(spec.commandLine(), "--user-home " + userHome + ": no such folder.");
        }
        return validate(out, spec.commandLine().getErr());
    }

    /** The validation, once the arguments are known to stand. */
    private int validate(PrintWriter out, PrintWriter err) throws IOException {
        // Made only when a folder is validated or SARIF lists the rules: a run answered from the cache loads no rule.
        Supplier<RuleCatalog> rules = new Supplier<>() {
            private RuleCatalog made;

            @Override
            public RuleCatalog get() {
                if (made == null) {
                    made = RuleCatalog.standard();
                }
                return made;
            }
        };
        paths.forEach(path -> InterruptedEdits.settle(path, err));
        // The report's text depends on the format and on the paths as typed (it shows them so).
        String command = format + " " + paths;
        List<Path> folders = paths.stream().filter(path -> cache && Files.isDirectory(path)).toList();
        Map<Path, CachedFolder> cached = new HashMap<>();
        for (Path folder : folders) {
            cached.put(folder, readable(folder, () -> CachedFolder.open(folder, folder.toAbsolutePath().normalize())));
        }
        if (paths.size() == 1 && cached.containsKey(paths.get(0))) {
            Optional<Map.Entry<String, Set<Severity>>> printed = cached.get(paths.get(0)).printed(command);
            if (printed.isPresent()) {
                out.print(printed.get().getKey());
                out.flush();
                cached.get(paths.get(0)).refresh(err::println);
                return failOn.exitCode(printed.get().getValue());
            }
        }
        List<ValidatedRoot> roots = new ArrayList<>();
        for (Path path : paths) {
            CachedFolder folder = cached.get(path);
            roots.add(folder != null ? readable(path, () -> folder.validated(rules))
                    : ValidatedRoot.of(path, rules, Optional.ofNullable(userHome)));
        }
        if (cached.isEmpty()) {
            // Nothing to keep: the report goes out as it is made, never held whole.
            report(roots, rules, out);
            out.flush();
            return exitCode(roots);
        }
        StringWriter kept = new StringWriter();
        report(roots, rules, new PrintWriter(kept));
        String report = kept.toString();
        out.print(report);
        out.flush();
        for (int i = 0; i < paths.size(); i++) {
            CachedFolder folder = cached.get(paths.get(i));
            if (folder != null) {
                // A run of one folder keeps its report too; of several, each folder's result alone.
                folder.keep(roots.get(i), paths.size() == 1 ? command : null, report, err::println);
            }
        }
        return exitCode(roots);
    }

    private int exitCode(List<ValidatedRoot> roots) {
        return failOn.exitCode(roots.stream().flatMap(root -> root.findings().stream()).map(ReportedFinding::severity)
                .collect(Collectors.toSet()));
    }

    /** Work on a folder; its failure to be read is a message for the user, not a stack trace. */
    private interface FolderWork<T> {
        T run() throws IOException;
    }

    private static <T> T readable(Path folder, FolderWork<T> work) {
        try {
            return work.run();
        } catch (IOException e) {
            throw new CliFailure(folder + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private void report(List<ValidatedRoot> roots, Supplier<RuleCatalog> rules, PrintWriter out) throws IOException {
        switch (format) {
            case JSON -> JsonReport.print(roots, out);
            case SARIF -> SarifReport.print(roots, rules.get(), VersionProvider.version(), out);
            default -> TextReport.print(roots, out);
        }
        out.flush();
    }

    private int list(RuleCatalog rules, PrintWriter out) throws IOException {
        if (!paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--list-rules takes no PATH.");
        }
        switch (format) {
            case JSON -> out.print(RuleListing.json(rules));
            case MARKDOWN -> out.print(RuleListing.markdown(rules));
            case SARIF -> throw new ParameterException(spec.commandLine(), "--list-rules prints text, json or markdown.");
            default -> out.print(RuleListing.text(rules));
        }
        out.flush();
        return Cli.OK;
    }
}
