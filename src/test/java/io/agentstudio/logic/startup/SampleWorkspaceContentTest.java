package io.agentstudio.logic.startup;

import io.agentstudio.logic.agentfile.NameList;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample is the first thing a user sees: it must load cleanly and show what the studio can do. */
class SampleWorkspaceContentTest {
    private static final Set<String> CLAUDE_TOOLS = Set.of("Read", "Write", "Edit", "MultiEdit", "Glob", "Grep", "LS",
            "Bash", "WebFetch", "WebSearch", "TodoWrite", "NotebookEdit", "Task", "Agent", "Skill", "AskUserQuestion");

    @TempDir
    static Path data;
    static Workspace workspace;

    @BeforeAll
    static void load() throws IOException {
        workspace = WorkspaceLoader.load(new SampleWorkspace(data).ensureCopy());
    }

    @Test
    void tenAgentsLoadWithoutProblems() {
        assertThat(workspace.problems()).isEmpty();
        assertThat(workspace.agents()).hasSize(10);
        assertThat(workspace.agents()).allSatisfy(agent -> {
            assertThat(agent.document().problems()).as(agent.name()).isEmpty();
            assertThat(agent.document().hasFrontmatter()).isTrue();
            assertThat(agent.name()).isEqualTo(agent.fileStem());
            assertThat(agent.description()).hasSizeGreaterThan(40);
        });
    }

    @Test
    void showsSeveralModels() {
        assertThat(workspace.agents().stream().map(WorkspaceAgent::model).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("sonnet", "opus", "haiku", "inherit");
    }

    @Test
    void exactlyOneAgentHasTheDeliberateToolTypo() {
        List<String> withUnknownTools = workspace.agents().stream()
                .filter(agent -> NameList.from(agent.document().value("tools").orElse(null)).stream()
                        .map(tool -> tool.replaceFirst("\\(.*", ""))
                        .anyMatch(tool -> !CLAUDE_TOOLS.contains(tool)))
                .map(WorkspaceAgent::name).toList();

        assertThat(withUnknownTools).containsExactly("docs-writer");
    }

    @Test
    void oneAgentLimitsWhichAgentsItSpawns() {
        WorkspaceAgent releaseManager = agent("release-manager");

        assertThat(NameList.from(releaseManager.document().value("tools").orElseThrow()))
                .contains("Agent(code-reviewer, test-engineer)");
        assertThat(releaseManager.document().fields()).extracting("key")
                .contains("permissionMode", "maxTurns", "skills", "memory");
    }

    @Test
    void bodiesAreRealPromptsOfTwentyToSixtyLines() {
        assertThat(workspace.agents()).allSatisfy(agent ->
                assertThat(agent.document().body().strip().lines().count()).as(agent.name()).isBetween(20L, 60L));
    }

    private static WorkspaceAgent agent(String name) {
        return workspace.agents().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
