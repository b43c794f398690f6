package io.agentstudio.app;

import io.agentstudio.testing.GuiTest;
import io.agentstudio.gui.shell.MainWindowViewModel;
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
}
