package io.agentstudio.app;

import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.testing.GuiTest;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar counts the agents the list shows, right after New Agent and Delete (it kept the last load's count). */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class StatusBarCountWindowTest {
    @TempDir
    static Path home;
    private CompositionRoot studio;

    @Start
    void start(Stage stage) {
        studio = HeadlessStudio.start(stage, home);
    }

    @AfterEach
    void tearDown() throws Exception {
        HeadlessStudio.stop(studio);
    }

    private static String statusCount(FxRobot robot) {
        return robot.lookup("#status-agents").queryAs(Label.class).getText();
    }

    private static Node withText(FxRobot robot, String query, String text) {
        return robot.lookup(query).match((Node node) -> node instanceof Labeled labeled && text.equals(labeled.getText())).query();
    }

    /** The agents the list shows (the sample's skill is listed beside them and is no agent). */
    private static int agentRows(MainWindowViewModel window) {
        return (int) window.agentList().visibleRows().stream().filter(row -> !row.isSkill()).count();
    }

    @Test
    void theStatusBarCountsTheListedAgentsAfterANewAgentAndADelete(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        MainWindowViewModel window = studio.mainWindow();
        int loaded = agentRows(window);
        assertThat(statusCount(robot)).isEqualTo(loaded + " agents");

        robot.clickOn("#agent-new");
        robot.clickOn("Blank");
        TextField name = robot.lookup("#new-agent-name").queryAs(TextField.class);
        // What is counted is the subject here, not typing: on the loaded CI machine the robot's keys went astray twice.
        robot.interact(() -> name.setText("scratch-agent"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(withText(robot, ".dialog-pane .button", "Create").isDisabled())
                .as("Create stays off: " + robot.lookup("#new-agent-problem").queryAs(Label.class).getText()
                        + " (template " + robot.lookup("#new-agent-templates").queryListView().getSelectionModel().getSelectedItem() + ")")
                .isFalse();
        robot.clickOn("Create");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> agentRows(window) == loaded + 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(statusCount(robot)).isEqualTo((loaded + 1) + " agents");

        robot.clickOn(withText(robot, "#agent-table .table-cell", "tech-lead"));
        robot.clickOn("#agent-delete");
        // Headless there is no system trash, so the studio asks before deleting for good.
        robot.clickOn(withText(robot, ".dialog-pane .button", "Delete"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> agentRows(window) == loaded);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.agentList().visibleRows()).noneSatisfy(row -> assertThat(row.name()).isEqualTo("tech-lead"));
        assertThat(statusCount(robot)).isEqualTo(loaded + " agents");
    }
}
