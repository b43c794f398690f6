package io.agentstudio.app;

import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.testing.GuiTest;
import io.agentstudio.testing.OnUiThread;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training run of the class-data archives goes where a user's first minute goes: it opens the first agent of
 * the sample workspace with its preview, and ends only once both are in the window.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class TrainingRunWindowTest {
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

    @Test
    void itOpensTheFirstListedAgentWithItsPreviewAndEndsWhenBothShow(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        // The training's window has the studio's first-start size; the tests share one stage, which an earlier test
        // may have left too narrow for the preview (the layout gives it up first).
        robot.interact(() -> {
            stage.setWidth(CompositionRoot.WIDTH);
            stage.setHeight(CompositionRoot.HEIGHT);
        });
        MainWindowViewModel window = studio.mainWindow();
        Path first = OnUiThread.get(() -> window.agentList().visibleRows().get(0).agent().path());
        CountDownLatch done = new CountDownLatch(1);
        boolean[] bothShownWhenDone = new boolean[1];

        robot.interact(() -> TrainingRun.openFirstAgent(window, stage.getScene(), () -> {
            bothShownWhenDone[0] = stage.getScene().lookup("#body-text") != null
                    && stage.getScene().lookup(".preview-pane") != null;
            done.countDown();
        }));

        assertThat(done.await(30, TimeUnit.SECONDS)).as("the run ends").isTrue();
        assertThat(bothShownWhenDone[0]).as("not before the body and the preview show").isTrue();
        assertThat(OnUiThread.get(() -> window.tabs().editors().stream().map(editor -> editor.path()).toList()))
                .containsExactly(first);
    }
}
