package io.agentstudio.cli;

import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.model.AgentDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "unset", mixinStandardHelpOptions = true,
        description = "Remove frontmatter fields from one agent file; exactly their lines go, every other byte stays.")
final class UnsetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The agent file to edit.")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "KEY", description = "Fields to remove.")
    List<String> keys;

    @Override
    public Integer call() {
        boolean changed = FieldEditCommand.edit(file, document -> {
            AgentDocument result = document;
            for (String key : keys) {
                result = FrontmatterEditor.remove(result, key);
            }
            return result;
        });
        spec.commandLine().getOut().println(file + (changed ? ": updated" : ": no such field, not written"));
        return Cli.OK;
    }
}
