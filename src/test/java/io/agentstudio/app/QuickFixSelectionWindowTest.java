package io.agentstudio.app;

import io.agentstudio.gui.problems.ProblemRow;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.testing.GuiTest;
import io.agentstudio.testing.OnUiThread;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fixing problems one after another from the problems pane with Ctrl+1, the selected row going each time, leaves no
 * exception behind: the pane keeps its tree and its selection consistent while fixed rows leave it.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class QuickFixSelectionWindowTest {
    @TempDir
    static Path home;
    @TempDir
    static Path workspace;
    private CompositionRoot studio;
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        for (String name : List.of("alpha-agent", "beta-agent", "gamma-agent")) {
            write(name, "tools: Bash, Reed, Grepp, Glb\n");
        }
        studio = HeadlessStudio.start(stage, home, Optional.of(workspace));
    }

    @AfterEach
    void tearDown() throws Exception {
        HeadlessStudio.stop(studio);
    }

    @Test
    void fixingTheSelectedRowOneAfterAnotherLeavesNoException(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        MainWindowViewModel window = studio.mainWindow();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> uncaught.add(error)));
        OnUiThread.waitFor(20, () -> window.problems().rows().size() == 9);
        TreeTableView<?> tree = robot.lookup("#problems-tree").queryAs(TreeTableView.class);

        for (int fixed = 1; fixed <= 6 && OnUiThread.get(() -> !window.problems().rows().isEmpty()); fixed++) {
            int before = OnUiThread.get(() -> window.problems().rows().size());
            boolean last = fixed % 2 == 0;
            robot.interact(() -> {
                int index = last ? tree.getExpandedItemCount() - 1 : 1;
                tree.getSelectionModel().select(index);
                tree.requestFocus();
            });
            assertThat(OnUiThread.get(() -> window.problems().selectedProperty().get())).isInstanceOf(ProblemRow.class);
            robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.SHORTCUT);
            WaitForAsyncUtils.waitForFxEvents();
            // Several fixes come as a menu: the first is the suggested tool name.
            robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof ContextMenu menu && menu.isShowing()
                    && "quick-fix-menu".equals(menu.getId())).map(ContextMenu.class::cast).findFirst()
                    .ifPresent(menu -> {
                        menu.getItems().get(0).fire();
                        menu.hide();
                    }));
            OnUiThread.waitFor(10, () -> window.problems().rows().size() < before);
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertThat(uncaught).isEmpty();
    }

    private static void write(String name, String fields) {
        try {
            Path file = workspace.resolve(".claude/agents/" + name + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\nname: " + name + "\ndescription: The " + name + " of the team. Use proactively"
                    + " whenever the work calls for it.\n" + fields + "---\nYou do the work.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
