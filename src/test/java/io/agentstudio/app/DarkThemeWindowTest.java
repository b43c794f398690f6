package io.agentstudio.app;

import io.agentstudio.testing.GuiTest;
import io.agentstudio.gui.agentlist.AgentRow;
import io.agentstudio.gui.shell.MainWindowViewModel;
import javafx.scene.Node;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The dark theme chosen before an agent is opened: the tab's editor is dark too, with no light band left in it. */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class DarkThemeWindowTest {
    @TempDir
    static Path home;
    private CompositionRoot studio;

    @Start
    void start(Stage stage) {
        studio = HeadlessStudio.start(stage, home);
    }

    @AfterEach
    void lightAgain(FxRobot robot) throws Exception {
        robot.interact(() -> studio.mainWindow().preferences().darkThemeProperty().set(false));
        HeadlessStudio.stop(studio);
    }

    @Test
    void theBodyToolbarOfATabOpenedInTheDarkThemeIsDark(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        MainWindowViewModel window = studio.mainWindow();
        robot.interact(() -> window.preferences().darkThemeProperty().set(true));
        AgentRow row = window.agentList().visibleRows().get(0);
        robot.interact(() -> window.agentList().open(row));
        WaitForAsyncUtils.waitForFxEvents();

        Node toolbar = robot.lookup(".body-toolbar").query();
        assertThat(((Region) toolbar).getBackground()).as("the toolbar paints its own background").isNotNull();
        Color fill = (Color) ((Region) toolbar).getBackground().getFills().stream().map(BackgroundFill::getFill).findFirst().orElseThrow();
        assertThat(fill.getBrightness()).as("brightness of the body toolbar in the dark theme (%s)", fill).isLessThan(0.4);
    }
}
