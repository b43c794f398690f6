package io.agentstudio.logic.workspace;

import io.agentstudio.model.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static io.agentstudio.logic.workspace.WorkspaceFixture.agent;
import static org.assertj.core.api.Assertions.assertThat;

class DialectDetectionTest {
    @TempDir
    Path dir;

    private Map<String, Dialect> loadDialects() throws IOException {
        return WorkspaceLoader.load(dir).agents().stream().collect(Collectors.toMap(
                a -> a.relativePath().toString().replace('\\', '/'), WorkspaceAgent::dialect));
    }

    @ParameterizedTest(name = "{0} is a {1} agent")
    @CsvSource({
            ".claude/agents/reviewer.md, CLAUDE_CODE",
            ".claude/agents/backend/nested.md, CLAUDE_CODE",
            ".opencode/agent/reviewer.md, OPENCODE",
            ".opencode/agents/reviewer.md, OPENCODE",
            ".github/agents/reviewer.agent.md, COPILOT",
            ".gemini/agents/reviewer.md, GEMINI",
            "gemini/agents/reviewer.md, GEMINI",
            ".cursor/agents/reviewer.md, CURSOR",
            "plugins/my-plugin/agents/reviewer.md, CLAUDE_CODE",
    })
    void detectsTheDialectFromTheFolder(String relative, Dialect expected) throws IOException {
        new WorkspaceFixture(dir).write(relative, agent("reviewer"));

        assertThat(loadDialects()).containsExactly(Map.entry(relative, expected));
    }

    @ParameterizedTest(name = "{0} is not an agent")
    @ValueSource(strings = {
            ".claude/commands/deploy.md",
            ".claude/skills/pdf/SKILL.md",
            ".claude/notes.md",
            ".github/ISSUE_TEMPLATE/bug.md",
            ".github/prompts/review.prompt.md",
            ".gemini/commands/review.md",
            ".opencode/command/review.md",
            ".cursor/rules/style.md",
            ".claude/agents/README.md",
            ".claude/agents/LICENSE.md",
            "CHANGELOG.md",
            "CONTRIBUTING.md",
            "agents/readme.md",
            ".git/agents/reviewer.md",
            "node_modules/pkg/agents/reviewer.md",
            "target/classes/agents/reviewer.md",
            ".vscode/agents/reviewer.md",
            ".idea/agents/reviewer.md",
            ".agent-studio/agents/reviewer.md",
            "src/.hidden/agents/reviewer.md",
            ".claude/agents/reviewer.txt",
    })
    void skipsFilesThatAreNotAgents(String relative) throws IOException {
        new WorkspaceFixture(dir).write(relative, agent("reviewer"));

        Workspace workspace = WorkspaceLoader.load(dir);

        assertThat(workspace.agents()).isEmpty();
        assertThat(workspace.problems()).isEmpty();
    }

    @Test
    void loadsAgentsOfSeveralDialectsSideBySide() throws IOException {
        WorkspaceFixture fixture = new WorkspaceFixture(dir);
        fixture.write(".claude/agents/a.md", agent("a"));
        fixture.write(".gemini/agents/a.md", agent("a"));
        fixture.write(".claude/commands/a.md", agent("a"));

        assertThat(loadDialects()).containsOnly(
                Map.entry(".claude/agents/a.md", Dialect.CLAUDE_CODE),
                Map.entry(".gemini/agents/a.md", Dialect.GEMINI));
    }

    @Test
    void namesACopilotAgentAfterItsFileWithoutTheAgentSuffix() throws IOException {
        new WorkspaceFixture(dir).write(".github/agents/planner.agent.md", "---\ndescription: Plans.\n---\nPlan.\n");

        assertThat(WorkspaceLoader.load(dir).agents()).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("planner"));
    }
}
