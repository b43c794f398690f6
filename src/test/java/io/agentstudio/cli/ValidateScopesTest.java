package io.agentstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agentstudio.testing.ScopesMonorepo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21's acceptance on the command line: the scopes monorepo validated with and without the user's agents. The
 * effective agent of each name is the one without an agent-shadowed finding; nothing is a duplicate.
 */
class ValidateScopesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private ScopesMonorepo fixture;

    @BeforeEach
    void copy() throws IOException {
        fixture = ScopesMonorepo.copyTo(dir);
    }

    @Test
    void withTheUserHomeTheShadowedAgentsSayByWhichFileAndWhere() {
        CliRun run = CliRun.of("validate", fixture.root().toString(), "--user-home", fixture.home().toString());

        // In path order; the temporary folder puts home/ before monorepo/.
        assertThat(run.out().lines()).containsExactly(
                fixture.userFile(".claude/agents/planner.md") + ":2:1: info agent-shadowed: Shadowed: Claude Code uses the"
                        + " project agent .claude/agents/planner.md instead wherever it runs in this workspace: a project agent"
                        + " wins over a user agent of the same name.",
                fixture.file(".claude/agents/reviewer.md") + ":2:1: info agent-shadowed: Shadowed: When Claude Code runs in"
                        + " packages/a or a folder below it, packages/a/.claude/agents/reviewer.md is used instead: the agents"
                        + " folder closest to where it runs wins.",
                "7 agent files checked: 0 errors, 0 warnings, 2 info.");
        assertThat(run.exitCode()).isEqualTo(Cli.OK);
    }

    @Test
    void withoutTheUserHomeNoUserAgentIsReadAndTheDelegationToOneIsUnknown() {
        CliRun run = CliRun.of("validate", fixture.root().toString());

        assertThat(run.out()).doesNotContain(fixture.home().toString()).doesNotContain("name-duplicate")
                .contains("info agent-shadowed").contains("warning agent-unknown: No agent named `notes-keeper`")
                .endsWith("5 agent files checked: 0 errors, 1 warning, 1 info.\n");
    }

    @Test
    void theJsonReportNamesTheWinnerOfEachShadowedAgent() throws IOException {
        CliRun run = CliRun.of("validate", fixture.root().toString(), "--user-home", fixture.home().toString(), "--format", "json");

        List<String> shadowed = new ArrayList<>();
        for (JsonNode problem : JSON.readTree(run.out())) {
            assertThat(problem.get("ruleId").asText()).isEqualTo("agent-shadowed");
            shadowed.add(problem.get("path").asText() + " <- " + problem.get("message").asText().replaceAll(".* (\\S+/reviewer\\.md|\\S+/planner\\.md) .*", "$1"));
        }
        assertThat(shadowed).containsExactlyInAnyOrder(
                fixture.file(".claude/agents/reviewer.md") + " <- packages/a/.claude/agents/reviewer.md",
                fixture.userFile(".claude/agents/planner.md") + " <- .claude/agents/planner.md");
    }

    @Test
    void sarifLocatesAUserAgentByItsOwnUri() throws IOException {
        CliRun run = CliRun.of("validate", fixture.root().toString(), "--user-home", fixture.home().toString(), "--format", "sarif");

        List<String> uris = new ArrayList<>();
        for (JsonNode result : JSON.readTree(run.out()).at("/runs/0/results")) {
            JsonNode artifact = result.at("/locations/0/physicalLocation/artifactLocation");
            uris.add(artifact.get("uri").asText() + (artifact.has("uriBaseId") ? " @" + artifact.get("uriBaseId").asText() : ""));
        }
        assertThat(uris).containsExactlyInAnyOrder(".claude/agents/reviewer.md @ROOT",
                fixture.userFile(".claude/agents/planner.md").toUri().toString());
    }

    @Test
    void refusesAUserHomeThatIsNoFolderAndTheCache() {
        assertThat(CliRun.of("validate", fixture.root().toString(), "--user-home", dir.resolve("missing").toString()).err())
                .contains("--user-home " + dir.resolve("missing") + ": no such folder.");
        assertThat(CliRun.of("validate", fixture.root().toString(), "--user-home", fixture.home().toString(), "--cache").err())
                .contains("--cache does not cover user agents");
    }

    @Test
    void theHelpSaysUserAgentsAreNotReadByDefault() {
        assertThat(CliRun.of("validate", "--help").out()).contains("--user-home=DIR").contains("Default: user agents are not read");
    }
}
