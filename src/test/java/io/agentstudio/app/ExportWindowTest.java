package io.agentstudio.app;

import io.agentstudio.testing.CutLabels;
import io.agentstudio.testing.GuiTest;
import io.agentstudio.testing.OnUiThread;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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

/** The export dialog in the real window, headless: open it, pick a target and a folder, review, export. */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {
    @TempDir
    static Path home;
    @TempDir
    Path out;
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

    private static void openTheExportDialog(FxRobot robot) throws Exception {
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.SHORTCUT);
        OnUiThread.waitFor(10, () -> robot.lookup("#export-dialog").tryQuery().isPresent());
    }

    @Test
    void theDialogOpensOverTheStudioAndFitsInsideASmallerWindow(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        openTheExportDialog(robot);

        Window dialog = robot.lookup("#export-dialog").query().getScene().getWindow();
        assertThat(dialog.getX()).isBetween(stage.getX(), stage.getX() + stage.getWidth() - dialog.getWidth());
        assertThat(dialog.getY()).isBetween(stage.getY(), stage.getY() + stage.getHeight() - dialog.getHeight());

        robot.clickOn("#export-target").clickOn("Claude Code plugin");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(CutLabels.under(dialog.getScene().getRoot())).as("the plugin's layout and form, whole").isEmpty();
        robot.clickOn("#export-close");
    }

    @Test
    void reviewingThenExportingWritesTheTargetsFiles(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        openTheExportDialog(robot);
        Button review = robot.lookup("#export-review").queryButton();
        Button export = robot.lookup("#export-run").queryButton();
        assertThat(export.isDisabled()).as("nothing reviewed yet").isTrue();

        robot.clickOn("#export-target").clickOn("Gemini CLI");
        robot.clickOn("#export-destination").press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT)
                .write(out.toString());
        robot.clickOn(review);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !export.isDisabled());

        assertThat(robot.lookup("#export-summary").queryAs(Label.class).getText()).startsWith("Review: dry run, 10 agents");
        assertThat(robot.lookup("#export-report").queryAs(TextArea.class).getText())
                .contains("create    .gemini/agents/code-reviewer.md").contains("tools: translated - read_file");
        assertThat(out.resolve(".gemini")).doesNotExist();

        robot.clickOn(export);
        Node open = robot.lookup("#export-open-folder").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !open.isDisabled());

        assertThat(robot.lookup("#export-summary").queryAs(Label.class).getText()).isEqualTo("10 agents and 1 skill exported, 12 files changed.");
        assertThat(out.resolve(".gemini/agents/code-reviewer.md")).exists();
        assertThat(out.resolve("agent-studio-export.json")).exists();
        robot.clickOn("#export-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-dialog").tryQuery()).isEmpty();
    }

    @Test
    void anotherTargetTakesItsOwnFolderAndLeavesNoReportOfTheFormerOne(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        openTheExportDialog(robot);
        Button export = robot.lookup("#export-run").queryButton();
        TextField destination = robot.lookup("#export-destination").queryAs(TextField.class);
        TextArea report = robot.lookup("#export-report").queryAs(TextArea.class);
        robot.clickOn("#export-target").clickOn("Claude Code (project or user folder)");
        String claudeFolder = destination.getText();
        assertThat(claudeFolder).as("a folder suggested for Claude Code").endsWith("-claude");
        robot.clickOn("#export-review");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !export.isDisabled());
        assertThat(report.getText()).contains("create    .claude/agents/code-reviewer.md");

        robot.clickOn("#export-target").clickOn("OpenCode");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(report.getText()).as("the Claude Code report is gone").isEmpty();
        assertThat(destination.getText()).as("a folder of OpenCode's own").isNotEqualTo(claudeFolder).endsWith("-opencode");
        assertThat(export.isDisabled()).isTrue();
    }
}
