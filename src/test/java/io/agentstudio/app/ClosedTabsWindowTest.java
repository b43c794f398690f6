package io.agentstudio.app;

import io.agentstudio.testing.GuiTest;
import io.agentstudio.gui.agentlist.AgentRow;
import io.agentstudio.gui.shell.MainWindowViewModel;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** A closed tab lets go: its view, its editor and its view model are collected, and it follows no preference. */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class ClosedTabsWindowTest {
    @TempDir
    static Path home;
    private CompositionRoot studio;
    private MainWindowViewModel window;

    @Start
    void start(Stage stage) {
        studio = HeadlessStudio.start(stage, home);
    }

    @BeforeEach
    void awaitWorkspace() throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        window = studio.mainWindow();
    }

    @AfterEach
    void tearDown() throws Exception {
        HeadlessStudio.stop(studio);
    }

    /** Opens the agent's tab and returns its view (the selected tab's content). */
    private Node open(FxRobot robot, AgentRow row) {
        robot.interact(() -> window.agentList().open(row));
        WaitForAsyncUtils.waitForFxEvents();
        // One tab is open at a time here, so the one tab view in the window is this agent's.
        return robot.lookup(".agent-tab").query();
    }

    private void closeSelected(FxRobot robot) {
        robot.interact(window::closeTab);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fiftyClosedTabsAreCollected(FxRobot robot) throws Exception {
        List<AgentRow> rows = window.agentList().visibleRows();
        List<WeakReference<Object>> closed = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Node view = open(robot, rows.get(i % rows.size()));
            Node codeArea = view.lookup(".code-area");
            assertThat(codeArea).isInstanceOf(CodeArea.class);
            closed.add(new WeakReference<>(view));
            closed.add(new WeakReference<>(codeArea));
            closed.add(new WeakReference<>(window.tabs().selectedProperty().get()));
            closeSelected(robot);
        }
        assertThat(window.tabs().editors()).isEmpty();

        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                System.gc();
                WaitForAsyncUtils.waitForFxEvents();
                return closed.stream().allMatch(reference -> reference.get() == null);
            });
        } catch (TimeoutException e) {
            long alive = closed.stream().filter(reference -> reference.get() != null).count();
            throw new AssertionError(alive + " of " + closed.size() + " views, editors and view models of closed tabs are still reachable");
        }
    }

    @Test
    void aClosedTabNoLongerFollowsShowPreview(FxRobot robot) {
        Node view = open(robot, window.agentList().visibleRows().get(0));
        SplitPane bodyAndPreview = (SplitPane) view.lookup(".body-split");
        int panes = bodyAndPreview.getItems().size();
        closeSelected(robot);

        robot.interact(() -> window.preferences().previewShownProperty().set(!window.preferences().previewShownProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(bodyAndPreview.getItems()).hasSize(panes);
    }
}
