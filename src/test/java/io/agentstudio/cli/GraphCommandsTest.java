package io.agentstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GraphCommandsTest {
    private static final String LEAD = "---\nname: lead\ndescription: Leads.\n---\nThe reviewer-bot helps.\n\n## Handoffs\n\n"
            + "- **QA Engineer** — tests\n- `missing-agent` — ghosts\n";

    @TempDir
    Path dir;
    private Path agents;

    @BeforeEach
    void workspace() throws IOException {
        agents = Files.createDirectories(dir.resolve(".claude/agents"));
        Files.writeString(agents.resolve("lead.md"), LEAD);
        Files.writeString(agents.resolve("qa-engineer.md"), "---\nname: qa-engineer\ndescription: Tests.\n---\nTests.\n");
        Files.writeString(agents.resolve("reviewer-bot.md"), "---\nname: reviewer-bot\ndescription: Reviews.\n---\nReviews.\n");
    }

    @Test
    void graphPrintsJsonWithEdgesSourcesAndAnalyses() throws IOException {
        CliRun run = CliRun.of("graph", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("edges")).hasSize(3);
        assertThat(json.get("analysis").get("ghosts").get(0).get("name").asText()).isEqualTo("missing-agent");
    }

    @Test
    void graphKeepsOnlyTheKindsAskedForAndDrawsMermaid() {
        CliRun run = CliRun.of("graph", dir.toString(), "--format", "mermaid", "--kinds", "mentions");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("flowchart LR").contains("n0 -.-> n2").doesNotContain("n0 --> ", "missing-agent");
    }

    @Test
    void graphDrawsDot() {
        assertThat(CliRun.of("graph", dir.toString(), "--format", "dot").out()).startsWith("digraph delegation {");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--format=svg", "--kinds=delegates,calls"})
    void graphRefusesAnUnknownFormatOrKindWithExitTwo(String option) {
        CliRun run = CliRun.of("graph", dir.toString(), option);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not a").doesNotContain("Exception");
    }

    @Test
    void linkAddsAnItemInTheSectionsStyleAndUnlinkTakesItBack() throws IOException {
        CliRun link = CliRun.of("link", dir.toString(), "lead", "reviewer-bot", "--note", "code review");

        assertThat(link.exitCode()).as(link.err()).isZero();
        assertThat(link.out()).contains("written: .claude/agents/lead.md", "lead now delegates to reviewer-bot");
        assertThat(Files.readString(agents.resolve("lead.md"))).endsWith("- `missing-agent` — ghosts\n- `reviewer-bot` — code review\n");

        CliRun unlink = CliRun.of("unlink", dir.toString(), "lead", "reviewer-bot");

        assertThat(unlink.exitCode()).isZero();
        assertThat(Files.readString(agents.resolve("lead.md"))).isEqualTo(LEAD);
        assertThat(unlink.out()).contains("needs a hand edit: .claude/agents/lead.md:5: mentions reviewer-bot", "The reviewer-bot helps.");
    }

    @Test
    void unlinkOfAMentionOnlyExitsOneAndChangesNothing() throws IOException {
        CliRun.of("unlink", dir.toString(), "lead", "reviewer-bot");

        CliRun run = CliRun.of("unlink", dir.toString(), "lead", "reviewer-bot");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("nothing removed");
        assertThat(Files.readString(agents.resolve("lead.md"))).isEqualTo(LEAD);
    }

    @Test
    void anUnknownAgentIsOneLineWithADidYouMean() throws IOException {
        CliRun run = CliRun.of("link", dir.toString(), "lead", "qa-enginer");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("agent-studio: no agent named 'qa-enginer' in the workspace (did you mean 'qa-engineer'?)");
        assertThat(Files.readString(agents.resolve("lead.md"))).isEqualTo(LEAD);
    }

    @Test
    void renameRewritesReferencesAndTheFileName() throws IOException {
        CliRun run = CliRun.of("rename", dir.toString(), "qa-engineer", "test-engineer");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(agents.resolve("lead.md"))).contains("- **Test Engineer** — tests");
        assertThat(agents.resolve("test-engineer.md")).exists();
        assertThat(agents.resolve("qa-engineer.md")).doesNotExist();
    }

    @Test
    void aFileInsteadOfAWorkspaceIsABadPath() {
        CliRun run = CliRun.of("rename", agents.resolve("lead.md").toString(), "lead", "leader");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not a folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"graph", "link", "unlink", "rename"})
    void everyGraphCommandHasHelp(String command) {
        CliRun run = CliRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: agent-studio " + command);
    }

    @Test
    void theTopLevelHelpListsTheGraphCommands() {
        assertThat(CliRun.of("--help").out()).contains("graph", "link", "unlink", "rename");
    }
}
