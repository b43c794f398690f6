package io.agentstudio.logic.graph.layout;

import io.agentstudio.logic.workspace.StudioStateDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutFileTest {
    @TempDir
    Path root;

    private StudioStateDirectory state() {
        return new StudioStateDirectory(root);
    }

    @Test
    void placesComeBackAsTheyWereWritten() throws IOException {
        Map<String, Point> places = Map.of(".claude/agents/planner.md", new Point(40, 112.5), "ghost:data-engineer", new Point(-20.26, 7));

        LayoutFile.write(state(), places);
        LayoutFile.Read read = LayoutFile.read(state());

        assertThat(read.problem()).isEmpty();
        assertThat(read.positions()).containsEntry(".claude/agents/planner.md", new Point(40, 112.5))
                .containsEntry("ghost:data-engineer", new Point(-20.3, 7));
        assertThat(Files.readString(root.resolve(".agent-studio/layout.json")))
                .startsWith("{\n  \"version\" : 1,\n  \"nodes\" : {\n    \".claude/agents/planner.md\"");
    }

    @Test
    void noFileMeansNoPlacesAndNothingToReport() {
        LayoutFile.Read read = LayoutFile.read(state());
        assertThat(read.positions()).isEmpty();
        assertThat(read.problem()).isEmpty();
        assertThat(root.resolve(".agent-studio")).doesNotExist();
    }

    @Test
    void aCorruptFileIsReportedInOneLineAndIgnored() throws IOException {
        Files.createDirectories(root.resolve(".agent-studio"));
        Files.writeString(root.resolve(".agent-studio/layout.json"), "{\"nodes\": {\"a.md\": {\"x\": 1,");

        LayoutFile.Read read = LayoutFile.read(state());

        assertThat(read.positions()).isEmpty();
        assertThat(read.problem()).startsWith(".agent-studio/layout.json was ignored: it is not valid JSON (line 1")
                .endsWith("the graph is laid out afresh.").doesNotContain("\n");
    }

    @Test
    void aPlaceThatIsNotTwoNumbersMakesTheFileIgnored() throws IOException {
        Files.createDirectories(root.resolve(".agent-studio"));
        Files.writeString(root.resolve(".agent-studio/layout.json"), "{\"nodes\": {\"a.md\": {\"x\": \"left\", \"y\": 2}}}");

        LayoutFile.Read read = LayoutFile.read(state());

        assertThat(read.positions()).isEmpty();
        assertThat(read.problem()).contains("the place of a.md is not two numbers x and y");
    }
}
