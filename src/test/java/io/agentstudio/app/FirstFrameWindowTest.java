package io.agentstudio.app;

import io.agentstudio.testing.GuiTest;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
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

/**
 * The window comes first, its panels right after (ADR 17): as the studio is shown, its menus and the loading veil are
 * there and the list, tabs and problems pane are not yet; they follow while the workspace loads, and the workspace
 * is listed in them.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class FirstFrameWindowTest {
    @TempDir
    static Path home;
    private CompositionRoot studio;
    private boolean menusWhenShown;
    private boolean veilWhenShown;
    private boolean listWhenShown;
    private boolean problemsPaneWhenShown;

    @Start
    void start(Stage stage) {
        studio = HeadlessStudio.start(stage, home);
        // Still inside the call that showed the window: no pulse has drawn a frame yet.
        Scene scene = stage.getScene();
        menusWhenShown = scene.getRoot().lookup(".menu-bar") instanceof MenuBar;
        Node veil = scene.lookup(".loading-veil");
        veilWhenShown = veil != null && veil.isVisible();
        listWhenShown = scene.lookup("#agent-table") != null;
        problemsPaneWhenShown = scene.lookup("#problems-pane") != null;
    }

    @AfterEach
    void tearDown() throws Exception {
        HeadlessStudio.stop(studio);
    }

    @Test
    void theWindowShowsItsMenusAndTheVeilFirstAndItsPanelsFollowWithTheWorkspace(FxRobot robot) throws Exception {
        assertThat(menusWhenShown).isTrue();
        assertThat(veilWhenShown).isTrue();
        assertThat(listWhenShown).isFalse();
        assertThat(problemsPaneWhenShown).isFalse();

        HeadlessStudio.awaitWorkspace(studio);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#agent-table").queryAs(TableView.class).getItems()).as("the ten agents and the sample's skill").hasSize(11);
        assertThat(robot.lookup("#problems-pane").tryQuery()).isPresent();
        assertThat(robot.lookup(".loading-veil").queryAs(Node.class).isVisible()).isFalse();
    }
}
