package io.agentstudio.cli;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.templates.AgentTemplate;
import io.agentstudio.logic.templates.SkillTemplates;
import io.agentstudio.logic.text.VisibleText;
import io.agentstudio.logic.workspace.AtomicFileWriter;
import io.agentstudio.logic.workspace.SkillNames;
import io.agentstudio.logic.workspace.WorkspaceBounds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a file from a template.",
        subcommands = NewCommand.Skill.class)
final class NewCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to create: agent-studio new skill NAME");
    }

    @Command(name = "skill", mixinStandardHelpOptions = true,
            description = {"Create .claude/skills/NAME/SKILL.md from a template (basic, forked or reference).",
                    "Exit 0 when created, 1 when NAME is no skill name or the skill exists, 2 for a bad argument.",
                    "Example: agent-studio new skill release-notes --template forked --workspace ."})
    static final class Skill implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The skill's name: lowercase letters, digits and hyphens.")
        String name;

        @Option(names = "--template", paramLabel = "T", description = "basic (default), forked or reference.")
        String template = "basic";

        @Option(names = "--workspace", paramLabel = "DIR", description = "The workspace folder (default: the current folder).")
        Path workspace = Path.of(".");

        @Override
        public Integer call() throws IOException {
            AgentTemplate chosen = SkillTemplates.find(template).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "No skill template `" + VisibleText.of(template) + "`; there are " + SkillTemplates.all().stream()
                            .map(AgentTemplate::id).collect(Collectors.joining(", ")) + "."));
            if (!SkillNames.valid(name)) {
                throw new CliFailure("`" + VisibleText.of(name) + "` cannot be a skill name: use 1-" + SkillNames.LONGEST
                        + " lowercase letters, digits and single hyphens.", Cli.FINDINGS);
            }
            AgentFiles.requireExists(workspace);
            if (!Files.isDirectory(workspace)) {
                throw new CliFailure(workspace + ": not a folder (give the workspace folder)");
            }
            Path root = workspace.toAbsolutePath().normalize();
            Path relative = SkillTemplates.relativePath(name);
            Path file = root.resolve(relative);
            if (Files.exists(file.getParent(), LinkOption.NOFOLLOW_LINKS)) {
                throw new CliFailure(GraphWorkspace.slashes(relative.getParent()) + " exists already; nothing was written.", Cli.FINDINGS);
            }
            if (WorkspaceBounds.outside(root, file).isPresent()) {
                throw new CliFailure("Nothing was written: " + GraphWorkspace.slashes(relative.getParent().getParent())
                        + " leads out of the workspace through a symbolic link.");
            }
            Files.createDirectories(file.getParent());
            try (AtomicFileWriter.PendingWrite pending = AtomicFileWriter.prepare(file,
                    AgentFileParser.toBytes(SkillTemplates.instantiate(chosen, name)))) {
                if (!pending.commitNew()) {
                    throw new CliFailure(GraphWorkspace.slashes(relative) + " exists already; nothing was written.", Cli.FINDINGS);
                }
            }
            spec.commandLine().getOut().println("written: " + GraphWorkspace.slashes(relative));
            return Cli.OK;
        }
    }
}
