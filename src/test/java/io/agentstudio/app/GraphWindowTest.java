package io.agentstudio.app;

import io.agentstudio.testing.GuiTest;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.graph.GraphHits;
import io.agentstudio.gui.graph.GraphViewModel;
import io.agentstudio.gui.graph.Viewport;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.logic.graph.layout.EdgeCurve;
import io.agentstudio.logic.graph.layout.LaidOutGraph;
import io.agentstudio.logic.graph.layout.NodeBox;
import io.agentstudio.logic.graph.layout.Point;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.testing.LineDiff;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The graph canvas acceptance, headless, on the sample workspace with the real dialogs: a link dragged from one
 * node's handle onto another adds one item to the source file on save; deleting that edge gives the original bytes
 * back; a dragged node is where it was left when the workspace is opened again.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class GraphWindowTest {
    private static final String PLANNER = ".claude/agents/planner.md";
    private static final String DOCS_WRITER = ".claude/agents/docs-writer.md";
    @TempDir
    static Path home;
    private CompositionRoot studio;
    private Path root;

    @Start
    void start(Stage stage) throws IOException {
        // Each test lays the graph out afresh: a node another test dragged would move the edges this one clicks on.
        if (Files.isDirectory(home)) {
            try (Stream<Path> files = Files.walk(home)) {
                for (Path layout : files.filter(file -> file.endsWith(".agent-studio/layout.json")).toList()) {
                    Files.delete(layout);
                }
            }
        }
        studio = HeadlessStudio.start(stage, home);
    }

    @BeforeEach
    void showTheGraph(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        root = window().currentProperty().get().root();
        // The problems pane's room goes to the canvas, so that at "fit all" an edge has clear points to click on.
        robot.interact(() -> window().preferences().problemsShownProperty().set(false));
        // The studio remembers an open canvas; each test starts with it closed, as at a first start, and opens it.
        robot.interact(() -> window().preferences().graphShownProperty().set(false));
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.G);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> graph().laidOut().graph().agents().size() == 10 && !graph().busyProperty().get());
        robot.interact(graph()::fitAll);
    }

    @AfterEach
    void tearDown() throws Exception {
        HeadlessStudio.stop(studio);
    }

    private MainWindowViewModel window() {
        return studio.mainWindow();
    }

    private GraphViewModel graph() {
        return window().graph();
    }

    @Test
    void aDrawnLinkIsSavedAsOneNewItemAndDeletingItGivesTheOriginalBytesBack(FxRobot robot) throws Exception {
        Path planner = root.resolve(PLANNER);
        byte[] original = Files.readAllBytes(planner);
        NodeBox from = box(PLANNER);
        NodeBox to = box(DOCS_WRITER);

        robot.moveTo(onScreen(robot, from.right(), from.centerY())).press(MouseButton.PRIMARY)
                .moveTo(onScreen(robot, to.centerX(), to.centerY())).release(MouseButton.PRIMARY);
        TextField note = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.clickOn(note).write("release notes for every feature");
        robot.clickOn("OK");
        AgentEditorViewModel editor = awaitTab(planner);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, editor::isDirty);
        save(robot, editor);

        String saved = Files.readString(planner);
        LineDiff diff = LineDiff.between(new String(original), saved);
        assertThat(diff.originalTo() - diff.originalFrom()).as("no line changed or removed").isZero();
        assertThat(LineDiff.lines(saved).subList(diff.updatedFrom(), diff.updatedTo()))
                .containsExactly("- **Docs Writer** - release notes for every feature\n");

        GraphEdge link = awaitEdge(robot);
        robot.clickOn(onScreen(robot, pointOn(link)));
        assertThat(graph().selectedEdgeProperty().get()).isEqualTo(link);
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, editor::isDirty);
        save(robot, editor);

        assertThat(Files.readAllBytes(planner)).isEqualTo(original);
    }

    @Test
    void theViewMenuFocusesOnTheSelectedAgentAndShutsTheAnalysesPanel(FxRobot robot) {
        robot.interact(() -> graph().selectNode(PLANNER));
        robot.clickOn("View").clickOn("Focus on Selected Agent (F in the graph)");
        assertThat(graph().focusedNodeProperty().get()).isEqualTo(PLANNER);
        robot.clickOn("View").clickOn("Focus on Selected Agent (F in the graph)");
        assertThat(graph().focusedNodeProperty().get()).isNull();

        boolean open = graph().analysesPanel().openProperty().get();
        assertThat(robot.lookup("#graph-analyses-panel").query().isVisible()).isEqualTo(open);
        robot.clickOn("View").clickOn("Analyses Panel");
        assertThat(graph().analysesPanel().openProperty().get()).isEqualTo(!open);
        assertThat(robot.lookup("#graph-analyses-panel").query().isVisible()).isEqualTo(!open);
    }

    @Test
    void aDraggedNodeIsWhereItWasLeftWhenTheWorkspaceOpensAgain(FxRobot robot) throws Exception {
        NodeBox before = box(DOCS_WRITER);
        robot.drag(onScreen(robot, before.centerX(), before.centerY()), MouseButton.PRIMARY).moveBy(60, 35).drop();
        NodeBox moved = box(DOCS_WRITER);
        assertThat(moved.x()).isNotEqualTo(before.x());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(root.resolve(".agent-studio/layout.json"))
                && Files.readString(root.resolve(".agent-studio/layout.json")).contains(String.valueOf(Math.round(moved.x() * 10) / 10.0)));

        robot.interact(() -> window().openFolder(root));
        HeadlessStudio.awaitWorkspace(studio);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !graph().busyProperty().get() && graph().laidOut().graph().agents().size() == 10);

        NodeBox again = box(DOCS_WRITER);
        assertThat(again.x()).isCloseTo(moved.x(), within(0.06));
        assertThat(again.y()).isCloseTo(moved.y(), within(0.06));
    }

    @Test
    void selectingANodeSelectsTheAgentAndOpeningAnAgentMarksItsNode(FxRobot robot) {
        NodeBox docs = box(DOCS_WRITER);
        robot.clickOn(onScreen(robot, docs.centerX(), docs.centerY()));
        assertThat(window().agentList().selectedProperty().get().name()).isEqualTo("docs-writer");

        robot.doubleClickOn(onScreen(robot, docs.centerX(), docs.centerY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window().tabs().selectedProperty().get().titleProperty().get()).isEqualTo("docs-writer");
        assertThat(graph().openedNodeProperty().get()).isEqualTo(DOCS_WRITER);
    }

    @Test
    void doubleClickingAnEdgeOpensTheFileThatSaysItWithTheCaretOnItsLine(FxRobot robot) throws Exception {
        GraphEdge edge = graph().laidOut().graph().edges().stream().filter(e -> e.kind() == EdgeKind.DELEGATES
                && clearPoint(e).isPresent()).findFirst().orElseThrow();

        robot.doubleClickOn(onScreen(robot, pointOn(edge)));

        AgentEditorViewModel editor = awaitTab(root.resolve(edge.sources().get(0).file()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor.caretLineProperty().get() == edge.sources().get(0).nameLine());
        assertThat(window().tabs().selectedProperty().get()).isSameAs(editor);
    }

    private NodeBox box(String id) {
        return graph().laidOut().boxes().get(id);
    }

    private Point2D onScreen(FxRobot robot, Point drawing) {
        return onScreen(robot, drawing.x(), drawing.y());
    }

    private Point2D onScreen(FxRobot robot, double x, double y) {
        Canvas canvas = robot.lookup("#graph-canvas").queryAs(Canvas.class);
        Viewport viewport = graph().viewport();
        return canvas.localToScreen(viewport.toScreenX(x), viewport.toScreenY(y));
    }

    private AgentEditorViewModel awaitTab(Path file) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window().tabs().editorOf(file).isPresent());
        return window().tabs().editorOf(file).orElseThrow();
    }

    private void save(FxRobot robot, AgentEditorViewModel editor) throws Exception {
        robot.interact(() -> window().tabs().selectedProperty().set(editor));
        robot.push(KeyCode.SHORTCUT, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !editor.isDirty() && !editor.savingProperty().get());
    }

    private GraphEdge awaitEdge(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> edge().isPresent() && !graph().busyProperty().get());
        return edge().orElseThrow();
    }

    private Optional<GraphEdge> edge() {
        return graph().laidOut().graph().edges().stream().filter(e -> e.kind() == EdgeKind.DELEGATES
                && e.from().id().equals(PLANNER) && e.to().id().equals(DOCS_WRITER)).findFirst();
    }

    private Point pointOn(GraphEdge edge) {
        return clearPoint(edge).orElseThrow(() -> new AssertionError("no point of the edge is clear of the nodes and the other edges"));
    }

    /** A point of the edge away from the nodes and their link handles, where only this edge is under the mouse. */
    private Optional<Point> clearPoint(GraphEdge edge) {
        LaidOutGraph laidOut = graph().laidOut();
        EdgeCurve curve = laidOut.curve(edge);
        double pixel = 1 / graph().viewport().scale();
        for (int i = 1; i < 40; i++) {
            Point at = curve.at(i / 40.0);
            boolean clear = laidOut.boxes().values().stream().noneMatch(b -> b.overlaps(new NodeBox(at.x(), at.y(), 0, 0), 3 * pixel))
                    && GraphHits.handleAt(laidOut, at.x(), at.y(), 4 * pixel).isEmpty()
                    && laidOut.graph().edges().stream().filter(other -> !other.equals(edge))
                            .allMatch(other -> laidOut.curve(other).distanceTo(at.x(), at.y()) > 8 * pixel);
            if (clear) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }
}
