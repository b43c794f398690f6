package io.agentstudio.gui.graph;

import io.agentstudio.gui.FakeDialogs;
import io.agentstudio.gui.QueuedExecutor;
import io.agentstudio.testing.SkillsTeam;
import io.agentstudio.gui.agentlist.AgentListViewModel;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Skills as the graph's second kind of node, without a JavaFX toolkit: the skills-team fixture in a temporary folder. */
class SkillNodesTest {
    static final String TEST_PATTERNS = "skill:.claude/skills/test-patterns/SKILL.md";
    static final String CODE_REVIEW = "skill:.claude/skills/code-review/SKILL.md";

    @TempDir
    Path root;
    final FakeDialogs dialogs = new FakeDialogs();
    GraphTestbed bed;
    EditorTabsViewModel tabs;
    AgentListViewModel list;
    GraphViewModel graph;

    @BeforeEach
    void team() throws IOException {
        SkillsTeam.copyTo(root);
        bed = GraphTestbed.open(root, dialogs, FXCollections.observableHashMap(), new QueuedExecutor(), new QueuedExecutor(), 1200, 700);
        tabs = bed.tabs();
        list = bed.list();
        graph = bed.graph();
    }

    void finishWork() {
        bed.finishWork();
    }

    static String agent(String name) {
        return ".claude/agents/" + name + ".md";
    }

    GraphEdge edge(String from, String to, EdgeKind kind) {
        return graph.laidOut().graph().edges().stream().filter(e -> e.from().name().equals(from) && e.to().name().equals(to)
                && e.kind() == kind).findFirst().orElseThrow(() -> new AssertionError("no edge " + from + " " + kind.id() + " " + to));
    }

    @Test
    void aSkillIsLaidOutRightOfTheAgentsThatPreloadIt() {
        assertThat(graph.laidOut().graph().edges()).filteredOn(e -> e.kind() == EdgeKind.PRELOADS).allSatisfy(edge ->
                assertThat(graph.laidOut().boxes().get(edge.from().id()).right())
                        .as(edge.from().name() + " preloads " + edge.to().name())
                        .isLessThan(graph.laidOut().boxes().get(edge.to().id()).x()));
    }

    @Test
    void aWorkspaceWithSkillsShowsThemAsNodesWithPreloadAndRunsAsEdges() {
        assertThat(graph.skillsShownProperty().get()).as("on by default when the workspace has skills").isTrue();
        assertThat(graph.laidOut().graph().nodes()).filteredOn(GraphNode::isSkill).filteredOn(node -> !node.isGhost())
                .extracting(GraphNode::name).containsExactlyInAnyOrder("api-conventions", "code-review", "deploy", "pdf-forms",
                        "security-scan", "test-patterns");
        assertThat(graph.laidOut().graph().edges()).filteredOn(e -> e.kind() == EdgeKind.PRELOADS).hasSize(10);
        assertThat(edge("backend-developer", "test-patterns", EdgeKind.PRELOADS).sources().get(0).nameLine()).isEqualTo(8);
        assertThat(edge("code-review", "code-reviewer", EdgeKind.RUNS_AS).from().id()).isEqualTo(CODE_REVIEW);
        assertThat(graph.laidOut().faces().get(TEST_PATTERNS).model()).isEqualTo("skill");
    }

    @Test
    void namesThatResolveToNothingAreGhosts() {
        GraphNode missingSkill = edge("docs-writer", "changelog-style", EdgeKind.PRELOADS).to();
        assertThat(missingSkill.isSkill()).isTrue();
        assertThat(missingSkill.isGhost()).isTrue();
        GraphNode missingAgent = edge("security-scan", "security-auditor-v2", EdgeKind.RUNS_AS).to();
        assertThat(missingAgent.isGhost()).isTrue();
        assertThat(missingAgent.isSkill()).isFalse();
        assertThat(graph.analysis().unreferenced()).as("the analyses look at the agents only").noneMatch(GraphNode::isSkill);
    }

    @Test
    void theLegendsToggleTakesTheSkillsAwayAndBack() {
        graph.skillsShownProperty().set(false);
        finishWork();
        assertThat(graph.laidOut().graph().nodes()).noneMatch(GraphNode::isSkill);
        assertThat(graph.laidOut().graph().edges()).noneMatch(e -> e.kind() == EdgeKind.PRELOADS || e.kind() == EdgeKind.RUNS_AS);

        graph.skillsShownProperty().set(true);
        finishWork();
        assertThat(graph.laidOut().boxes()).containsKey(TEST_PATTERNS);
    }

    @Test
    void selectingAndOpeningASkillNode() {
        graph.selectNode(TEST_PATTERNS);
        assertThat(list.selectedProperty().get().name()).isEqualTo("test-patterns");
        list.select(root.resolve(agent("tech-lead")));
        list.select(root.resolve(".claude/skills/code-review/SKILL.md"));
        assertThat(graph.selectedNodeProperty().get()).isEqualTo(CODE_REVIEW);

        graph.open(CODE_REVIEW);
        assertThat(tabs.selectedProperty().get().path()).isEqualTo(root.resolve(".claude/skills/code-review/SKILL.md"));
        assertThat(graph.openedNodeProperty().get()).isEqualTo(CODE_REVIEW);
    }

    @Test
    void drawingFromAnAgentOntoASkillAddsItToSkillsAsAnUnsavedUndoableEdit() throws IOException {
        Path tester = root.resolve(agent("test-engineer"));
        String before = Files.readString(tester);

        graph.edits().link(agent("test-engineer"), "skill:.claude/skills/api-conventions/SKILL.md");
        finishWork();

        AgentEditorViewModel editor = tabs.editorOf(tester).orElseThrow();
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.document().text()).isEqualTo(before.replace("  - test-patterns\n", "  - test-patterns\n  - api-conventions\n"));
        assertThat(Files.readString(tester)).as("nothing written before Save").isEqualTo(before);
        assertThat(edge("test-engineer", "api-conventions", EdgeKind.PRELOADS)).isNotNull();
        assertThat(graph.messageProperty().get()).contains("unsaved");

        tabs.commands().undo(null).join();
        finishWork();
        assertThat(editor.document().text()).isEqualTo(before);
        assertThat(graph.laidOut().graph().edges()).noneMatch(e -> e.kind() == EdgeKind.PRELOADS
                && e.from().name().equals("test-engineer") && e.to().name().equals("api-conventions"));
    }

    @Test
    void drawingOntoASkillTheAgentPreloadsAlreadyChangesNothing() {
        graph.edits().link(agent("test-engineer"), TEST_PATTERNS);
        finishWork();
        assertThat(tabs.editors()).isEmpty();
        assertThat(graph.messageProperty().get()).contains("already");
    }

    @Test
    void deletingAPreloadEdgeTakesTheEntryOutOfSkills() throws IOException {
        Path backend = root.resolve(agent("backend-developer"));
        String before = Files.readString(backend);
        graph.edits().deleteEdge(edge("backend-developer", "api-conventions", EdgeKind.PRELOADS));
        finishWork();
        assertThat(tabs.editorOf(backend).orElseThrow().document().text()).isEqualTo(before.replace("  - api-conventions\n", ""));
    }
}
