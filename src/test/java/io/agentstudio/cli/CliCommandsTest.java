package io.agentstudio.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class CliCommandsTest {

    @Test
    void theLauncherKnowsEveryCommandPicocliRuns() {
        assertThat(Cli.COMMANDS).containsExactlyInAnyOrderElementsOf(
                AgentStudioCommand.commandLine(new String[0]).getSubcommands().keySet());
    }

    @Test
    void eachSubcommandRunsUnderTheNameItIsAddedBy() {
        AgentStudioCommand.SUBCOMMANDS.forEach((name, command) ->
                assertThat(command.getAnnotation(Command.class).name()).isEqualTo(name));
    }

    @Test
    void aRunOfOneCommandBuildsThatCommandAlone() {
        assertThat(AgentStudioCommand.commandLine(new String[] {"validate", "."}).getSubcommands().keySet())
                .containsExactly("validate");
    }

    @Test
    void theHelpListsEveryCommandAndAMistypedOneIsAnUnmatchedArgument() {
        StringWriter help = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Cli.run(new String[] {"--help"}, new PrintWriter(help), new PrintWriter(err))).isZero();
        assertThat(help.toString()).contains("validate", "export", "import", "disable", "enable");

        assertThat(Cli.run(new String[] {"valdate", "."}, new PrintWriter(new StringWriter()), new PrintWriter(err)))
                .isEqualTo(Cli.USAGE_OR_IO);
        assertThat(err.toString()).contains("Unmatched", "'valdate'", "agent-studio --help");
    }
}
