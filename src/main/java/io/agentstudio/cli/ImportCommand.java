package io.agentstudio.cli;

import io.agentstudio.logic.importer.ImportReport;
import io.agentstudio.logic.importer.ImportReportText;
import io.agentstudio.logic.importer.ImportRequest;
import io.agentstudio.logic.importer.ImportService;
import io.agentstudio.logic.importer.ImportSource;
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
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import another tool's agents as Claude Code agent files: OpenCode (.opencode/agents), GitHub Copilot",
                "(.github/agents/*.agent.md), Gemini CLI (.gemini/agents), OpenAI Codex (.codex/agents/*.toml), Cursor",
                "(.cursor/agents) or a Claude Code plugin's agents/. SRC is a project holding that folder, or the folder itself.",
                "Prints a report: per agent the file it became, per field what was copied, translated, kept in prose only or",
                "dropped, and why. An agent that cannot become a file Claude Code loads is not imported (the report says why);",
                "the others are. Files already in --out are left as they are unless --overwrite is given; each file is written",
                "atomically.",
                "Exit 0 when every agent was imported, 1 when some could not be (or none was found), 2 for a bad argument,",
                "path or I/O error.",
                "Example: agent-studio import ../other-project --from opencode --out .claude/agents"})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SRC", description = "The folder of the other tool's agents (or a project holding it).")
    Path source;

    @Option(names = "--from", paramLabel = "TOOL",
            description = "opencode, copilot, gemini, codex, cursor or claude-plugin; guessed from SRC's folders when left out.")
    String from;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder the Claude Code agent files go into (created when missing), e.g. .claude/agents.")
    Path out;

    @Option(names = "--dry-run", description = "Only print what would be imported; write nothing.")
    boolean dryRun;

    @Option(names = "--overwrite", description = "Replace files of the same name in --out (without it they are left as they are).")
    boolean overwrite;

    @Override
    public Integer call() {
        AgentFiles.requireExists(source);
        if (!Files.isDirectory(source)) {
            throw new CliFailure(source + ": not a folder; import takes a folder of agents");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CliFailure(out + ": not a folder; --out takes a folder");
        }
        ImportSource tool = tool();
        ImportReport report;
        try {
            report = new ImportService().run(new ImportRequest(source, tool, out, dryRun, overwrite));
        } catch (NoSuchFileException e) {
            throw new CliFailure(e.getFile() + ": no such folder");
        } catch (IOException e) {
            throw new CliFailure("the import could not be completed: " + e.getMessage());
        }
        PrintWriter output = spec.commandLine().getOut();
        output.print(ImportReportText.render(report));
        output.flush();
        if (!report.complete()) {
            spec.commandLine().getErr().println("agent-studio: " + (report.agents().isEmpty()
                    ? "no " + tool.displayName() + " agents found in " + source
                    : report.refusedCount() + " of " + report.agents().size() + " agents not imported (see the report)"));
            return Cli.FINDINGS;
        }
        return Cli.OK;
    }

    private ImportSource tool() {
        if (from != null) {
            return ImportSource.fromId(from).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "Unknown --from '" + from + "'; use one of " + ImportSource.ids() + "."));
        }
        return ImportSource.guess(source).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Cannot tell which tool's agents " + source + " holds; give --from (" + ImportSource.ids() + ")."));
    }
}
