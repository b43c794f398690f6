package io.agentstudio.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code disable} and {@code enable} on the command line: what is written, what is said, what is refused. */
class SwitchCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void workspace() throws IOException {
        Path agents = Files.createDirectories(dir.resolve(".claude/agents"));
        Files.writeString(agents.resolve("reviewer.md"), "---\nname: reviewer\ndescription: Reviews.\n---\nReview.\n");
        Files.createDirectories(dir.resolve(".gemini/agents"));
        Files.writeString(dir.resolve(".gemini/agents/helper.md"), "---\nname: helper\ndescription: Helps.\n---\nHelp.\n");
    }

    @Test
    void disableWritesTheDenyEntryAndEnableGivesTheSettingsBack() throws IOException {
        byte[] settings = "{\n  \"model\": \"opus\"\n}\n".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(".claude/settings.json"), settings);

        CliRun off = CliRun.of("disable", "reviewer", "--root", dir.toString());

        assertThat(off.exitCode()).as(off.err()).isEqualTo(Cli.OK);
        assertThat(off.out()).contains("written: .claude/settings.json", "Turned reviewer off");
        assertThat(Files.readString(dir.resolve(".claude/settings.json"))).contains("\"Agent(reviewer)\"");

        CliRun on = CliRun.of("enable", "reviewer", "--root", dir.toString());

        assertThat(on.exitCode()).as(on.err()).isEqualTo(Cli.OK);
        assertThat(dir.resolve(".claude/settings.json")).hasBinaryContent(settings);
    }

    @Test
    void enableSaysItRemovedTheSettingsFileThatDisableMade() {
        CliRun off = CliRun.of("disable", "reviewer", "--root", dir.toString());
        assertThat(off.out()).contains("written: .claude/settings.json");

        CliRun on = CliRun.of("enable", "reviewer", "--root", dir.toString());

        assertThat(on.exitCode()).as(on.err()).isEqualTo(Cli.OK);
        assertThat(on.out()).contains("removed: .claude/settings.json").doesNotContain("written:");
        assertThat(dir.resolve(".claude/settings.json")).doesNotExist();
    }

    @Test
    void anAgentWhoseToolHasNoSwitchIsRefusedInOneLine() {
        CliRun run = CliRun.of("disable", "helper", "--root", dir.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.FINDINGS);
        assertThat(run.err().strip()).isEqualTo("agent-studio: Gemini CLI has no way to turn one agent off; move it out of .gemini/agents or delete it.");
    }

    @Test
    void brokenSettingsAndUnknownNamesAreRefusedWithoutAStackTrace() throws IOException {
        Files.writeString(dir.resolve(".claude/settings.json"), "{ nope");

        CliRun broken = CliRun.of("disable", "reviewer", "--root", dir.toString());
        CliRun unknown = CliRun.of("enable", "nobody", "--root", dir.toString());

        assertThat(broken.exitCode()).isEqualTo(Cli.FINDINGS);
        assertThat(broken.err()).startsWith("agent-studio: .claude/settings.json is not valid JSON").doesNotContain("Exception");
        assertThat(Files.readString(dir.resolve(".claude/settings.json"))).isEqualTo("{ nope");
        assertThat(unknown.exitCode()).isEqualTo(Cli.FINDINGS);
        assertThat(unknown.err()).startsWith("agent-studio: No agent named nobody");
    }
}
