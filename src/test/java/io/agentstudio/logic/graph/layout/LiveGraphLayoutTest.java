package io.agentstudio.logic.graph.layout;

import io.agentstudio.logic.workspace.StudioStateDirectory;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LiveGraphLayoutTest {
    @TempDir
    Path root;
    private final LiveGraphLayout layout = new LiveGraphLayout();

    private List<WorkspaceAgent> agents() throws IOException {
        Path folder = Files.createDirectories(root.resolve(".claude/agents"));
        Files.writeString(folder.resolve("lead.md"), "---\nname: lead\ndescription: Leads.\ncolor: red\nmodel: opus\n---\n## Delegates to\n- `coder`\n- `tester`\n");
        Files.writeString(folder.resolve("coder.md"), "---\nname: coder\ndescription: Codes.\n---\nWrites code.\n");
        Files.writeString(folder.resolve("tester.md"), "---\nname: tester\ndescription: Tests.\n---\nDelegate to `data-engineer` for fixtures.\n");
        return WorkspaceLoader.load(root).agents();
    }

    @Test
    void withNoLayoutFileEveryNodeIsLaidOutAndItsFaceShown() throws IOException {
        LiveGraphLayout.Update update = layout.update(root, agents(), null, false);

        assertThat(update.laidOut().boxes()).containsOnlyKeys(".claude/agents/lead.md", ".claude/agents/coder.md",
                ".claude/agents/tester.md", "ghost:data-engineer");
        assertThat(update.placesChanged()).isTrue();
        assertThat(update.problem()).isEmpty();
        assertThat(update.laidOut().faces().get(".claude/agents/lead.md")).isEqualTo(new NodeFace("lead", "opus", "#e5484d"));
        assertThat(update.laidOut().boxes().get(".claude/agents/lead.md").x())
                .as("left to right").isLessThan(update.laidOut().boxes().get(".claude/agents/coder.md").x());
    }

    @Test
    void savedPlacesAreUsedAndOnlyTheMissingOnesAreFound() throws IOException {
        List<WorkspaceAgent> agents = agents();
        Map<String, Point> saved = Map.of(".claude/agents/lead.md", new Point(10, 20), ".claude/agents/coder.md", new Point(400, 20),
                ".claude/agents/tester.md", new Point(400, 120));
        LayoutFile.write(new StudioStateDirectory(root), saved);

        LiveGraphLayout.Update update = layout.update(root, agents, null, false);

        assertThat(update.laidOut().positions()).containsAllEntriesOf(saved).containsKey("ghost:data-engineer");
        assertThat(update.placesChanged()).isTrue();
        assertThat(layout.update(root, agents, update.laidOut().positions(), false).placesChanged()).isFalse();
    }

    @Test
    void aCorruptLayoutFileIsReportedAndTheGraphLaidOutAnyway() throws IOException {
        List<WorkspaceAgent> agents = agents();
        Files.writeString(Files.createDirectories(root.resolve(".agent-studio")).resolve("layout.json"), "not json");

        LiveGraphLayout.Update update = layout.update(root, agents, null, false);

        assertThat(update.problem()).contains("layout.json was ignored");
        assertThat(update.laidOut().boxes()).hasSize(4);
    }
}
