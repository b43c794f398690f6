package io.agentstudio.app;

import io.agentstudio.testing.GuiTest;
import io.agentstudio.gui.agentlist.AgentRow;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.testing.LineDiff;
import javafx.scene.control.TextArea;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editing acceptance, headless: a form edit shows in the Source view and reaches the disk only on Ctrl+S with
 * only its lines changed; undo restores form and text; unsaved work is asked about; a change on disk shows a bar.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class EditingWindowTest {
    @TempDir
    static Path home;
    private CompositionRoot studio;
    private Path file;
    private String original;

    @Start
    void start(Stage stage) {
        studio = HeadlessStudio.start(stage, home);
    }

    @BeforeEach
    void openCodeReviewer(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        MainWindowViewModel window = studio.mainWindow();
        AgentRow row = window.agentList().visibleRows().stream().filter(r -> r.name().equals("code-reviewer")).findFirst().orElseThrow();
        file = row.agent().path();
        original = Files.readString(file);
        robot.interact(() -> window.agentList().open(row));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws Exception {
        HeadlessStudio.stop(studio);
        Files.writeString(file, original);
    }

    private AgentEditorViewModel editor() {
        return studio.mainWindow().tabs().selectedProperty().get();
    }

    private void replaceDescription(FxRobot robot, String text) {
        TextArea description = robot.lookup("#field-description").queryAs(TextArea.class);
        robot.clickOn(description);
        robot.interact(description::selectAll);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFormEditShowsInTheSourceAndReachesTheDiskOnlyOnSave(FxRobot robot) throws Exception {
        replaceDescription(robot, "Finds bugs before they ship.");

        robot.clickOn("#view-source");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#source-text").queryAs(CodeArea.class).getText()).contains("description: \"Finds bugs before they ship.\"");
        assertThat(Files.readString(file)).isEqualTo(original);

        robot.clickOn("#view-edit");
        robot.clickOn("#field-description").press(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.S, javafx.scene.input.KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !editor().isDirty());

        String saved = Files.readString(file);
        LineDiff diff = LineDiff.between(original, saved);
        int descriptionLine = LineDiff.lines(original).indexOf(LineDiff.lines(original).stream()
                .filter(l -> l.startsWith("description:")).findFirst().orElseThrow());
        assertThat(diff.originalFrom()).isEqualTo(descriptionLine);
        assertThat(diff.originalTo() - diff.originalFrom()).isEqualTo(1);
        assertThat(saved).as("the sample's double quotes stay").contains("description: \"Finds bugs before they ship.\"\n");
    }

    @Test
    void undoRestoresTheFormAndTheText(FxRobot robot) {
        TextArea description = robot.lookup("#field-description").queryAs(TextArea.class);
        String before = description.getText();
        // Pasted, so it is one edit whatever the machine's load: typed letters more than a second apart are
        // separate undo steps (CommandStackTest covers the merging).
        robot.clickOn(description);
        robot.interact(() -> {
            description.selectAll();
            description.replaceSelection("Something else");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().document().text()).contains("Something else");

        robot.press(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(description.getText()).isEqualTo(before);
        assertThat(editor().document().text()).isEqualTo(original);
        assertThat(editor().isDirty()).isFalse();
    }

    @Test
    void closingWithUnsavedChangesAsks(FxRobot robot) {
        replaceDescription(robot, "Unsaved");

        robot.press(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.W)
                .release(javafx.scene.input.KeyCode.W, javafx.scene.input.KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#save-prompt").tryQuery()).isPresent();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(studio.mainWindow().tabs().editors()).hasSize(1);
    }

    @Test
    void aChangeOnDiskWhileDirtyShowsTheConflictBar(FxRobot robot) throws Exception {
        replaceDescription(robot, "Mine");

        Files.writeString(file, original.replace("You are a careful", "You are a quick"));

        // The bar may not be in the scene yet: wait for it rather than fail on the first look.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#conflict-bar").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(Files.readString(file)).contains("You are a quick");
        assertThat(editor().document().text()).contains("description: \"Mine\"");
    }

    @Test
    void keepMineThenAnotherChangeOnDiskThenAnImmediateSaveOverwritesNothing(FxRobot robot) throws Exception {
        replaceDescription(robot, "Mine");
        Files.writeString(file, original.replace("You are a careful", "You are a quick"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#conflict-bar").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        robot.clickOn("#conflict-keep");
        WaitForAsyncUtils.waitForFxEvents();
        String second = original.replace("You are a careful", "You are a slow");

        // Written and saved in one step on the UI thread: the save starts before the watcher can report the change.
        robot.interact(() -> {
            try {
                Files.writeString(file, second);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            editor().save();
        });

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !editor().savingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(file)).isEqualTo(second);
        assertThat(robot.lookup("#conflict-bar").query().isVisible()).as("the conflict shows again").isTrue();
        assertThat(editor().diskDocumentProperty().get().text()).isEqualTo(second);
        assertThat(editor().document().text()).contains("description: \"Mine\"");
    }

    @Test
    void theConflictBarsChoicesKeepTheirWordsInAWindow1280Wide(FxRobot robot) throws Exception {
        robot.interact(() -> {
            Stage stage = (Stage) robot.lookup("#conflict-bar").query().getScene().getWindow();
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        replaceDescription(robot, "Mine");
        Files.writeString(file, original.replace("You are a careful", "You are a quick"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#conflict-bar").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        for (String choice : List.of("#conflict-compare", "#conflict-keep", "#conflict-reload")) {
            javafx.scene.control.Button button = robot.lookup(choice).queryAs(javafx.scene.control.Button.class);
            assertThat(button.getWidth()).as("%s (%s) is wide enough for its words", choice, button.getText())
                    .isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
        }
    }

    @Test
    void typingInTheBodyShowsInThePreviewAndUndoTakesItBack(FxRobot robot) throws Exception {
        javafx.scene.control.ToggleButton previewToggle = robot.lookup("#preview-toggle").queryAs(javafx.scene.control.ToggleButton.class);
        if (!previewToggle.isSelected()) {
            robot.clickOn(previewToggle);
        }
        CodeArea body = robot.lookup("#body-text").queryAs(CodeArea.class);
        robot.clickOn(body);
        robot.interact(() -> body.moveTo(body.getLength()));
        robot.write("Zebra crossing");

        javafx.scene.web.WebView preview = robot.lookup("#preview-web").queryAs(javafx.scene.web.WebView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            org.w3c.dom.Document page = preview.getEngine().getDocument();
            return page != null && page.getDocumentElement() != null && page.getDocumentElement().getTextContent().contains("Zebra crossing");
        }).get());
        assertThat(editor().document().body()).contains("Zebra crossing");
        assertThat(editor().isDirty()).isTrue();

        robot.press(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor().document().text()).isEqualTo(original);
        assertThat(body.getText()).doesNotContain("Zebra");
    }
}
