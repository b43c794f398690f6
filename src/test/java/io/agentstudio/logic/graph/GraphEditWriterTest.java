package io.agentstudio.logic.graph;

import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphEditWriterTest {
    @TempDir
    Path root;

    private Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void writesEveryChangedFileAndMovesTheRenamedOne() throws IOException {
        write(".claude/agents/qa-engineer.md", "---\nname: qa-engineer\ndescription: Q.\n---\nQ.\n");
        Path lead = write(".claude/agents/lead.md", "---\nname: lead\ndescription: L.\n---\n## Handoffs\n- `qa-engineer` — tests\n");
        Workspace workspace = WorkspaceLoader.load(root);

        GraphEdit edit = new GraphEditor(workspace).rename("qa-engineer", "test-engineer");
        new GraphEditWriter().write(workspace, edit);

        assertThat(root.resolve(".claude/agents/qa-engineer.md")).doesNotExist();
        assertThat(root.resolve(".claude/agents/test-engineer.md")).hasContent("---\nname: test-engineer\ndescription: Q.\n---\nQ.\n");
        assertThat(lead).hasContent("---\nname: lead\ndescription: L.\n---\n## Handoffs\n- `test-engineer` — tests\n");
    }

    @Test
    void writesNothingWhenAFileChangedOnDiskSinceItWasLoaded() throws IOException {
        write(".claude/agents/qa-engineer.md", "---\nname: qa-engineer\ndescription: Q.\n---\nQ.\n");
        Path lead = write(".claude/agents/lead.md", "---\nname: lead\ndescription: L.\n---\nBody.\n");
        Workspace workspace = WorkspaceLoader.load(root);
        GraphEdit edit = new GraphEditor(workspace).link("lead", "qa-engineer", null);
        Files.writeString(lead, "---\nname: lead\ndescription: L.\n---\nEdited elsewhere.\n");

        assertThatThrownBy(() -> new GraphEditWriter().write(workspace, edit))
                .isInstanceOf(GraphEditWriter.ConflictException.class).hasMessageContaining("changed by another program");
        assertThat(lead).hasContent("---\nname: lead\ndescription: L.\n---\nEdited elsewhere.\n");
    }

    @Test
    void neverMovesAFileOverAnother() throws IOException {
        write(".claude/agents/qa-engineer.md", "---\nname: qa-engineer\ndescription: Q.\n---\nQ.\n");
        Workspace workspace = WorkspaceLoader.load(root);
        GraphEdit edit = new GraphEditor(workspace).rename("qa-engineer", "tester");
        Path squatter = write(".claude/agents/tester.md", "not an agent yet\n");

        assertThatThrownBy(() -> new GraphEditWriter().write(workspace, edit)).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(squatter).hasContent("not an agent yet\n");
        assertThat(root.resolve(".claude/agents/qa-engineer.md")).hasContent("---\nname: qa-engineer\ndescription: Q.\n---\nQ.\n");
    }
}
