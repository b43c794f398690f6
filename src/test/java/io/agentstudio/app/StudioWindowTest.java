package io.agentstudio.app;

import io.agentstudio.testing.GuiTest;
import io.agentstudio.gui.agentlist.AgentRow;
import io.agentstudio.gui.shell.MainWindowViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The real window, headless: the sample workspace opens, its agents are listed, and a click shows a file. */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class StudioWindowTest {
    /** Static, so it exists before {@code @Start} runs; every test sees the same first-run sample copy. */
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

    private void awaitLoaded() throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        MainWindowViewModel window = studio.mainWindow();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSampleWorkspaceOpensAndItsAgentsAreListed(FxRobot robot) throws Exception {
        awaitLoaded();

        TableView<?> table = robot.lookup("#agent-table").queryAs(TableView.class);
        assertThat(table.getItems()).as("the ten agents and the sample's skill, release-notes").hasSize(11);
        assertThat(robot.lookup("#agent-table .table-cell").queryAllAs(TableCell.class))
                .anySatisfy(cell -> assertThat(cell.getText()).isEqualTo("code-reviewer"));
        assertThat(robot.lookup("#status-workspace").queryAs(Label.class).getText())
                .isEqualTo("Sample workspace (copy at " + home.resolve("data/sample-workspace") + ")");
        assertThat(robot.lookup("#status-agents").queryAs(Label.class).getText()).isEqualTo("10 agents");
    }

    @Test
    void doubleClickingAnAgentOpensItsTabWithTheSource(FxRobot robot) throws Exception {
        awaitLoaded();

        robot.doubleClickOn(robot.lookup("#agent-table .table-cell").match(
                (TableCell<?, ?> cell) -> "code-reviewer".equals(cell.getText())).queryAs(TableCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#view-source");
        WaitForAsyncUtils.waitForFxEvents();

        String text = robot.lookup("#source-text").queryAs(CodeArea.class).getText();
        assertThat(text).startsWith("---\nname: code-reviewer\n").contains("You are a careful, friendly code reviewer.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void typingInTheSearchFieldFiltersTheTable(FxRobot robot) throws Exception {
        awaitLoaded();

        robot.clickOn("#agent-search").write("review");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<AgentRow> table = robot.lookup("#agent-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(AgentRow::name)
                .as("one matches by name, two by description").containsExactly("code-reviewer", "release-manager", "tech-lead");
    }
}
