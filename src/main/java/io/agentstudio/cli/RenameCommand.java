package io.agentstudio.cli;

import io.agentstudio.logic.graph.SkillRenamer;
import io.agentstudio.logic.text.VisibleText;
import io.agentstudio.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "rename", mixinStandardHelpOptions = true,
        description = {"Rename an agent: its name field, every reference to it across the workspace (backticks, bold and",
                "display names, links, Agent(...) in tools) in the way each is written, and its file when the file is",
                "named after it. Names in code blocks and descriptions are listed for a hand edit.",
                "A skill (OLD names a skill and no agent, or --skill): its folder, its name field and every agent's",
                "skills: entry.",
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

    @Option(names = "--skill", description = "Rename the skill OLD even where an agent has the same name.")
    boolean skill;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Workspace loaded = GraphWorkspace.load(workspace, spec.commandLine().getErr());
        boolean isSkill = loaded.skills().stream().anyMatch(s -> s.name().equals(oldName) || s.folderName().equals(oldName));
        boolean isAgent = loaded.agents().stream().anyMatch(a -> a.name().equals(oldName) || a.fileStem().equals(oldName));
        if (skill || isSkill && !isAgent) {
            renameSkill(loaded, out);
            return Cli.OK;
        }
        GraphWorkspace.edit(workspace, editor -> editor.rename(oldName, newName), spec.commandLine().getOut(), spec.commandLine().getErr());
        return Cli.OK;
    }

    private void renameSkill(Workspace loaded, PrintWriter out) {
        SkillRenamer.Plan plan;
        try {
            plan = SkillRenamer.plan(loaded, oldName, newName);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(VisibleText.of(e.getMessage()), Cli.FINDINGS);
        }
        try {
            for (Path written : SkillRenamer.apply(loaded, plan)) {
                out.println("written: " + VisibleText.of(GraphWorkspace.slashes(written)));
            }
        } catch (IOException e) {
            throw new CliFailure(VisibleText.of(e.getMessage()));
        }
        out.println(VisibleText.of(plan.edit().summary()));
    }
}
