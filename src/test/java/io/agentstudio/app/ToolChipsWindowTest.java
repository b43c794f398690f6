package io.agentstudio.app;

import io.agentstudio.gui.agentlist.AgentRow;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.testing.GuiTest;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tools field's chips show the document's tools after every edit and undo, however long the tab has been open. */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class ToolChipsWindowTest {
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

    private List<String> chips(FxRobot robot) {
        return robot.lookup("#field-tools-add").queryAs(ComboBox.class).getParent().getParent().lookupAll(".tag .label").stream()
                .map(node -> ((Label) node).getText()).toList();
    }

    @Test
    void aToolAddedOrUndoneShowsAsAChipAfterAGarbageCollection(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        MainWindowViewModel window = studio.mainWindow();
        AgentRow row = window.agentList().visibleRows().stream().filter(r -> r.name().equals("code-reviewer")).findFirst().orElseThrow();
        robot.interact(() -> window.agentList().open(row));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> before = chips(robot);
        for (int i = 0; i < 5; i++) {
            System.gc();
        }

        @SuppressWarnings("unchecked")
        ComboBox<String> add = robot.lookup("#field-tools-add").queryAs(ComboBox.class);
        robot.interact(() -> add.setValue("WebFetch"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.tabs().selectedProperty().get().document().text()).contains("WebFetch");
        assertThat(chips(robot)).contains("WebFetch");

        robot.interact(() -> window.tabs().selectedProperty().get().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chips(robot)).isEqualTo(before);
    }
}
