package io.agentstudio.app;

import io.agentstudio.gui.agentlist.AgentRow;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.testing.GuiTest;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Words typed at the end of a plain description are saved plain, as the command line's {@code set} writes them. */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class PlainDescriptionWindowTest {
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

    @Test
    void typingAtTheEndOfAPlainDescriptionSavesItPlainChangingOnlyItsLine(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        MainWindowViewModel window = studio.mainWindow();
        AgentRow row = window.agentList().visibleRows().stream().filter(r -> r.name().equals("researcher")).findFirst().orElseThrow();
        Path file = row.agent().path();
        String original = Files.readString(file);
        String description = original.lines().filter(line -> line.startsWith("description: ")).findFirst().orElseThrow();
        robot.interact(() -> window.agentList().open(row));
        WaitForAsyncUtils.waitForFxEvents();

        TextArea field = robot.lookup("#field-description").queryAs(TextArea.class);
        robot.clickOn(field);
        robot.interact(field::end);
        robot.write(" Ask it first.");
        robot.press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        AgentEditorViewModel editor = window.tabs().selectedProperty().get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !editor.isDirty());

        String saved = Files.readString(file);
        assertThat(saved).isEqualTo(original.replace(description, description + " Ask it first."));
    }
}
