package io.agentstudio.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "rename", mixinStandardHelpOptions = true,
        description = {"Rename an agent: its name field, every reference to it across the workspace (backticks, bold and",
                "display names, links, Agent(...) in tools) in the way each is written, and its file when the file is",
                "named after it. Names in code blocks and descriptions are listed for a hand edit.",
                "Example: agent-studio rename . code-reviewer senior-reviewer"})
final class RenameCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace folder.")
    Path workspace;

    @Parameters(index = "1", paramLabel = "OLD", description = "The agent's name, or its file path.")
    String oldName;

    @Parameters(index = "2", paramLabel = "NEW", description = "The new name.")
    String newName;

    @Override
    public Integer call() {
        GraphWorkspace.edit(workspace, editor -> editor.rename(oldName, newName), spec.commandLine().getOut(), spec.commandLine().getErr());
        return Cli.OK;
    }
}
