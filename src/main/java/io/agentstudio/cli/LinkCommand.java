package io.agentstudio.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Make agent A delegate to agent B: add an item for B to A's delegation section in the style the",
                "section already uses, or a '## Delegates to' section at the end of A's body. Every other byte stays.",
                "A and B are agent names or file paths (relative to the workspace).",
                "Example: agent-studio link . backend-developer code-reviewer --note \"before every merge\""})
final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace folder.")
    Path workspace;

    @Parameters(index = "1", paramLabel = "A", description = "The agent that delegates.")
    String from;

    @Parameters(index = "2", paramLabel = "B", description = "The agent it delegates to.")
    String to;

    @Option(names = "--note", paramLabel = "TEXT", description = "What the delegation is for (one line).")
    String note;

    @Override
    public Integer call() {
        GraphWorkspace.edit(workspace, editor -> editor.link(from, to, note), spec.commandLine().getOut(), spec.commandLine().getErr());
        return Cli.OK;
    }
}
