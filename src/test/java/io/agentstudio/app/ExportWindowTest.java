package io.agentstudio.app;

import io.agentstudio.testing.GuiTest;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
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

/** The export dialog in the real window, headless: open it, pick a target and a folder, review, export. */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {
    @TempDir
    static Path home;
    @TempDir
    Path out;
    private CompositionRoot studio;

    @Start
    void start(Stage stage) {
        studio = HeadlessStudio.start(stage, home);
    }

    @AfterEach
    void tearDown() throws Exception {
        HeadlessStudio.stop(studio);
    }

    @Test
    void reviewingThenExportingWritesTheTargetsFiles(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-dialog").tryQuery().isPresent());
        Button review = robot.lookup("#export-review").queryButton();
        Button export = robot.lookup("#export-run").queryButton();
        assertThat(review.isDisabled()).isTrue();
        assertThat(export.isDisabled()).isTrue();

        robot.clickOn("#export-target").clickOn("Gemini CLI");
        robot.clickOn("#export-destination").write(out.toString());
        robot.clickOn(review);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !export.isDisabled());

        assertThat(robot.lookup("#export-summary").queryAs(Label.class).getText()).startsWith("Review: dry run, 10 agents");
        assertThat(robot.lookup("#export-report").queryAs(TextArea.class).getText())
                .contains("create    .gemini/agents/code-reviewer.md").contains("tools: translated - read_file");
        assertThat(out.resolve(".gemini")).doesNotExist();

        robot.clickOn(export);
        Node open = robot.lookup("#export-open-folder").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !open.isDisabled());

        assertThat(robot.lookup("#export-summary").queryAs(Label.class).getText()).isEqualTo("10 agents exported, 11 files changed.");
        assertThat(out.resolve(".gemini/agents/code-reviewer.md")).exists();
        assertThat(out.resolve("agent-studio-export.json")).exists();
        robot.clickOn("#export-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-dialog").tryQuery()).isEmpty();
    }
}
