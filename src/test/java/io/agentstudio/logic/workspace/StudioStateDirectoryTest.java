package io.agentstudio.logic.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.agentstudio.logic.workspace.WorkspaceFixture.agent;
import static io.agentstudio.logic.workspace.WorkspaceFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudioStateDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void isNotCreatedUntilSomethingIsWritten() throws IOException {
        StudioStateDirectory state = new StudioStateDirectory(dir);

        assertThat(state.exists()).isFalse();
        assertThat(state.read("layout.json")).isEmpty();
        assertThat(dir.resolve(".agent-studio")).doesNotExist();

        state.write("layout.json", utf8("{}"));

        assertThat(state.exists()).isTrue();
        assertThat(state.read("layout.json")).get().isEqualTo(utf8("{}"));
    }

    @Test
    void createsSubfoldersOnDemand() throws IOException {
        StudioStateDirectory state = new StudioStateDirectory(dir);

        Path written = state.write("export/opencode.json", utf8("[]"));

        assertThat(written).isEqualTo(dir.resolve(".agent-studio/export/opencode.json")).hasContent("[]");
    }

    @Test
    void resolvesOnlyNamesInsideTheFolder() {
        StudioStateDirectory state = new StudioStateDirectory(dir);

        assertThat(state.resolve("a/b.json")).isEqualTo(dir.resolve(".agent-studio/a/b.json"));
        assertThatThrownBy(() -> state.resolve("../.claude/agents/x.md")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> state.resolve("a/../../x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> state.resolve(dir.resolve("x").toString())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> state.resolve("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> state.resolve(".")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsAFileInTheWayOfTheFolder() throws IOException {
        Files.writeString(dir.resolve(".agent-studio"), "not a folder");

        assertThatThrownBy(() -> new StudioStateDirectory(dir).write("layout.json", utf8("{}")))
                .isInstanceOf(FileSystemException.class);
    }

    @Test
    void isNeverScannedForAgents() throws IOException {
        new WorkspaceFixture(dir).write(".claude/agents/a.md", agent("a"));
        StudioStateDirectory state = new StudioStateDirectory(dir);
        state.write("agents/copy.md", utf8(agent("copy")));
        state.write("b.md", utf8(agent("b")));

        Workspace workspace = WorkspaceLoader.load(dir);

        assertThat(workspace.agents()).extracting(WorkspaceAgent::name).containsExactly("a");
        assertThat(workspace.studioState().path()).isEqualTo(state.path());
        assertThat(workspace.stateDirectory()).isEqualTo(state.path());
    }
}
