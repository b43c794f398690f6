package io.agentstudio.app;

import io.agentstudio.gui.agentlist.AgentRow;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.testing.GuiTest;
import io.agentstudio.testing.OnUiThread;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar counts the agents the list shows, right after New Agent and Delete (it kept the last load's count). */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class StatusBarCountWindowTest {
    @TempDir
    static Path home;
    private CompositionRoot studio;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        studio = HeadlessStudio.start(stage, home);
    }

    @AfterEach
    void tearDown() throws Exception {
        HeadlessStudio.stop(studio);
    }

    private String statusCount(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup("#status-agents").queryAs(Label.class).getText();
    }

    private static Set<Node> showingDialogs(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAll().stream().filter(pane -> pane.getScene() != null
                && pane.getScene().getWindow() != null && pane.getScene().getWindow().isShowing()).collect(Collectors.toSet());
    }

    private static Optional<Node> opened(FxRobot robot, Set<Node> before) {
        return showingDialogs(robot).stream().filter(pane -> !before.contains(pane)).findFirst();
    }

    /** The agents the list shows (the sample's skill is listed beside them and is no agent). */
    private static int agentRows(MainWindowViewModel window) {
        return (int) window.agentList().visibleRows().stream().filter(row -> !row.isSkill()).count();
    }

    private Optional<Node> scratchCell(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup("#agent-table .table-cell")
                .match((Node node) -> node instanceof Labeled labeled && "scratch-agent".equals(labeled.getText())).tryQuery();
    }

    private static int rowIndex(TableView<?> table, String name) {
        for (int index = 0; index < table.getItems().size(); index++) {
            if (table.getItems().get(index) instanceof AgentRow row && name.equals(row.name())) {
                return index;
            }
        }
        throw new AssertionError(name + " is not in the table");
    }

    @Test
    void theStatusBarCountsTheListedAgentsAfterANewAgentAndADelete(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        MainWindowViewModel window = studio.mainWindow();
        int loaded = agentRows(window);
        assertThat(statusCount(robot)).isEqualTo(loaded + " agents");

        // This test's dialogs are the ones its clicks open: a window another test left showing is not one of them.
        Set<Node> before = showingDialogs(robot);
        robot.clickOn(robot.from(stage.getScene().getRoot()).lookup("#agent-new").queryAs(Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened(robot, before).isPresent());
        Node dialog = opened(robot, before).orElseThrow();
        robot.clickOn(robot.from(dialog).lookup("Blank").queryAs(Node.class));
        TextField name = robot.from(dialog).lookup("#new-agent-name").queryAs(TextField.class);
        // What is counted is the subject here, not typing.
        robot.interact(() -> name.setText("scratch-agent"));
        WaitForAsyncUtils.waitForFxEvents();
        Node create = robot.from(dialog).lookup((Node node) -> node instanceof Labeled labeled && "Create".equals(labeled.getText())).query();
        assertThat(create.isDisabled()).as("Create stays off: " + robot.from(dialog).lookup("#new-agent-problem").queryAs(Label.class).getText())
                .isFalse();
        robot.clickOn(create);
        OnUiThread.waitFor(30, () -> agentRows(window) == loaded + 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(statusCount(robot)).isEqualTo((loaded + 1) + " agents");

        // A person scrolls to the new row first: on a short window it is below the table's visible rows.
        TableView<?> table = robot.from(stage.getScene().getRoot()).lookup("#agent-table").queryAs(TableView.class);
        robot.interact(() -> table.scrollTo(rowIndex(table, "scratch-agent")));
        // Its cell exists after the next layout pulse, which on a loaded machine comes after the FX events run out.
        OnUiThread.waitFor(10, () -> scratchCell(robot).isPresent());
        // The table binds its cells again as the new agent's checks arrive, so a cell looked up may be gone by the click:
        // click the row's cell until the row is the one selected, as a person would click again.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Optional<Node> cell = scratchCell(robot);
            if (cell.isPresent() && cell.get().getScene() != null) {
                try {
                    robot.clickOn(cell.get());
                } catch (RuntimeException recycled) {
                    return false;
                }
            }
            return OnUiThread.get(() -> table.getSelectionModel().getSelectedItem() instanceof AgentRow row
                    && "scratch-agent".equals(row.name()));
        });
        Set<Node> beforeDelete = showingDialogs(robot);
        robot.clickOn(robot.from(stage.getScene().getRoot()).lookup("#agent-delete").queryAs(Node.class));
        // The agent just made, which no other refers to (deleting one that is referred to asks more; not the subject
        // here). Headless there is no system trash, so the studio asks before deleting for good.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened(robot, beforeDelete).isPresent());
        robot.clickOn(robot.from(opened(robot, beforeDelete).orElseThrow())
                .lookup((Node node) -> node instanceof Labeled labeled && "Delete".equals(labeled.getText())).queryAs(Node.class));
        // The file goes on the background executor, behind the whole workspace's checks on a loaded machine.
        OnUiThread.waitFor(30, () -> agentRows(window) == loaded);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.agentList().visibleRows()).noneSatisfy(row -> assertThat(row.name()).isEqualTo("scratch-agent"));
        assertThat(statusCount(robot)).isEqualTo(loaded + " agents");
    }
}
