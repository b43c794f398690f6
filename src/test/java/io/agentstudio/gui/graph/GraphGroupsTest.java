package io.agentstudio.gui.graph;

import io.agentstudio.gui.FakeDialogs;
import io.agentstudio.gui.QueuedExecutor;
import io.agentstudio.gui.agentlist.AgentListViewModel;
import io.agentstudio.logic.graph.layout.GroupedView;
import io.agentstudio.logic.graph.layout.Grouping;
import io.agentstudio.logic.graph.layout.NodeBox;
import io.agentstudio.logic.graph.layout.Point;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.GraphNode;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The team view in groups, through the graph's ViewModel without a JavaFX toolkit. */
class GraphGroupsTest {
    @TempDir
    Path root;
    private final QueuedExecutor background = new QueuedExecutor();
    private final QueuedExecutor ui = new QueuedExecutor();
    private GraphViewModel graph;
    private AgentListViewModel list;
    private GraphTestbed bed;

    /** {@code perFolder} agents in each of the folders, each handing work to the next folder's first agent. */
    private void team(int perFolder, String... folders) throws IOException {
        for (int f = 0; f < folders.length; f++) {
            for (int i = 0; i < perFolder; i++) {
                String next = folders[(f + 1) % folders.length] + "-0";
                Path file = Files.createDirectories(root.resolve(".claude/agents").resolve(folders[f])).resolve(folders[f] + "-" + i + ".md");
                Files.writeString(file, "---\nname: " + folders[f] + "-" + i + "\ndescription: Works.\nmodel: " + (i % 2 == 0 ? "opus" : "haiku")
                        + "\n---\n## Delegates to\n- `" + next + "`\n");
            }
        }
        bed = GraphTestbed.open(root, new FakeDialogs(), FXCollections.observableHashMap(), background, ui, 855, 470);
        graph = bed.graph();
        list = bed.list();
    }

    private void finishWork() {
        bed.finishWork();
    }

    private static String group(String folder) {
        return GraphNode.GROUP_PREFIX + ".claude/agents/" + folder;
    }

    @Test
    void aTeamOfMoreThanFiftyInFoldersOpensGroupedByFolderWithReadableNames() throws IOException {
        team(18, "backend", "frontend", "qa");

        assertThat(graph.groups().groupingProperty().get()).isEqualTo(Grouping.FOLDER);
        assertThat(graph.groups().choices()).containsExactly(Grouping.FOLDER, Grouping.byField("model"));
        assertThat(graph.laidOut().boxes()).containsOnlyKeys(group("backend"), group("frontend"), group("qa"));
        assertThat(graph.laidOut().faces().get(group("qa")).model()).isEqualTo("18 agents");
        assertThat(graph.viewport().scale()).as("fitted, at a zoom where names are drawn").isGreaterThanOrEqualTo(GraphRenderer.DETAIL_SCALE);
        GroupedView view = graph.groupedView();
        assertThat(view.laidOut().graph().edges()).anySatisfy(edge -> {
            assertThat(edge.from().id()).isEqualTo(group("backend"));
            assertThat(edge.to().id()).isEqualTo(group("frontend"));
            assertThat(view.count(edge)).as("every backend agent hands work to frontend-0").isEqualTo(18);
        });
    }

    @Test
    void aSmallTeamIsNotGroupedButCanBe() throws IOException {
        team(3, "backend", "qa");

        assertThat(graph.groups().groupingProperty().get()).isNull();
        assertThat(graph.laidOut().boxes()).hasSize(6);

        graph.groups().groupingProperty().set(Grouping.byField("model"));
        finishWork();
        assertThat(graph.laidOut().graph().nodes()).extracting(GraphNode::name).containsExactlyInAnyOrder("opus", "haiku");

        graph.groups().groupingProperty().set(null);
        finishWork();
        assertThat(graph.laidOut().boxes()).hasSize(6);
    }

    @Test
    void doubleClickingAGroupOpensItAroundItsAgentsAndItsTitleClosesIt() throws IOException {
        team(18, "backend", "frontend", "qa");

        graph.open(group("qa"));
        finishWork();

        GroupedView view = graph.groupedView();
        assertThat(view.frames()).singleElement().satisfies(frame -> assertThat(frame.members()).hasSize(18));
        assertThat(graph.laidOut().boxes()).containsKey(".claude/agents/qa/qa-7.md").doesNotContainKey(group("qa"));
        NodeBox frame = view.frames().get(0).box();
        assertThat(graph.viewport().visible().overlaps(frame, 0)).as("the opened group is in view").isTrue();
        assertThat(graph.viewport().scale()).as("at a zoom where names are drawn").isGreaterThanOrEqualTo(GraphRenderer.DETAIL_SCALE);

        graph.toggleGroup(view.frames().get(0).key());
        finishWork();
        assertThat(graph.laidOut().boxes()).containsKey(group("qa"));
    }

    @Test
    void movingANodeOfTheGroupedViewKeepsTheTeamsOwnPlaces() throws IOException {
        team(18, "backend", "frontend", "qa");
        graph.open(group("qa"));
        finishWork();
        Path layout = root.resolve(".agent-studio/layout.json");
        String saved = Files.readString(layout);

        graph.moveNode(".claude/agents/qa/qa-3.md", new Point(5000, 5000));
        graph.nodesMoved();
        finishWork();

        assertThat(graph.groupedView().frames().get(0).box().right()).isGreaterThan(5000);
        assertThat(Files.readString(layout)).isEqualTo(saved);
    }

    @Test
    void anEditKeepsTheGroupingTheOpenGroupsAndTheView() throws IOException {
        team(18, "backend", "frontend", "qa");
        graph.open(group("qa"));
        finishWork();
        double scale = graph.viewport().scale();

        Files.writeString(root.resolve(".claude/agents/qa/qa-20.md"), "---\nname: qa-20\ndescription: New.\n---\nTests.\n");
        list.show(WorkspaceLoader.load(root).agents());
        finishWork();

        assertThat(graph.groupedView().frames()).singleElement().satisfies(frame -> assertThat(frame.members()).hasSize(19));
        assertThat(graph.viewport().scale()).isEqualTo(scale);
    }

    @Test
    void whenTheViewNarrowsTheGroupsAreLaidOutInNarrowerRows() throws IOException {
        team(11, "api", "web", "qa", "ops", "data", "docs");
        NodeBox wide = graph.laidOut().bounds().orElseThrow();

        graph.viewport().widthProperty().set(400);
        graph.viewport().heightProperty().set(700);
        finishWork();

        NodeBox narrow = graph.laidOut().bounds().orElseThrow();
        assertThat(narrow.width() / narrow.height()).isLessThan(wide.width() / wide.height() / 2);
        assertThat(graph.viewport().scale()).as("fitted again").isEqualTo(graph.viewport().fitScale(narrow));
    }

    @Test
    void findingAnAgentOfAClosedGroupOpensItWithTheAgentSelected() throws IOException {
        team(18, "backend", "frontend", "qa");

        graph.searchProperty().set("qa-12");
        graph.findNext();
        finishWork();

        assertThat(graph.groupedView().frames()).singleElement().satisfies(frame -> assertThat(frame.label()).isEqualTo("qa"));
        assertThat(graph.selectedNodeProperty().get()).isEqualTo(".claude/agents/qa/qa-12.md");
        NodeBox found = graph.laidOut().boxes().get(".claude/agents/qa/qa-12.md");
        assertThat(graph.viewport().visible().contains(found.centerX(), found.centerY())).as("and in view").isTrue();
    }
}
