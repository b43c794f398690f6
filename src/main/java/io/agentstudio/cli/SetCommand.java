package io.agentstudio.cli;

import io.agentstudio.logic.agentfile.FieldInput;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.workspace.DialectLocator;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.DialectCatalog;
import io.agentstudio.model.FieldValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Set frontmatter fields of one agent file; every other byte of the file stays as it was.",
                "VALUE is read as the field's type: tools as a comma-separated list, maxTurns as a whole number,",
                "background as true/false; a key the catalog does not know takes a YAML scalar.",
                "Example: agent-studio set .claude/agents/reviewer.md model=opus \"tools=Read, Grep\""})
final class SetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The agent file to edit.")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "KEY=VALUE", description = "Fields to set.")
    List<String> assignments;

    @Override
    public Integer call() {
        DialectCatalog catalog = Catalogs.load().of(dialectOf(file));
        List<String[]> pairs = assignments.stream().map(this::split).toList();
        boolean changed = FieldEditCommand.edit(file, document -> {
            AgentDocument result = document;
            for (String[] pair : pairs) {
                FieldValue value = FieldInput.read(pair[0], catalog.field(pair[0]).orElse(null), pair[1]);
                result = FrontmatterEditor.set(result, pair[0], value);
            }
            return result;
        });
        spec.commandLine().getOut().println(file + (changed ? ": updated" : ": already so, not written"));
        return Cli.OK;
    }

    private String[] split(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new ParameterException(spec.commandLine(), "'" + assignment + "' is not KEY=VALUE");
        }
        return new String[] {assignment.substring(0, eq), assignment.substring(eq + 1)};
    }

    static Dialect dialectOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.getRoot() == null ? absolute : absolute.getRoot().relativize(absolute);
        return DialectLocator.dialectOf(relative).orElse(Dialect.CLAUDE_CODE);
    }
}
