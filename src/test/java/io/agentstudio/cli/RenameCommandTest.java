package io.agentstudio.cli;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.graph.GraphEdit;
import io.agentstudio.logic.graph.GraphEditor;
import io.agentstudio.logic.workspace.EditJournal;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rename} refuses a name no tool can use, before it writes anything. */
class RenameCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void workspace() throws IOException {
        Path agents = Files.createDirectories(dir.resolve(".claude/agents"));
        Files.writeString(agents.resolve("lead.md"), "---\nname: lead\ndescription: Leads.\n---\n## Delegates to\n\n- `qa-engineer` — tests\n");
        Files.writeString(agents.resolve("qa-engineer.md"), "---\nname: qa-engineer\ndescription: Tests.\n---\nTests.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../x", ".hidden", "a\uFF0Fb", "a/b", "a\\b", "CON", "con", "nul", "a\tb", "a\u001bb", "a\u202Eb",
            "a\u0000b", "a\nb", "   ", "plugin:qa", "a\uFF1Ab"})
    void aNameNoToolCanUseIsRefusedAndNothingIsWritten(String name) throws IOException {
        Map<Path, byte[]> before = files();

        CliRun run = CliRun.of("rename", dir.toString(), "qa-engineer", name);

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(Cli.FINDINGS);
        assertThat(run.err()).contains("cannot be an agent name").doesNotContain("\u001b", "\u202E", "\u0000", "\tb").doesNotContain("Exception");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(files()).containsOnlyKeys(before.keySet());
        before.forEach((path, bytes) -> assertThat(dir.resolve(path)).hasBinaryContent(bytes));
    }

    @Test
    void aRenameThatChangesOnlyTheCaseRenamesTheAgentAndKeepsItsFile() throws IOException {
        CliRun run = CliRun.of("rename", dir.toString(), "qa-engineer", "QA-Engineer");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path agents = dir.resolve(".claude/agents");
        assertThat(agents.resolve("qa-engineer.md")).hasContent("---\nname: QA-Engineer\ndescription: Tests.\n---\nTests.\n");
        assertThat(CliRun.of("validate", dir.toString()).out()).as("the lead's reference still finds the agent")
                .doesNotContain("agent-unknown");
    }

    @Test
    void anEmptyNameIsAUsageErrorAndNothingIsWritten() throws IOException {
        Map<Path, byte[]> before = files();

        CliRun run = CliRun.of("rename", dir.toString(), "qa-engineer", "");

        assertThat(run.exitCode()).isNotZero();
        assertThat(files()).containsOnlyKeys(before.keySet());
        before.forEach((path, bytes) -> assertThat(dir.resolve(path)).hasBinaryContent(bytes));
    }

    @Test
    void theRefusalShowsControlCharactersAsEscapes() {
        CliRun run = CliRun.of("rename", dir.toString(), "qa-engineer", "evil\u001b[2J\u202Eexe.md");

        assertThat(run.err()).contains("'evil\\u001b[2J\\u202eexe.md' cannot be an agent name");
    }

    @ParameterizedTest
    @ValueSource(ints = {257, 300})
    void aNameLongerThanClaudeCodeAcceptsIsRefused(int length) throws IOException {
        Map<Path, byte[]> before = files();

        CliRun run = CliRun.of("rename", dir.toString(), "qa-engineer", "a".repeat(length));

        assertThat(run.exitCode()).isEqualTo(Cli.FINDINGS);
        assertThat(run.err()).contains("cannot be an agent name", "256");
        before.forEach((path, bytes) -> assertThat(dir.resolve(path)).hasBinaryContent(bytes));
        assertThat(files()).containsOnlyKeys(before.keySet());
    }

    @Test
    void aNameTheAgentsOwnToolRefusesIsRefused() throws IOException {
        Path gemini = Files.createDirectories(dir.resolve(".gemini/agents"));
        String helper = "---\nname: helper\ndescription: Helps.\n---\nHelps.\n";
        Files.writeString(gemini.resolve("helper.md"), helper);

        CliRun run = CliRun.of("rename", dir.toString(), ".gemini/agents/helper.md", "Help Desk");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.FINDINGS);
        assertThat(run.err()).contains("'Help Desk' cannot be an agent name", "lowercase");
        assertThat(gemini.resolve("helper.md")).hasContent(helper);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "graph", "rename", "export"})
    void theNextCommandCompletesARenameThatWasKilledHalfwayAndSaysSo(String command) throws IOException {
        Path agents = dir.resolve(".claude/agents");
        GraphEdit edit = new GraphEditor(WorkspaceLoader.load(dir)).rename("qa-engineer", "tester");
        List<EditJournal.Entry> entries = edit.changes().stream().map(change -> EditJournal.Entry.of(
                change.baseline().relativePath().toString(), change.moves() ? change.newRelativePath().toString() : null,
                AgentFileParser.toBytes(change.baseline().document()), AgentFileParser.toBytes(change.edited()))).toList();
        EditJournal.begin(dir, edit.summary(), entries);
        // Killed after the first file: lead.md carries the new name, the agent's own file the old one.
        Files.writeString(agents.resolve("lead.md"), Files.readString(agents.resolve("lead.md")).replace("qa-engineer", "tester"));

        CliRun run = switch (command) {
            case "rename" -> CliRun.of("rename", dir.toString(), "tester", "tester");
            case "export" -> CliRun.of("export", dir.toString(), "--target", "claude", "--dry-run", "--out", dir.resolve("deploy").toString());
            default -> CliRun.of(command, dir.toString());
        };

        assertThat(run.err()).contains("agent-studio: An interrupted edit (qa-engineer is now tester");
        assertThat(run.err()).contains("was completed.");
        assertThat(agents.resolve("qa-engineer.md")).doesNotExist();
        assertThat(agents.resolve("tester.md")).hasContent("---\nname: tester\ndescription: Tests.\n---\nTests.\n");
        assertThat(agents.resolve("lead.md")).content().contains("`tester`");
    }

    private Map<Path, byte[]> files() throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
