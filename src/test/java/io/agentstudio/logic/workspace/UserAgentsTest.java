package io.agentstudio.logic.workspace;

import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.graph.GraphEditWriter;
import io.agentstudio.logic.graph.GraphEditor;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.FieldValue;
import io.agentstudio.testing.ScopesMonorepo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A workspace loaded with the user's agents: which files, how they are placed, and that saving one is safe. */
class UserAgentsTest {
    @TempDir
    Path dir;
    private ScopesMonorepo fixture;

    @BeforeEach
    void copy() throws IOException {
        fixture = ScopesMonorepo.copyTo(dir);
    }

    @Test
    void userAgentsFollowTheProjectsWithPathsRelativeToTheHome() throws IOException {
        Workspace workspace = WorkspaceLoader.load(fixture.root(), Optional.of(fixture.home()));

        assertThat(workspace.agents()).extracting(agent -> agent.relativePath().toString().replace('\\', '/')).containsExactly(
                ".claude/agents/planner.md", ".claude/agents/reviewer.md", "packages/a/.claude/agents/a-builder.md",
                "packages/a/.claude/agents/reviewer.md", "packages/b/.claude/agents/b-tester.md",
                "~/.claude/agents/notes-keeper.md", "~/.claude/agents/planner.md");
        WorkspaceAgent notesKeeper = userAgent(workspace, "notes-keeper");
        assertThat(notesKeeper.root()).isEqualTo(fixture.home());
        assertThat(notesKeeper.isUserAgent()).isTrue();
        assertThat(notesKeeper.dialect()).isEqualTo(Dialect.CLAUDE_CODE);
        assertThat(WorkspaceLoader.load(fixture.root()).agents()).as("not asked for: not read").hasSize(5);
    }

    @Test
    void readsOnlyTheToolsUserAgentsFoldersOfTheHome() throws IOException {
        Files.createDirectories(fixture.userFile("notes"));
        Files.writeString(fixture.userFile("notes/idea.md"), "---\nname: idea\ndescription: Not an agent folder.\n---\nx\n");
        Files.createDirectories(fixture.userFile(".claude/commands"));
        Files.writeString(fixture.userFile(".claude/commands/ship.md"), "---\ndescription: A command.\n---\nShip it.\n");
        Files.createDirectories(fixture.userFile(".gemini/agents"));
        Files.writeString(fixture.userFile(".gemini/agents/scout.md"), "---\nname: scout\ndescription: Scouts the code.\n---\nx\n");
        Files.createDirectories(fixture.userFile(".config/opencode/agents"));
        Files.writeString(fixture.userFile(".config/opencode/agents/docs.md"), "---\ndescription: Writes docs.\n---\nx\n");

        Workspace workspace = WorkspaceLoader.load(fixture.root(), Optional.of(fixture.home()));

        assertThat(workspace.agents().stream().filter(agent -> agent.path().startsWith(fixture.home())))
                .extracting(agent -> agent.name() + " " + agent.dialect())
                .containsExactly("notes-keeper CLAUDE_CODE", "planner CLAUDE_CODE", "scout GEMINI", "docs OPENCODE");
    }

    @Test
    void aHomeOpenedAsTheWorkspaceIsNotReadTwice() throws IOException {
        Workspace workspace = WorkspaceLoader.load(fixture.home(), Optional.of(fixture.home()));

        assertThat(workspace.agents()).hasSize(2);
    }

    @Test
    void aUserAgentSavesAtomicallyAndChecksForConflicts() throws IOException {
        Workspace workspace = WorkspaceLoader.load(fixture.root(), Optional.of(fixture.home()));
        WorkspaceAgent planner = userAgent(workspace, "planner");
        AgentDocument edited = FrontmatterEditor.set(planner.document(), "model", new FieldValue.Text("sonnet"));
        AgentFileStore store = new AgentFileStore();

        SaveResult saved = store.save(planner, edited);

        assertThat(saved).isInstanceOf(SaveResult.Saved.class);
        assertThat(Files.readString(planner.path())).contains("model: sonnet\n");
        assertThat(Files.readString(fixture.file(".claude/agents/planner.md"))).as("the project's planner untouched")
                .doesNotContain("model:");
        WorkspaceAgent baseline = ((SaveResult.Saved) saved).agent();
        Files.writeString(planner.path(), Files.readString(planner.path()) + "Changed elsewhere.\n");

        SaveResult second = store.save(baseline, FrontmatterEditor.set(baseline.document(), "model", new FieldValue.Text("opus")));

        assertThat(second).isInstanceOfSatisfying(SaveResult.Conflict.class,
                conflict -> assertThat(conflict.kind()).isEqualTo(SaveResult.Kind.CHANGED_ON_DISK));
        assertThat(Files.readString(planner.path())).contains("model: sonnet\n").endsWith("Changed elsewhere.\n");
    }

    @Test
    void aUserAgentChangedOnDiskReloadsInItsScope() throws IOException {
        Path file = fixture.userFile(".claude/agents/notes-keeper.md");

        WorkspaceAgent reloaded = WorkspaceLoader.reload(fixture.root(), file).orElseThrow();

        assertThat(reloaded.root()).isEqualTo(fixture.home());
        assertThat(reloaded.relativePath()).isEqualTo(Path.of("~/.claude/agents/notes-keeper.md"));
        assertThat(reloaded.isUserAgent()).isTrue();
    }

    @Test
    void anEditAcrossFilesThatWouldChangeAUserAgentWritesNothing() throws IOException {
        Files.writeString(fixture.userFile(".claude/agents/notes-keeper.md"),
                Files.readString(fixture.userFile(".claude/agents/notes-keeper.md")) + "\n## Delegates to\n- `b-tester` to test\n");
        Workspace workspace = WorkspaceLoader.load(fixture.root(), Optional.of(fixture.home()));
        String before = Files.readString(fixture.file("packages/b/.claude/agents/b-tester.md"));

        assertThatThrownBy(() -> new GraphEditWriter().write(workspace, new GraphEditor(workspace).rename("b-tester", "b-checker")))
                .isInstanceOf(GraphEditWriter.OutsideWorkspaceException.class)
                .hasMessageContaining("user agents, which are outside the workspace")
                .hasMessageContaining(fixture.userFile(".claude/agents/notes-keeper.md").toString());
        assertThat(fixture.file("packages/b/.claude/agents/b-tester.md")).hasContent(before);
    }

    private WorkspaceAgent userAgent(Workspace workspace, String name) {
        return workspace.agents().stream().filter(agent -> agent.path().startsWith(fixture.home()) && agent.name().equals(name))
                .findFirst().orElseThrow();
    }
}
