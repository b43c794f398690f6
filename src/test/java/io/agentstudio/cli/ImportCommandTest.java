package io.agentstudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {
    @TempDir
    Path temp;

    @Test
    void importsTheGuessedToolsAgentsAndPrintsTheReport() throws IOException {
        write(temp.resolve("src/.cursor/agents/checker.md"), "---\nname: checker\ndescription: Checks\nreadonly: true\n---\nCheck.\n");
        Path out = temp.resolve("ws/.claude/agents");

        CliRun run = CliRun.of("import", temp.resolve("src").toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.out()).contains("Import of Cursor agents (cursor)", "1 agent imported", "readonly: translated - tools: Read");
        assertThat(Files.readString(out.resolve("checker.md"))).contains("tools: Read, Grep, Glob");
    }

    @Test
    void exitsOneWhenAnAgentCannotBeImportedAndLeavesExistingFiles() throws IOException {
        write(temp.resolve("src/a.md"), "---\nname: a\ndescription: A\n---\nA.\n");
        write(temp.resolve("src/b.md"), "---\nname: b\n---\nNo description.\n");
        Path out = temp.resolve("out");
        write(out.resolve("a.md"), "mine\n");

        CliRun run = CliRun.of("import", temp.resolve("src").toString(), "--from", "gemini", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.FINDINGS);
        assertThat(run.out()).contains("a.md already exists", "b.md: not imported: it has no description");
        assertThat(run.err()).contains("2 of 2 agents not imported");
        assertThat(Files.readString(out.resolve("a.md"))).isEqualTo("mine\n");

        CliRun again = CliRun.of("import", temp.resolve("src").toString(), "--from", "gemini", "--out", out.toString(), "--overwrite");
        assertThat(again.exitCode()).isEqualTo(Cli.FINDINGS);
        assertThat(Files.readString(out.resolve("a.md"))).startsWith("---\nname: a\n");
    }

    @Test
    void anUnknownOrUnguessableToolIsAUsageError() throws IOException {
        Files.createDirectories(temp.resolve("empty"));
        CliRun unknown = CliRun.of("import", temp.resolve("empty").toString(), "--from", "vim", "--out", temp.resolve("o").toString());
        assertThat(unknown.exitCode()).isEqualTo(Cli.USAGE_OR_IO);
        assertThat(unknown.err()).contains("Unknown --from 'vim'", "opencode, copilot, gemini, codex, cursor, claude-plugin");

        CliRun unguessed = CliRun.of("import", temp.resolve("empty").toString(), "--out", temp.resolve("o").toString());
        assertThat(unguessed.exitCode()).isEqualTo(Cli.USAGE_OR_IO);
        assertThat(unguessed.err()).contains("give --from");

        CliRun missing = CliRun.of("import", temp.resolve("nowhere").toString(), "--from", "codex", "--out", temp.resolve("o").toString());
        assertThat(missing.exitCode()).isEqualTo(Cli.USAGE_OR_IO);
        assertThat(temp.resolve("o")).doesNotExist();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
