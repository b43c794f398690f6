package io.agentstudio.app;

import io.agentstudio.gui.agentlist.AgentRow;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.testing.GuiTest;
import io.agentstudio.testing.OnUiThread;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body editor numbers its lines as lines of the file, as the status bar, go to line and the problems pane do:
 * one number for one line wherever the user reads it.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class BodyLineNumbersWindowTest {
    /** The body starts on line 5; the missing link is on line 7. */
    private static final String AGENT = """
            ---
            name: linker
            description: Reads the team's notes. Use when a task needs them.
            ---
            # Linker

            Read [the notes](missing-notes.md) first.
            """;

    @TempDir
    static Path home;
    @TempDir
    static Path workspace;
    private CompositionRoot studio;

    @Start
    void start(Stage stage) {
        try {
            Files.writeString(Files.createDirectories(workspace.resolve(".claude/agents")).resolve("linker.md"), AGENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        studio = HeadlessStudio.start(stage, home, Optional.of(workspace));
    }

    @AfterEach
    void tearDown() throws Exception {
        HeadlessStudio.stop(studio);
    }

    /** The number the gutter shows beside the body's {@code paragraph} (0-based). */
    private static String gutterNumber(CodeArea area, int paragraph) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Node graphic = area.getParagraphGraphicFactory().apply(paragraph);
            return ((Label) ((HBox) graphic).getChildren().get(0)).getText().strip();
        }).get(5, TimeUnit.SECONDS);
    }

    private static String statusCaret(FxRobot robot) {
        return robot.lookup("#status-caret").queryLabeled().getText();
    }

    @Test
    void gutterStatusBarGoToLineAndProblemsUseTheFilesLineNumbers(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        MainWindowViewModel window = studio.mainWindow();
        AgentRow row = window.agentList().visibleRows().stream().filter(r -> r.name().equals("linker")).findFirst().orElseThrow();
        robot.interact(() -> window.agentList().open(row));
        WaitForAsyncUtils.waitForFxEvents();
        CodeArea area = robot.lookup("#body-text").queryAs(CodeArea.class);

        robot.clickOn(area);
        robot.interact(() -> area.moveTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gutterNumber(area, 0)).isEqualTo("5");
        assertThat(statusCaret(robot)).isEqualTo("Ln 5, Col 1");

        robot.press(KeyCode.SHORTCUT, KeyCode.L).release(KeyCode.L, KeyCode.SHORTCUT);
        robot.write("7").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getCurrentParagraph()).isEqualTo(2);
        assertThat(statusCaret(robot)).isEqualTo("Ln 7, Col 1");

        OnUiThread.waitFor(20, () -> !robot.lookup("#body-text .gutter-marker").queryAll().isEmpty());
        Finding missingLink = WaitForAsyncUtils.asyncFx(() -> window.problems().problemsOf(window.tabs().selectedProperty().get())
                .findings().stream().filter(f -> f.ruleId().equals("link-target-missing")).findFirst().orElseThrow()).get();
        assertThat(missingLink.problem().line()).isEqualTo(7);
        Node marker = robot.lookup("#body-text .gutter-marker").query();
        assertThat(((Label) ((HBox) marker.getParent()).getChildren().get(0)).getText().strip()).isEqualTo("7");
    }
}
