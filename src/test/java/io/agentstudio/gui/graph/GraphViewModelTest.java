package io.agentstudio.gui.graph;

import io.agentstudio.gui.FakeDialogs;
import io.agentstudio.gui.QueuedExecutor;
import io.agentstudio.gui.agentlist.AgentListViewModel;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.CommandStack;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.graph.GraphFormat;
import io.agentstudio.logic.graph.layout.LayoutFile;
import io.agentstudio.logic.graph.layout.NodeBox;
import io.agentstudio.logic.graph.layout.Point;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.logic.workspace.StudioStateDirectory;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.Severity;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The graph canvas's ViewModel without a JavaFX toolkit: a temporary workspace, queued background and UI work. */
class GraphViewModelTest {
    static final String LEAD = "---\nname: tech-lead\ndescription: Leads the team.\n---\nYou lead.\n\n## Handoffs\n"
            + "- `backend-dev`: writes the code\n\nCheck the plan first.\n";
    static final String CODER = "---\nname: backend-dev\ndescription: Writes code.\n---\nYou write code.\nThe test-engineer writes the tests.\n";
    static final String TESTER = "---\nname: test-engineer\ndescription: Tests code.\n---\nYou test code.\n";

    @TempDir
    Path root;
    final QueuedExecutor background = new QueuedExecutor();
    final QueuedExecutor ui = new QueuedExecutor();
    final FakeDialogs dialogs = new FakeDialogs();
    final ObservableMap<Path, Severity> severities = FXCollections.observableHashMap();
    EditorTabsViewModel tabs;
    AgentListViewModel list;
    GraphViewModel graph;

    @BeforeEach
    void workspace() throws IOException {
        Path agents = Files.createDirectories(root.resolve(".claude/agents"));
        Files.writeString(agents.resolve("tech-lead.md"), LEAD);
        Files.writeString(agents.resolve("backend-dev.md"), CODER);
        Files.writeString(agents.resolve("test-engineer.md"), TESTER);
        open();
    }

    /** The window as it is after (re)opening the workspace, with the graph shown. */
    void open() throws IOException {
        GraphTestbed bed = GraphTestbed.open(root, dialogs, severities, background, ui, 800, 500);
        tabs = bed.tabs();
        list = bed.list();
        graph = bed.graph();
    }

    void finishWork() {
        while (background.pending() > 0 || ui.pending() > 0) {
            background.runAll();
            ui.runAll();
        }
    }

    static String id(String name) {
        return ".claude/agents/" + name + ".md";
    }

    Path file(String name) {
        return root.resolve(id(name));
    }

    GraphEdge edge(String from, String to, EdgeKind kind) {
        return graph.laidOut().graph().edges().stream().filter(e -> e.from().name().equals(from) && e.to().name().equals(to)
                && e.kind() == kind).findFirst().orElseThrow(() -> new AssertionError("no edge " + from + " " + kind.id() + " " + to));
    }

    @Test
    void theGraphIsOnlyBuiltWhileShown() throws IOException {
        tabs = new EditorTabsViewModel(Catalogs.load(), new AgentFileStore(), dialogs, background, ui, new CommandStack(() -> 0L));
        list = new AgentListViewModel(tabs.dirtyPaths());
        tabs.useListedAgents(list::agent);
        graph = new GraphViewModel(list, tabs, null, dialogs, () -> root, severities, background, ui);
        list.show(WorkspaceLoader.load(root).agents());

        assertThat(background.pending()).isZero();
        graph.shownProperty().set(true);
        finishWork();

        assertThat(graph.laidOut().boxes()).containsOnlyKeys(id("tech-lead"), id("backend-dev"), id("test-engineer"));
        assertThat(edge("tech-lead", "backend-dev", EdgeKind.DELEGATES).sources()).hasSize(1);
        assertThat(edge("backend-dev", "test-engineer", EdgeKind.MENTIONS).sources()).hasSize(1);
    }

    @Test
    void selectionIsSharedWithTheAgentListBothWays() {
        graph.selectNode(id("backend-dev"));
        assertThat(list.selectedProperty().get().name()).isEqualTo("backend-dev");

        list.select(file("test-engineer"));
        assertThat(graph.selectedNodeProperty().get()).isEqualTo(id("test-engineer"));
    }

    @Test
    void theSameAgentReadAgainFromDiskKeepsTheSelectedEdge() {
        list.select(file("tech-lead"));
        GraphEdge edge = edge("tech-lead", "backend-dev", EdgeKind.DELEGATES);
        graph.selectEdge(edge);

        list.put(list.agents().stream().filter(a -> a.name().equals("tech-lead")).findFirst().orElseThrow());
        finishWork();

        assertThat(graph.selectedEdgeProperty().get()).isEqualTo(edge);
    }

    @Test
    void openingAnAgentMarksItsNode() {
        tabs.open(list.agents().stream().filter(a -> a.name().equals("tech-lead")).findFirst().orElseThrow());
        assertThat(graph.openedNodeProperty().get()).isEqualTo(id("tech-lead"));

        graph.open(id("backend-dev"));
        assertThat(tabs.selectedProperty().get().path()).isEqualTo(file("backend-dev"));
        assertThat(graph.openedNodeProperty().get()).isEqualTo(id("backend-dev"));
    }

    @Test
    void aDrawnLinkIsOneUndoableEditInTheSourceAgentsTabAndReachesTheDiskOnlyOnSave() throws IOException {
        dialogs.text = Optional.of("runs the tests");

        graph.edits().link(id("tech-lead"), id("test-engineer"));
        finishWork();

        AgentEditorViewModel lead = tabs.editorOf(file("tech-lead")).orElseThrow();
        assertThat(lead.isDirty()).isTrue();
        assertThat(lead.document().text()).isEqualTo(LEAD.replace("the code\n", "the code\n- `test-engineer`: runs the tests\n"));
        assertThat(Files.readString(file("tech-lead"))).isEqualTo(LEAD);
        assertThat(edge("tech-lead", "test-engineer", EdgeKind.DELEGATES)).isNotNull();
        assertThat(graph.messageProperty().get()).startsWith("tech-lead now delegates to test-engineer");

        lead.undo();
        finishWork();
        assertThat(lead.document().text()).isEqualTo(LEAD);
        assertThat(graph.laidOut().graph().edges()).noneMatch(e -> e.to().name().equals("test-engineer") && e.from().name().equals("tech-lead"));
        assertThat(graph.messageProperty().get()).as("no notice of an unsaved edit that was undone").isEmpty();
    }

    @Test
    void theNoticeThatALinkIsUnsavedGoesWhenItIsSaved() {
        dialogs.text = Optional.of("runs the tests");
        graph.edits().link(id("tech-lead"), id("test-engineer"));
        finishWork();
        assertThat(graph.messageProperty().get()).contains("unsaved");

        tabs.editorOf(file("tech-lead")).orElseThrow().save();
        finishWork();

        assertThat(graph.messageProperty().get()).isEmpty();
    }

    @Test
    void cancellingTheNoteDrawsNothing() {
        dialogs.text = Optional.empty();
        graph.edits().link(id("tech-lead"), id("test-engineer"));
        finishWork();
        assertThat(tabs.editors()).isEmpty();
    }

    @Test
    void deletingADelegationTakesItsItemOut() {
        graph.edits().deleteEdge(edge("tech-lead", "backend-dev", EdgeKind.DELEGATES));
        finishWork();

        AgentEditorViewModel lead = tabs.editorOf(file("tech-lead")).orElseThrow();
        assertThat(lead.document().text()).isEqualTo(LEAD.replace("- `backend-dev`: writes the code\n", ""));
        assertThat(lead.isDirty()).isTrue();
    }

    @Test
    void deletingAMentionSaysItNeedsAHandEditAndOffersToOpenTheLine() {
        dialogs.confirmation = true;

        graph.edits().deleteEdge(edge("backend-dev", "test-engineer", EdgeKind.MENTIONS));
        finishWork();

        assertThat(dialogs.asked).anySatisfy(question -> assertThat(question)
                .startsWith(".claude/agents/backend-dev.md:6: backend-dev mentions test-engineer in running text"));
        AgentEditorViewModel coder = tabs.selectedProperty().get();
        assertThat(coder.path()).isEqualTo(file("backend-dev"));
        assertThat(coder.lineRequestProperty().get().line()).isEqualTo(6);
        assertThat(coder.isDirty()).isFalse();
    }

    @Test
    void aMovedNodeIsKeptInTheLayoutFileAndIsThereWhenTheWorkspaceOpensAgain() throws IOException {
        graph.moveNode(id("backend-dev"), new Point(900, -300));
        graph.nodesMoved();
        finishWork();

        assertThat(LayoutFile.read(new StudioStateDirectory(root)).positions()).containsEntry(id("backend-dev"), new Point(900, -300));
        open();
        NodeBox coder = graph.laidOut().boxes().get(id("backend-dev"));
        assertThat(new Point(coder.x(), coder.y())).isEqualTo(new Point(900, -300));
    }

    @Test
    void aCorruptLayoutFileIsSaidAndTheGraphIsStillDrawn() throws IOException {
        Files.writeString(Files.createDirectories(root.resolve(".agent-studio")).resolve("layout.json"), "{{");
        open();
        assertThat(graph.messageProperty().get()).contains("layout.json was ignored");
        assertThat(graph.laidOut().boxes()).hasSize(3);
    }

    @Test
    void aLinkDroppedOnEmptySpaceCreatesAnAgentThereAndLinksToIt() throws IOException {
        dialogs.confirmation = true;
        dialogs.texts.add("code-reviewer");
        dialogs.texts.add("reviews every change");

        graph.edits().linkToNewAgent(id("tech-lead"), new Point(700, 400));
        finishWork();

        assertThat(file("code-reviewer")).exists();
        assertThat(tabs.editorOf(file("tech-lead")).orElseThrow().document().text()).contains("- `code-reviewer`: reviews every change\n");
        NodeBox reviewer = graph.laidOut().boxes().get(id("code-reviewer"));
        assertThat(new Point(reviewer.x(), reviewer.y())).isEqualTo(new Point(700, 400));
        assertThat(edge("tech-lead", "code-reviewer", EdgeKind.DELEGATES)).isNotNull();
    }

    @Test
    void theSearchJumpsToTheNextAgentWhoseNameMatches() {
        graph.selectNode(null);
        graph.searchProperty().set("EN");
        graph.findNext();
        assertThat(graph.selectedNodeProperty().get()).isEqualTo(id("backend-dev"));
        graph.findNext();
        assertThat(graph.selectedNodeProperty().get()).isEqualTo(id("test-engineer"));
        graph.findNext();
        assertThat(graph.selectedNodeProperty().get()).isEqualTo(id("backend-dev"));
        assertThat(graph.viewport().scale()).isGreaterThanOrEqualTo(Viewport.READABLE);
    }

    @Test
    void badgesFollowTheWorstSeverityOfEachFile() {
        severities.put(file("backend-dev"), Severity.WARNING);
        assertThat(graph.severity(id("backend-dev"))).contains(Severity.WARNING);
        assertThat(graph.severity(id("tech-lead"))).isEmpty();
    }

    @Test
    void hiddenKindsAreLeftOutOfTheTextExports() throws IOException {
        Path mermaid = root.resolve("graph.mmd");
        dialogs.saveFile = Optional.of(mermaid);
        graph.kindShownProperty(EdgeKind.MENTIONS).set(false);

        graph.exports().exportText(GraphFormat.MERMAID);
        finishWork();

        assertThat(dialogs.offeredExtensions).containsExactly("mmd");
        assertThat(Files.readString(mermaid)).startsWith("flowchart LR\n").containsPattern("n\\d --> n\\d")
                .doesNotContainPattern("n\\d -\\.-> n\\d");
    }

    @Test
    void theSvgExportIsThePictureOfTheGraph() throws IOException {
        Path svg = root.resolve("graph.svg");
        dialogs.saveFile = Optional.of(svg);

        graph.exports().exportPicture();
        finishWork();

        assertThat(dialogs.offeredExtensions).containsExactly("png", "svg");
        assertThat(Files.readString(svg)).startsWith("<svg").contains(">tech-lead<", ">backend-dev<", ">test-engineer<", "edge delegates",
                "edge mentions");
    }

    @Test
    void focusShowsOnlyTheSelectedAgentsNeighbourhoodLaidOutOnItsOwnAndEscapeReturnsToTheTeamKeepingTheSelection() {
        NodeBox leadInTeam = graph.laidOut().boxes().get(id("tech-lead"));
        graph.selectNode(id("tech-lead"));

        graph.toggleFocus();

        assertThat(graph.focusedNodeProperty().get()).isEqualTo(id("tech-lead"));
        assertThat(graph.laidOut().boxes()).containsOnlyKeys(id("tech-lead"), id("backend-dev"));
        assertThat(graph.laidOut().graph().edges()).extracting(e -> e.from().name() + ">" + e.to().name()).containsExactly("tech-lead>backend-dev");
        // Left to right: who hands work on sits left of whom it hands work to.
        assertThat(graph.laidOut().boxes().get(id("tech-lead")).right()).isLessThan(graph.laidOut().boxes().get(id("backend-dev")).x());
        assertThat(graph.messageProperty().get()).contains("Focus on tech-lead", "1 agent within 1 hop");

        graph.escape();

        assertThat(graph.focusedNodeProperty().get()).isNull();
        assertThat(graph.selectedNodeProperty().get()).isEqualTo(id("tech-lead"));
        assertThat(graph.laidOut().boxes()).hasSize(3).containsEntry(id("tech-lead"), leadInTeam);
        assertThat(graph.messageProperty().get()).isEmpty();
        graph.escape();
        assertThat(graph.selectedNodeProperty().get()).isNull();
    }

    @Test
    void twoHopsReachFurtherAndHiddenKindsAreNotFollowed() {
        graph.selectNode(id("tech-lead"));
        graph.toggleFocus();

        graph.focusHopsProperty().set(2);
        assertThat(graph.laidOut().boxes()).containsOnlyKeys(id("tech-lead"), id("backend-dev"), id("test-engineer"));

        graph.kindShownProperty(EdgeKind.MENTIONS).set(false);
        assertThat(graph.laidOut().boxes()).containsOnlyKeys(id("tech-lead"), id("backend-dev"));
    }

    @Test
    void selectingAnotherNodeWhileFocusedFocusesOnItAndTheToggleReturns() {
        graph.selectNode(id("tech-lead"));
        graph.toggleFocus();

        graph.selectNode(id("backend-dev"));
        assertThat(graph.focusedNodeProperty().get()).isEqualTo(id("backend-dev"));
        assertThat(graph.laidOut().boxes()).containsOnlyKeys(id("tech-lead"), id("backend-dev"), id("test-engineer"));

        list.select(file("test-engineer"));
        assertThat(graph.focusedNodeProperty().get()).isEqualTo(id("test-engineer"));
        assertThat(graph.laidOut().boxes()).containsOnlyKeys(id("backend-dev"), id("test-engineer"));

        graph.toggleFocus();
        assertThat(graph.focusedNodeProperty().get()).isNull();
        assertThat(graph.selectedNodeProperty().get()).isEqualTo(id("test-engineer"));
        assertThat(graph.laidOut().boxes()).hasSize(3);
    }

    @Test
    void nodesMovedInTheFocusViewLeaveTheTeamsPlacesAlone() {
        NodeBox coderInTeam = graph.laidOut().boxes().get(id("backend-dev"));
        graph.selectNode(id("tech-lead"));
        graph.toggleFocus();

        graph.moveNode(id("backend-dev"), new Point(900, -300));
        graph.nodesMoved();
        finishWork();

        assertThat(graph.laidOut().boxes().get(id("backend-dev")).x()).isEqualTo(900);
        graph.toggleFocus();
        assertThat(graph.laidOut().boxes().get(id("backend-dev"))).isEqualTo(coderInTeam);
    }

    @Test
    void focusWithoutASelectionSaysWhatItNeeds() {
        graph.selectNode(null);

        graph.toggleFocus();

        assertThat(graph.focusedNodeProperty().get()).isNull();
        assertThat(graph.laidOut().boxes()).hasSize(3);
        assertThat(graph.messageProperty().get()).contains("Select an agent");
    }

    @Test
    void theFocusFollowsEditsAndLeavesAnAgentThatIsGone() throws IOException {
        graph.selectNode(id("test-engineer"));
        graph.toggleFocus();

        Files.delete(file("test-engineer"));
        list.show(WorkspaceLoader.load(root).agents());
        finishWork();

        // The list selects another agent, and the focus follows it; the deleted one is a ghost now.
        assertThat(graph.focusedNodeProperty().get()).isNotEqualTo(id("test-engineer"));
        assertThat(graph.laidOut().boxes()).doesNotContainKey(id("test-engineer"));
        if (graph.focusedNodeProperty().get() != null) {
            assertThat(graph.laidOut().boxes()).containsKey(graph.focusedNodeProperty().get());
        }
    }
}
