package io.agentstudio.cli;

import io.agentstudio.logic.enablement.AgentSwitch;
import io.agentstudio.logic.enablement.SwitchRefusedException;
import io.agentstudio.logic.text.VisibleText;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Shared by {@code disable} and {@code enable}: find one agent of a workspace by name (or file), then turn it off or on
 * the way its tool reads it ({@link AgentSwitch}). An agent whose tool has no switch, or a settings file that is not
 * valid JSON, is refused with a sentence and exit code 1; nothing is written then.
 */
abstract class SwitchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The agent's name, or its file's path.")
    String name;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".", description = "The workspace folder (default: the current one).")
    Path root;

    abstract AgentSwitch.Switched apply(AgentSwitch agentSwitch, WorkspaceAgent agent) throws IOException, SwitchRefusedException;

    @Override
    public Integer call() {
        Workspace workspace = GraphWorkspace.load(root, spec.commandLine().getErr());
        WorkspaceAgent agent = find(workspace);
        AgentSwitch.Switched switched;
        try {
            switched = apply(new AgentSwitch(), agent);
        } catch (SwitchRefusedException e) {
            throw new CliFailure(VisibleText.of(e.getMessage()), Cli.FINDINGS);
        } catch (IOException e) {
            throw new CliFailure(VisibleText.of("Cannot write (" + e.getMessage() + "); nothing was changed."));
        }
        if (switched.written()) {
            // Turning on again removes a settings file that turning off had to make.
            String change = Files.exists(switched.file()) ? "written: " : "removed: ";
            spec.commandLine().getOut().println(change + VisibleText.of(GraphWorkspace.slashes(
                    workspace.root().relativize(switched.file().toAbsolutePath().normalize()))));
        }
        spec.commandLine().getOut().println(VisibleText.of(switched.summary()));
        return Cli.OK;
    }

    /** The agent called {@code name} (its name field or file name), or at the path {@code name}; exactly one. */
    private WorkspaceAgent find(Workspace workspace) {
        Path asPath = workspace.root().resolve(name).toAbsolutePath().normalize();
        List<WorkspaceAgent> found = workspace.agents().stream()
                .filter(a -> a.path().equals(asPath) || a.name().equals(name) || a.fileId().equals(name)).toList();
        if (found.isEmpty()) {
            throw new CliFailure("No agent named " + VisibleText.of(name) + " in " + GraphWorkspace.slashes(workspace.root())
                    + "; nothing was written.", Cli.FINDINGS);
        }
        if (found.size() > 1) {
            throw new CliFailure(VisibleText.of(name) + " names " + found.size() + " agents ("
                    + String.join(", ", found.stream().map(a -> GraphWorkspace.slashes(a.relativePath())).toList())
                    + "); give the file's path instead. Nothing was written.", Cli.FINDINGS);
        }
        return found.get(0);
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = {"Turn an agent off without deleting it, the way its tool reads it: Claude Code gets",
                    "\"Agent(NAME)\" in permissions.deny of the project's .claude/settings.json (every other byte of the",
                    "file stays), OpenCode \"disable: true\" in the agent's frontmatter. Copilot, Gemini CLI and Cursor have",
                    "no such switch; the command says so and writes nothing.",
                    "Example: agent-studio disable code-reviewer --root ."})
    static final class Disable extends SwitchCommand {
        @Override
        AgentSwitch.Switched apply(AgentSwitch agentSwitch, WorkspaceAgent agent) throws IOException, SwitchRefusedException {
            return agentSwitch.disable(agent);
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true,
            description = {"Turn an agent that disable turned off on again: its entry leaves .claude/settings.json (the",
                    "file is as it was before, byte for byte), or its disable line leaves its frontmatter.",
                    "Example: agent-studio enable code-reviewer --root ."})
    static final class Enable extends SwitchCommand {
        @Override
        AgentSwitch.Switched apply(AgentSwitch agentSwitch, WorkspaceAgent agent) throws IOException, SwitchRefusedException {
            return agentSwitch.enable(agent);
        }
    }
}
