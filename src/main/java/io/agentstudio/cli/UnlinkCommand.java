package io.agentstudio.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "unlink", mixinStandardHelpOptions = true,
        description = {"Remove the delegation from agent A to agent B: the list items and table rows that name only B,",
                "and Agent(B) in A's tools. A sentence that names B is not rewritten: it is listed with its place.",
                "Exit 0 when something was removed, 1 when only hand edits are left, 2 for a bad name or path.",
                "Example: agent-studio unlink . backend-developer code-reviewer"})
final class UnlinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace folder.")
    Path workspace;

    @Parameters(index = "1", paramLabel = "A", description = "The agent that delegates.")
    String from;

    @Parameters(index = "2", paramLabel = "B", description = "The agent it should no longer delegate to.")
    String to;

    @Override
    public Integer call() {
        boolean removed = GraphWorkspace.edit(workspace, editor -> editor.unlink(from, to), spec.commandLine().getOut(), spec.commandLine().getErr());
        return removed ? Cli.OK : Cli.FINDINGS;
    }
}
