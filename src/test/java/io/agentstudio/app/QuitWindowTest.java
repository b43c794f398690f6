package io.agentstudio.app;

import io.agentstudio.gui.agentlist.AgentRow;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.logic.agentfile.BodyEditor;
import io.agentstudio.testing.GuiTest;
import io.agentstudio.testing.OnUiThread;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Quitting, or closing the window, with unsaved edits names the agents that have them, and Cancel is the default. */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class QuitWindowTest {
    private static final String QUESTION = "Save changes to code-reviewer and planner before quitting?";
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

    private void editInTabs(FxRobot robot, List<String> names) {
        MainWindowViewModel window = studio.mainWindow();
        robot.interact(() -> {
            for (String name : names) {
                AgentRow row = window.agentList().visibleRows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
                window.agentList().open(row);
                window.tabs().selectedProperty().get().apply("Typing", "body", d -> BodyEditor.replaceBody(d, "Edited\n"));
            }
        });
    }

    private DialogPane question(FxRobot robot) throws Exception {
        OnUiThread.waitFor(10, () -> robot.lookup("#save-all-prompt").tryQuery().isPresent());
        return robot.lookup("#save-all-prompt").queryAs(DialogPane.class);
    }

    private static Button button(DialogPane pane, String text) {
        return pane.getButtonTypes().stream().map(type -> (Button) pane.lookupButton(type))
                .filter(button -> button.getText().equals(text)).findFirst().orElseThrow();
    }

    private void assertAskedAndCancel(FxRobot robot) throws Exception {
        DialogPane pane = question(robot);
        assertThat(pane.getContentText()).isEqualTo(QUESTION);
        assertThat(button(pane, "Cancel").isDefaultButton()).as("Cancel is the default").isTrue();
        assertThat(button(pane, "Save All").isDefaultButton()).isFalse();
        assertThat(button(pane, "Discard")).isNotNull();
        robot.clickOn(button(pane, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#save-all-prompt").tryQuery()).isEmpty();
        assertThat(stage.isShowing()).isTrue();
        assertThat(studio.mainWindow().tabs().editors()).hasSize(2).allMatch(AgentEditorViewModel::isDirty);
    }

    @Test
    void closingTheWindowAndQuitAskAboutTheNamedAgentsAndCancelKeepsThem(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        editInTabs(robot, List.of("code-reviewer", "planner"));

        // Fired later on the UI thread: the question waits there in its own event loop while the test answers it.
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertAskedAndCancel(robot);

        Platform.runLater(studio.mainWindow()::quit);
        assertAskedAndCancel(robot);
    }
}
