package io.agentstudio.cli;

import io.agentstudio.logic.export.ExportReport;
import io.agentstudio.logic.export.ExportReportText;
import io.agentstudio.logic.export.ExportRequest;
import io.agentstudio.logic.export.ExportService;
import io.agentstudio.logic.export.ExportTarget;
import io.agentstudio.logic.export.ExportWriteException;
import io.agentstudio.logic.export.PluginInfo;
import io.agentstudio.logic.export.PluginInfoStore;
import io.agentstudio.logic.workspace.StudioStateDirectory;
import io.agentstudio.model.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the workspace's agents as the files one tool reads, checked against that tool's rules.",
                "Prints a report: per agent and field what was copied, translated, kept in prose only or dropped.",
                "Errors found by validate block the export unless --force is given (the report records it).",
                "Never writes outside --out, never overwrites a file an earlier export did not write, and a failure",
                "halfway leaves --out as it was (an export killed halfway is completed by the next one).",
                "agent-studio-export.json in --out lists what was written; --clean removes only files the workspace's",
                ".agent-studio/exports record proves an export of it wrote.",
                "Exit 0 when exported (or a dry run would export), 1 when blocked, 2 for a bad argument, path or I/O error.",
                "Example: agent-studio export . --target opencode --out ../deploy --dry-run"})
final class ExportCommand implements Callable<Integer> {
    enum FailOn { ERROR, WARNING, INFO }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "The workspace folder.")
    Path workspace;

    @Option(names = "--target", required = true, paramLabel = "TARGET",
            description = "claude, claude-plugin, opencode, copilot, gemini, codex or cursor.")
    String target;

    @Option(names = "--out", paramLabel = "DIR", description = "The folder to export into (created when missing).")
    Path out;

    @Option(names = "--zip", paramLabel = "FILE", description = "Also (or, without --out, only) write the export as a zip.")
    Path zip;

    @Option(names = "--dry-run", description = "Only print what would be created, changed or removed, with diffs.")
    boolean dryRun;

    @Option(names = "--force", description = "Export even when errors were found; the report records it.")
    boolean force;

    @Option(names = "--clean", description = "Remove files the previous export wrote (per its manifest) that this one no longer writes.")
    boolean clean;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "The least severe finding that blocks the export: error (default), warning or info.")
    FailOn failOn = FailOn.ERROR;

    @Option(names = "--plugin-name", paramLabel = "NAME", description = "claude-plugin: the plugin's kebab-case name.")
    String pluginName;

    @Option(names = "--plugin-version", paramLabel = "VERSION", description = "claude-plugin: its version.")
    String pluginVersion;

    @Option(names = "--plugin-description", paramLabel = "TEXT", description = "claude-plugin: its description.")
    String pluginDescription;

    @Option(names = "--plugin-author", paramLabel = "NAME", description = "claude-plugin: the author's name.")
    String pluginAuthor;

    @Option(names = "--plugin-email", paramLabel = "EMAIL", description = "claude-plugin: the author's e-mail.")
    String pluginEmail;

    @Option(names = "--plugin-homepage", paramLabel = "URL", description = "claude-plugin: its homepage.")
    String pluginHomepage;

    @Option(names = "--plugin-repository", paramLabel = "URL", description = "claude-plugin: its repository.")
    String pluginRepository;

    @Option(names = "--plugin-license", paramLabel = "ID", description = "claude-plugin: its license, e.g. MIT.")
    String pluginLicense;

    @Option(names = "--plugin-keywords", paramLabel = "WORDS", description = "claude-plugin: comma-separated keywords.")
    String pluginKeywords;

    @Option(names = "--marketplace", description = "claude-plugin: also write .claude-plugin/marketplace.json listing the plugin.")
    boolean marketplace;

    @Override
    public Integer call() {
        PrintWriter output = spec.commandLine().getOut();
        ExportTarget chosen = ExportTarget.fromId(target).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown --target '" + target + "'; use one of " + String.join(", ", Arrays.stream(ExportTarget.values()).map(ExportTarget::id).toList()) + "."));
        if (out == null && zip == null) {
            throw new ParameterException(spec.commandLine(), "Give --out DIR (or --zip FILE) to export into.");
        }
        AgentFiles.requireExists(workspace);
        if (!Files.isDirectory(workspace)) {
            throw new CliFailure(workspace + ": not a folder; export takes a workspace folder");
        }
        InterruptedEdits.settle(workspace, spec.commandLine().getErr());
        ExportRequest request = new ExportRequest(workspace, chosen, out, zip, dryRun, force, clean,
                Severity.valueOf(failOn.name()), plugin(chosen));
        ExportReport report;
        try {
            report = ExportService.standard().run(request, (step, fraction) -> { });
        } catch (ExportWriteException e) {
            throw new CliFailure(e.getMessage());
        } catch (NotDirectoryException e) {
            throw new CliFailure(e.getFile() + ": not a folder; --out takes a folder");
        } catch (NoSuchFileException e) {
            throw new CliFailure(e.getFile() + ": no such file or folder");
        } catch (IOException e) {
            throw new CliFailure("the export could not be written: " + e.getMessage());
        }
        output.print(ExportReportText.render(report));
        output.flush();
        if (report.blocked()) {
            spec.commandLine().getErr().println("agent-studio: export blocked: " + ExportReportText.blockedLine(report));
            return Cli.FINDINGS;
        }
        return report.outcome() == ExportReport.Outcome.DRY_RUN && !report.wouldExport() ? Cli.FINDINGS : Cli.OK;
    }

    /** The plugin's metadata: what the workspace keeps, with the options given here on top; null when nothing was given. */
    private PluginInfo plugin(ExportTarget chosen) {
        boolean given = pluginName != null || pluginVersion != null || pluginDescription != null || pluginAuthor != null
                || pluginEmail != null || pluginHomepage != null || pluginRepository != null || pluginLicense != null
                || pluginKeywords != null || marketplace;
        if (chosen != ExportTarget.CLAUDE_PLUGIN) {
            if (given) {
                throw new ParameterException(spec.commandLine(), "The --plugin-* options and --marketplace go with --target claude-plugin.");
            }
            return null;
        }
        if (!given) {
            return null;
        }
        PluginInfo kept;
        try {
            String folder = workspace.toAbsolutePath().normalize().getFileName() == null ? "agents"
                    : workspace.toAbsolutePath().normalize().getFileName().toString();
            kept = new PluginInfoStore(new StudioStateDirectory(workspace)).read().orElse(PluginInfo.defaultsFor(folder));
        } catch (IOException e) {
            throw new CliFailure("the plugin settings in .agent-studio cannot be read: " + e.getMessage());
        }
        return new PluginInfo(or(pluginName, kept.name()), or(pluginVersion, kept.version()), or(pluginDescription, kept.description()),
                or(pluginAuthor, kept.authorName()), or(pluginEmail, kept.authorEmail()), kept.authorUrl(),
                or(pluginHomepage, kept.homepage()), or(pluginRepository, kept.repository()), or(pluginLicense, kept.license()),
                pluginKeywords == null ? kept.keywords() : List.of(pluginKeywords.split(",")), marketplace || kept.marketplace());
    }

    private static String or(String given, String kept) {
        return given == null ? kept : given;
    }
}
