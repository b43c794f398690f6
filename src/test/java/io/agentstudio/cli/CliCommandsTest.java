package io.agentstudio.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class CliCommandsTest {

    @Test
    void theLauncherKnowsEveryCommandPicocliRuns() {
        assertThat(Cli.COMMANDS).containsExactlyInAnyOrderElementsOf(
                new CommandLine(new AgentStudioCommand()).getSubcommands().keySet());
    }
}
