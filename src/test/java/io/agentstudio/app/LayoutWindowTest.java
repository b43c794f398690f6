package io.agentstudio.app;

import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.testing.GuiTest;
import io.agentstudio.testing.OnUiThread;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
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

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window at a laptop's 1280x800: the team graph is a main view of its own beside the list (not a strip under
 * the tabs), an agent opened from the list brings its editor back, and the problems pane collapses to the counts in
 * the status bar and comes back from them.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class LayoutWindowTest {
    @TempDir
    static Path home;
    private CompositionRoot studio;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        studio = HeadlessStudio.start(stage, home);
    }

    @BeforeEach
    void atTheDefaultSize(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            // The tests share one home, so the settings a test leaves are the next one's start.
            studio.mainWindow().preferences().previewShownProperty().set(false);
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        HeadlessStudio.stop(studio);
    }

    @Test
    void theTeamGraphTakesTheWholeMainViewAndAnAgentOpenedFromTheListBringsItsEditorBack(FxRobot robot) throws Exception {
        MainWindowViewModel window = studio.mainWindow();
        robot.clickOn("#perspective-graph");
        OnUiThread.waitFor(20, () -> robot.lookup("#graph-canvas").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        Bounds graph = screenBounds(robot.lookup("#graph-panel").query());
        Bounds mainView = screenBounds(robot.lookup("#main-view").query());
        assertThat(graph.getWidth()).isEqualTo(mainView.getWidth());
        assertThat(graph.getHeight()).as("the graph is as high as the editor's room, not a strip").isEqualTo(mainView.getHeight())
                .isGreaterThan(400);
        assertThat(robot.lookup("#editor-tabs").tryQuery()).as("the tabs make way").isEmpty();

        robot.interact(() -> window.agentList().open(window.agentList().visibleRows().get(0)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.graph().shownProperty().get()).isFalse();
        assertThat(robot.lookup("#editor-tabs").tryQuery()).isPresent();
        assertThat(robot.lookup("#graph-panel").tryQuery()).isEmpty();
        assertThat(robot.lookup("#preview-toggle").queryAs(ToggleButton.class).isSelected()).as("the preview waits for its toggle").isFalse();
    }

    @Test
    void theProblemsPaneCollapsesToTheCountsInTheStatusBarAndComesBackFromThem(FxRobot robot) {
        assertThat(robot.lookup("#problems-pane").tryQuery()).isPresent();

        robot.clickOn("#problems-hide");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problemsPane(robot)).isEmpty();
        assertThat(robot.lookup("#status-problem-counts").query().isVisible()).isTrue();

        robot.clickOn("#status-problem-counts");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problemsPane(robot)).isPresent();
    }

    @Test
    void editFindOpensTheFindBarOfTheOpenAgentsBody(FxRobot robot) throws Exception {
        MainWindowViewModel window = studio.mainWindow();
        robot.interact(() -> window.agentList().open(window.agentList().visibleRows().get(0)));
        OnUiThread.waitFor(10, () -> robot.lookup("#body-text").tryQuery().isPresent());

        robot.clickOn("Edit").clickOn("Find…");
        WaitForAsyncUtils.waitForFxEvents();

        Node field = robot.lookup("#body-find-field").query();
        assertThat(field.isVisible() && field.getParent().isVisible() && field.isFocused()).isTrue();
    }

    @Test
    void viewAgentListHidesTheListSoTheEditorHasTheWholeWidthAndShowsItAgain(FxRobot robot) {
        double before = screenBounds(robot.lookup("#main-view").query()).getWidth();

        robot.clickOn("View").clickOn("Agent List");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inScene(robot, ".agent-list")).isEmpty();
        assertThat(screenBounds(robot.lookup("#main-view").query()).getWidth()).isGreaterThan(before + 300);

        robot.clickOn("View").clickOn("Agent List");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inScene(robot, ".agent-list")).isPresent();
    }

    @Test
    void aSmallWindowGivesUpPanesInAnOrderThatKeepsTheEditorUsableAndGrowingBringsThemBack(FxRobot robot) throws Exception {
        MainWindowViewModel window = studio.mainWindow();
        robot.interact(() -> window.agentList().open(window.agentList().visibleRows().get(0)));
        OnUiThread.waitFor(10, () -> robot.lookup("#body-text").tryQuery().isPresent());
        robot.clickOn("#preview-toggle");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inScene(robot, ".preview-pane").isPresent());

        resize(robot, 1100, 800);
        assertThat(inScene(robot, ".preview-pane")).as("the preview goes first").isEmpty();
        assertThat(formAndBody(robot).getOrientation()).isEqualTo(Orientation.HORIZONTAL);
        assertThat(robot.lookup("#preview-toggle").queryAs(ToggleButton.class).isSelected()).as("its toggle says so").isFalse();

        resize(robot, 780, 560);
        assertThat(formAndBody(robot).getOrientation()).as("the form moves above the body").isEqualTo(Orientation.VERTICAL);
        assertThat(inScene(robot, ".agent-list")).as("the list gives its column").isEmpty();
        assertThat(problemsPane(robot)).as("a low window collapses the problems to their counts").isEmpty();
        assertThat(robot.lookup("#status-problem-counts").query().isVisible()).isTrue();
        assertThat(screenBounds(robot.lookup("#body-text").query()).getWidth()).as("the body keeps the width")
                .isGreaterThan(600);

        resize(robot, 1280, 800);
        assertThat(inScene(robot, ".preview-pane")).isPresent();
        assertThat(inScene(robot, ".agent-list")).isPresent();
        assertThat(problemsPane(robot)).isPresent();
        assertThat(formAndBody(robot).getOrientation()).isEqualTo(Orientation.HORIZONTAL);
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static SplitPane formAndBody(FxRobot robot) {
        return robot.lookup("#form-body-split").queryAs(SplitPane.class);
    }

    private static Optional<Node> inScene(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(node -> node.getScene() != null);
    }

    private static Optional<Node> problemsPane(FxRobot robot) {
        return robot.lookup("#problems-pane").tryQuery().filter(pane -> pane.getScene() != null);
    }

    private static Bounds screenBounds(Node node) {
        return node.localToScreen(node.getBoundsInLocal());
    }
}
