package io.agentstudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The export command: its report, exit codes and one-line errors. */
class ExportCommandTest {
    private static final String VALID = "---\nname: reviewer\ndescription: Reviews every change before it is merged into main.\ntools: Read, Grep\nmodel: opus\n---\n\nYou review code.\n";

    @TempDir
    Path temp;

    private Path workspace(String... files) throws IOException {
        Path root = temp.resolve("ws");
        for (int i = 0; i < files.length; i++) {
            Path file = root.resolve(".claude/agents/agent-" + i + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, files[i]);
        }
        return root;
    }

    @Test
    void exportsAndPrintsTheReport() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("export", workspace(VALID).toString(), "--target", "gemini", "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 agent exported").contains("create    .gemini/agents/reviewer.md")
                .contains("tools: translated - read_file, read_many_files, grep_search")
                .contains("model: dropped - a Claude model does not run in Gemini CLI");
        assertThat(out.resolve(".gemini/agents/reviewer.md")).exists();
        assertThat(out.resolve("agent-studio-export.json")).exists();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aDryRunWritesNothingAndSaysWhatWouldChange() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("export", workspace(VALID).toString(), "--target", "codex", "--out", out.toString(), "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("dry run").contains("create    .codex/agents/reviewer.toml");
        assertThat(out).doesNotExist();
    }

    @Test
    void aDryRunDiffMasksSecretsWithOrWithoutForce() throws IOException {
        String secret = "sk-ant-api03-Qx7LmZ2pT9vR4kW8nB3cY6dF1gH5jK0s";
        String google = "AIzaSyD4x9Qm2Lp7Rt3Wv8Nb1Cy6Df5Gh0Jk2Ls";
        Path ws = workspace(VALID + "Call the API with " + secret + ".\n");
        Path out = temp.resolve("out");
        assertThat(CliRun.of("export", ws.toString(), "--target", "claude", "--out", out.toString(), "--force").exitCode()).isZero();
        Path agent = ws.resolve(".claude/agents/agent-0.md");
        Files.writeString(agent, Files.readString(agent).replace("Call the API", "Call the maps API with " + google + " and the API"));

        for (String force : new String[] {"--fail-on=error", "--force"}) {
            CliRun run = CliRun.of("export", ws.toString(), "--target", "claude", "--out", out.toString(), "--dry-run", force);

            assertThat(run.out()).as(force).contains("change    .claude/agents/reviewer.md").contains("sk-ant-…").contains("AIza…")
                    .doesNotContain(secret).doesNotContain(google);
            assertThat(run.err()).doesNotContain(secret).doesNotContain(google);
        }
    }

    @Test
    void aCurrentAgentThatClaudeCodeLoadsExportsWithoutForce() throws IOException {
        Path ws = workspace("---\nname: planner\ndescription: Plans the work and hands it out; use proactively for new features.\n"
                + "model: fable\neffort: xhigh\ntools: Read, Grep, PowerShell\n---\nYou plan.\n");
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("export", ws.toString(), "--target", "claude", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(out.resolve(".claude/agents/planner.md")).content().contains("model: fable");
    }

    @Test
    void errorsBlockWithExitOneAndForceExportsOnRecord() throws IOException {
        Path ws = workspace(VALID, "---\nname: broken\n---\n\nNo description.\n");
        Path out = temp.resolve("out");

        CliRun blocked = CliRun.of("export", ws.toString(), "--target", "claude", "--out", out.toString());

        assertThat(blocked.exitCode()).isEqualTo(Cli.FINDINGS);
        assertThat(blocked.err().lines()).singleElement().asString().startsWith("agent-studio: export blocked: ")
                .contains("description-missing");
        assertThat(out).doesNotExist();

        CliRun forced = CliRun.of("export", ws.toString(), "--target", "claude", "--out", out.toString(), "--force");

        assertThat(forced.exitCode()).isZero();
        assertThat(forced.out()).contains("forced past 1 problem").contains("Forced past these problems (--force):");
    }

    @Test
    void badArgumentsAndPathsExitTwoWithOneLine() throws IOException {
        Path ws = workspace(VALID);

        CliRun unknownTarget = CliRun.of("export", ws.toString(), "--target", "emacs", "--out", temp.resolve("o").toString());
        CliRun noOut = CliRun.of("export", ws.toString(), "--target", "claude");
        CliRun noWorkspace = CliRun.of("export", temp.resolve("missing").toString(), "--target", "claude", "--out", temp.resolve("o").toString());
        Files.writeString(temp.resolve("a-file"), "x");
        CliRun outIsAFile = CliRun.of("export", ws.toString(), "--target", "claude", "--out", temp.resolve("a-file").toString());
        CliRun pluginOptionElsewhere = CliRun.of("export", ws.toString(), "--target", "claude", "--out", temp.resolve("o").toString(), "--plugin-name", "x");

        for (CliRun run : new CliRun[] {unknownTarget, noOut, noWorkspace, outIsAFile, pluginOptionElsewhere}) {
            assertThat(run.exitCode()).isEqualTo(Cli.USAGE_OR_IO);
            assertThat(run.err()).startsWith("agent-studio: ").doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(unknownTarget.err()).contains("Unknown --target 'emacs'");
        assertThat(outIsAFile.err().lines().count()).isEqualTo(1);
        assertThat(outIsAFile.err()).contains("not a folder");
    }

    @Test
    void pluginOptionsAreWrittenIntoPluginJsonAndKeptForNextTime() throws IOException {
        Path ws = workspace(VALID);
        Path out = temp.resolve("plugin");

        CliRun first = CliRun.of("export", ws.toString(), "--target", "claude-plugin", "--out", out.toString(),
                "--plugin-name", "review-team", "--plugin-version", "2.0.0", "--plugin-author", "Ada", "--marketplace");
        CliRun again = CliRun.of("export", ws.toString(), "--target", "claude-plugin", "--out", temp.resolve("plugin2").toString());

        assertThat(first.exitCode()).isZero();
        assertThat(out.resolve(".claude-plugin/plugin.json")).content().contains("\"name\": \"review-team\"")
                .contains("\"version\": \"2.0.0\"").contains("\"name\": \"Ada\"");
        assertThat(out.resolve(".claude-plugin/marketplace.json")).exists();
        assertThat(out.resolve("agents/reviewer.md")).exists();
        assertThat(again.exitCode()).isZero();
        assertThat(temp.resolve("plugin2/.claude-plugin/plugin.json")).content().contains("\"name\": \"review-team\"");
        assertThat(ws.resolve(".agent-studio/export-plugin.json")).exists();
    }
}
