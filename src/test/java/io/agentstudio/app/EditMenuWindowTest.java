package io.agentstudio.app;

import io.agentstudio.testing.GuiTest;
import io.agentstudio.gui.agentlist.AgentRow;
import io.agentstudio.gui.shell.MainWindowViewModel;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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

import static org.assertj.core.api.Assertions.assertThat;

/** Edit > Undo says what it will take back, in the window, and takes it back from wherever the focus is. */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class EditMenuWindowTest {
    @TempDir
    static java.nio.file.Path home;
    private CompositionRoot studio;

    @Start
    void start(Stage stage) {
        studio = HeadlessStudio.start(stage, home);
    }

    @AfterEach
    void tearDown() throws Exception {
        HeadlessStudio.stop(studio);
    }

    private MenuItem undoItem(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(menu -> menu.getText().equals("Edit")).findFirst().orElseThrow()
                .getItems().stream().filter(item -> "menu-undo".equals(item.getId())).findFirst().orElseThrow();
    }

    @Test
    void undoNamesTheChangeAndTakesItBackWithTheFocusOutsideTheTab(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        MainWindowViewModel window = studio.mainWindow();
        AgentRow row = window.agentList().visibleRows().stream().filter(r -> r.name().equals("code-reviewer")).findFirst().orElseThrow();
        robot.interact(() -> window.agentList().open(row));
        WaitForAsyncUtils.waitForFxEvents();
        MenuItem undo = undoItem(robot);
        assertThat(undo.isDisable()).isTrue();
        TextArea description = robot.lookup("#field-description").queryAs(TextArea.class);
        String before = description.getText();

        robot.interact(() -> {
            description.selectAll();
            description.replaceSelection("Finds bugs before they ship.");
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(undo.getText()).isEqualTo("Undo Change description");
        assertThat(undo.isDisable()).isFalse();

        // The menu's shortcut, with the focus outside the tab: the workspace's newest change is taken back.
        robot.clickOn(".agent-list .table-view");
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(description.getText()).isEqualTo(before);
        assertThat(undo.getText()).isEqualTo("Undo");
        assertThat(window.tabs().selectedProperty().get().isDirty()).isFalse();
    }
}
