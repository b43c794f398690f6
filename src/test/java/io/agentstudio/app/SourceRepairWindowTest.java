package io.agentstudio.app;

import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.testing.GuiTest;
import io.agentstudio.testing.OnUiThread;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * A frontmatter that does not parse is repaired inside the studio: the form sends the user to Source with the bad
 * line selected and in view, a quick fix or typing repairs it, undo takes it back, and Save writes the repair.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class SourceRepairWindowTest {
    private static final String BROKEN_LINE = "description: Use when: reviewing code before a merge";
    @TempDir
    static Path home;
    @TempDir
    static Path workspace;
    private static Path file;
    private static String original;
    private CompositionRoot studio;

    @Start
    void start(Stage stage) {
        StringBuilder text = new StringBuilder("---\nname: reviewer\n");
        for (int i = 1; i <= 45; i++) {
            text.append("# review note ").append(i).append(": kept as the team wrote it\n");
        }
        original = text.append(BROKEN_LINE).append("\n---\nYou review code.\n").toString();
        try {
            file = workspace.resolve(".claude/agents/reviewer.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, original);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        studio = HeadlessStudio.start(stage, home, Optional.of(workspace));
    }

    @BeforeEach
    void openTheBrokenAgent(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        MainWindowViewModel window = studio.mainWindow();
        robot.interact(() -> window.agentList().open(window.agentList().visibleRows().get(0)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.tabs().selectedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws Exception {
        HeadlessStudio.stop(studio);
    }

    @Test
    void theFormSendsTheUserToTheBadLineInAnEditableSourceWhereAQuickFixRepairsItAndUndoTakesItBack(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#form-disabled").queryAs(Node.class).isVisible()).isTrue();

        robot.clickOn("#form-repair");
        WaitForAsyncUtils.waitForFxEvents();

        CodeArea source = robot.lookup("#source-text").queryAs(CodeArea.class);
        int badParagraph = 47;
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> source.isVisible() && source.getCurrentParagraph() == badParagraph);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(source.isEditable()).isTrue();
        assertThat(source.getSelectedText()).as("the bad value is selected").isNotEmpty();
        assertThat(BROKEN_LINE).contains(source.getSelectedText());
        assertThat(source.firstVisibleParToAllParIndex()).isLessThanOrEqualTo(badParagraph);
        assertThat(source.lastVisibleParToAllParIndex()).as("the bad line is in view").isGreaterThanOrEqualTo(badParagraph);
        assertThat(robot.lookup("#source-repair").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#status-caret").queryAs(Label.class).getText()).as("the status bar follows the Source's caret")
                .startsWith("Ln " + (badParagraph + 1) + ",");

        // The line's one fix (quote the value) is applied at once by Ctrl+1; Undo takes it back.
        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> editor().document().isEditable());
        assertThat(editor().document().isEditable()).isTrue();
        assertThat(editor().document().text()).contains("description: 'Use when: reviewing code before a merge'");
        assertThat(source.getText()).contains("description: 'Use when: reviewing code before a merge'");
        OnUiThread.waitFor(5, () -> !robot.lookup("#source-repair").queryAs(Node.class).isVisible());

        robot.clickOn(source).press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().document().text()).isEqualTo(original);
        assertThat(source.getText()).isEqualTo(original);

        // Now by hand: quote the value where the cursor stands, then save.
        robot.interact(() -> source.moveTo(badParagraph, "description: ".length()));
        robot.write("\"");
        robot.interact(() -> source.moveTo(badParagraph, source.getParagraphLength(badParagraph)));
        robot.write("\"");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().document().isEditable()).isTrue();
        assertThat(editor().isDirty()).isTrue();
        robot.press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !editor().isDirty());

        assertThat(Files.readString(file)).isEqualTo(original.replace(BROKEN_LINE, "description: \"Use when: reviewing code before a merge\""));
    }

    private AgentEditorViewModel editor() {
        return studio.mainWindow().tabs().selectedProperty().get();
    }
}
