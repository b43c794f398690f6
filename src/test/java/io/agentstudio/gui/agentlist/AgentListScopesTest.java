package io.agentstudio.gui.agentlist;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.workspace.DialectLocator;
import io.agentstudio.logic.workspace.FileStamp;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The list's scopes: rows of one scope together, the Scope column only for several, shadowed rows said so. */
class AgentListScopesTest {
    private static final Path ROOT = Path.of("/repo").toAbsolutePath();
    private static final Path HOME = Path.of("/home/me").toAbsolutePath();
    private final AgentListViewModel list = new AgentListViewModel(FXCollections.observableSet());

    @Test
    void oneScopeKeepsTheListByNameWithoutAScopeColumn() {
        list.show(ROOT, List.of(agent(ROOT, ".claude/agents/tester.md", "tester"), agent(ROOT, ".claude/agents/planner.md", "planner")),
                List.of());

        assertThat(list.visibleRows()).extracting(AgentRow::name).containsExactly("planner", "tester");
        assertThat(list.scopes().severalProperty().get()).isFalse();
    }

    @Test
    void rowsComeByScopeAndTheShadowedOnesNameTheirWinner() {
        WorkspaceAgent user = agent(HOME, ".claude/agents/reviewer.md", "reviewer");
        list.show(ROOT, List.of(user, agent(ROOT, "packages/a/.claude/agents/reviewer.md", "reviewer"),
                agent(ROOT, ".claude/agents/reviewer.md", "reviewer"), agent(ROOT, ".claude/agents/alpha.md", "alpha")), List.of());

        assertThat(list.visibleRows()).extracting(row -> row.name() + " " + list.scopes().label(row))
                .containsExactly("alpha project", "reviewer project", "reviewer packages/a", "reviewer user");
        assertThat(list.scopes().severalProperty().get()).isTrue();
        AgentRow userRow = list.visibleRows().get(3);
        assertThat(list.scopes().shadowNote(userRow)).isEqualTo(
                "Shadowed by the project agent .claude/agents/reviewer.md wherever Claude Code runs in this workspace\n"
                        + "Shadowed by packages/a/.claude/agents/reviewer.md when run in packages/a");
        assertThat(list.scopes().shadowNote(list.visibleRows().get(2))).isEmpty();
    }

    @Test
    void anAgentAddedOnDiskShadowsAnotherAtOnce() {
        list.show(ROOT, List.of(agent(ROOT, ".claude/agents/reviewer.md", "reviewer")), List.of());
        int before = list.scopes().revisionProperty().get();

        list.put(agent(ROOT, "packages/a/.claude/agents/reviewer.md", "reviewer"));

        assertThat(list.scopes().revisionProperty().get()).isGreaterThan(before);
        assertThat(list.scopes().shadowNote(list.visibleRows().get(0)))
                .isEqualTo("Shadowed by packages/a/.claude/agents/reviewer.md when run in packages/a");
    }

    /** An agent of the workspace, or of the home (its relative path then starts at {@code ~}, as the loader gives it). */
    private static WorkspaceAgent agent(Path root, String relative, String name) {
        Path path = root.equals(HOME) ? Path.of("~").resolve(relative) : Path.of(relative);
        String text = "---\nname: " + name + "\ndescription: Use for " + name + ".\n---\nBody.\n";
        return new WorkspaceAgent(root.resolve(relative), path, DialectLocator.dialectOf(path).orElseThrow(), AgentFileParser.parse(text),
                new FileStamp(text.length(), 0));
    }
}
