package io.agentstudio.app;

import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.testing.GuiTest;
import io.agentstudio.testing.OnUiThread;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** File > Import Agents… in the real window, headless: a folder of Cursor agents imported into the open workspace. */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class ImportWindowTest {
    @TempDir
    static Path home;
    @TempDir
    Path other;
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
    void importedAgentsAreWrittenIntoTheWorkspaceAndListed(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        Path agent = other.resolve(".cursor/agents/cursor-checker.md");
        Files.createDirectories(agent.getParent());
        Files.writeString(agent, "---\nname: cursor-checker\ndescription: Checks a change\nreadonly: true\n---\nCheck it.\n",
                StandardCharsets.UTF_8);
        MainWindowViewModel window = studio.mainWindow();
        Path workspace = window.currentProperty().get().root();

        robot.clickOn("#menu-file").clickOn("#menu-import");
        OnUiThread.waitFor(10, () -> robot.lookup("#import-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#import-destination").queryAs(TextField.class).getText())
                .isEqualTo(workspace.resolve(".claude/agents").toString());
        robot.interact(() -> robot.lookup("#import-source").queryAs(TextField.class).setText(other.toString()));
        ComboBox<?> tool = robot.lookup("#import-tool").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tool.getValue() != null);
        assertThat(tool.getValue()).hasToString("cursor");

        Button run = robot.lookup("#import-run").queryButton();
        robot.clickOn(run);
        Label summary = robot.lookup("#import-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().contains("imported"));

        assertThat(summary.getText()).isEqualTo("1 agent imported");
        assertThat(robot.lookup("#import-report").queryAs(TextArea.class).getText())
                .contains("cursor-checker.md -> cursor-checker.md", "readonly: translated - tools: Read, Grep, Glob");
        assertThat(workspace.resolve(".claude/agents/cursor-checker.md")).exists();
        robot.clickOn("#import-close");
        OnUiThread.waitFor(30, () -> window.agentList().visibleRows().stream()
                .anyMatch(row -> !row.isSkill() && row.name().equals("cursor-checker")));
    }
}
