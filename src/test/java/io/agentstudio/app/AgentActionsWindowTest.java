package io.agentstudio.app;

import io.agentstudio.testing.GuiTest;
import io.agentstudio.gui.shell.MainWindowViewModel;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** New agent through the real dialogs, headless: the list's button, the template choice, the name, the new tab. */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class AgentActionsWindowTest {
    @TempDir
    static Path home;
    private CompositionRoot studio;

    @Start
    void start(Stage stage) {
        studio = HeadlessStudio.start(stage, home);
    }

    @BeforeEach
    void waitForTheWorkspace() throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
    }

    @AfterEach
    void tearDown() throws Exception {
        HeadlessStudio.stop(studio);
    }

    @Test
    void theNewAgentButtonCreatesTheFileFromATemplateAndOpensIt(FxRobot robot) throws Exception {
        MainWindowViewModel window = studio.mainWindow();
        Path root = window.currentProperty().get().root();

        robot.clickOn("#agent-new");
        robot.clickOn("Blank");
        TextField name = robot.lookup("#new-agent-name").queryAs(TextField.class);
        robot.clickOn(name).eraseText(name.getText().length()).write("scratch-agent");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Create");
        Path file = root.resolve(".claude/agents/scratch-agent.md");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.tabs().selectedProperty().get() != null
                && window.tabs().selectedProperty().get().path().equals(file));

        assertThat(Files.readString(file)).startsWith("---\nname: scratch-agent\n");
        assertThat(window.agentList().visibleRows()).anySatisfy(row -> assertThat(row.name()).isEqualTo("scratch-agent"));
    }

    /**
     * The rename dialog opens on the agent's own name: that is no error and OK leaves everything as it was. A real
     * rename then says in the status bar which files it changed.
     */
    @Test
    void renameKeepsQuietAboutTheUnchangedNameAndAfterwardsNamesTheFilesItChanged(FxRobot robot) throws Exception {
        MainWindowViewModel window = studio.mainWindow();
        Path root = window.currentProperty().get().root();
        Path researcher = root.resolve(".claude/agents/researcher.md");
        robot.interact(() -> window.agentList().select(researcher));

        robot.clickOn("#agent-rename");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(robot.from(dialog).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .noneMatch(text -> text != null && text.contains("already exists"));
        assertThat(dialog.lookupButton(ButtonType.OK).isDisabled()).isFalse();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(researcher).exists();
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).doesNotContain("Renamed");

        robot.clickOn("#agent-rename");
        TextField name = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.interact(name::clear);
        robot.clickOn(name).write("scout");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(root.resolve(".claude/agents/scout.md")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#status-message").queryLabeled().getText())
                .startsWith("Renamed researcher → scout in ")
                .contains(".claude/agents/scout.md (was .claude/agents/researcher.md)", ".claude/agents/tech-lead.md");
    }
}
