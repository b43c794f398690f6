package io.agentstudio.gui.body;

import io.agentstudio.testing.GuiTest;
import atlantafx.base.theme.PrimerLight;
import io.agentstudio.gui.common.FxDelay;
import io.agentstudio.gui.preview.PreviewPane;
import io.agentstudio.gui.preview.PreviewViewModel;
import io.agentstudio.logic.markdown.MarkdownRenderer;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The body editor and the preview together, headless, on a fake agent with a real undo history. */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class BodyEditorPaneTest {
    private static final String FRONTMATTER = "---\nname: reviewer\ndescription: Reviews code\n---\n";

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private FakeAgentEditing editing;
    private BodyEditorViewModel body;
    private PreviewPane preview;

    @Start
    void start(Stage stage) {
        // The pane's stylesheet uses the theme's -color-* variables, as in the studio.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        editing = new FakeAgentEditing(FRONTMATTER + "# Role\n\nYou review code.\n\n## Rules\n\n- Be kind.\n");
        body = new BodyEditorViewModel(editing);
        PreviewViewModel previewModel = new PreviewViewModel(new MarkdownRenderer(), Runnable::run, Runnable::run, new FxDelay());
        previewModel.markdownProperty().bind(body.bodyProperty());
        // The preview takes the caret's line in the body (0-based); the body's first line is the file's fifth.
        previewModel.caretLineProperty().bind(body.caretLineProperty().subtract(5));
        preview = new PreviewPane(previewModel, opened::add);
        Scene scene = new Scene(new SplitPane(new BodyEditorPane(body), preview), 1000, 600);
        // The window's Undo and Redo, as the studio wires them to the agent's history.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), editing::undo);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static CodeArea area(FxRobot robot) {
        return robot.lookup("#body-text").queryAs(CodeArea.class);
    }

    private String previewText() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Document document = preview.webView().getEngine().getDocument();
            return document == null || document.getDocumentElement() == null ? "" : document.getDocumentElement().getTextContent();
        }).get(5, TimeUnit.SECONDS);
    }

    @Test
    void typingInTheBodyEditsTheAgentAndThePreviewShowsIt(FxRobot robot) throws Exception {
        CodeArea area = area(robot);
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getLength()));

        robot.write("Cite sources.");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editing.text()).isEqualTo(FRONTMATTER + "# Role\n\nYou review code.\n\n## Rules\n\n- Be kind.\nCite sources.");
        assertThat(editing.history()).extracting(FakeAgentEditing.Step::description).containsExactly("Typing");
        assertThat(body.caretLineProperty().get()).as("the body's 8th line, the file's 12th").isEqualTo(12);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> previewText().contains("Be kind.\nCite sources."));
        assertThat(previewText()).contains("Role", "You review code.");
    }

    @Test
    void ctrlZUndoesThroughTheAgentsHistoryNotTheArea(FxRobot robot) {
        CodeArea area = area(robot);
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(0));
        robot.write("New ");
        assertThat(area.getText()).startsWith("New # Role");

        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(area.getText()).startsWith("# Role\n");
        assertThat(editing.text()).isEqualTo(FRONTMATTER + "# Role\n\nYou review code.\n\n## Rules\n\n- Be kind.\n");
        assertThat(editing.history()).isEmpty();
    }

    @Test
    void ctrlFOpensTheFindBarAndFindsAWord(FxRobot robot) {
        CodeArea area = area(robot);
        robot.clickOn(area);

        robot.press(KeyCode.SHORTCUT, KeyCode.F).release(KeyCode.F, KeyCode.SHORTCUT);
        assertThat(robot.lookup("#body-find-field").queryAs(Node.class).isVisible()).isTrue();
        robot.write("review").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(area.getSelectedText()).isEqualTo("review");
        assertThat(area.getSelection().getStart()).isEqualTo(12);
        assertThat(robot.lookup("#body-find-status").queryLabeled().getText()).isEqualTo("1 match");
    }

    @Test
    void ctrlLGoesToALine(FxRobot robot) {
        CodeArea area = area(robot);
        robot.clickOn(area);

        robot.press(KeyCode.SHORTCUT, KeyCode.L).release(KeyCode.L, KeyCode.SHORTCUT);
        robot.write("9").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(area.getCurrentParagraph()).as("the file's line 9 is the body's 5th").isEqualTo(4);
        assertThat(body.caretLineProperty().get()).isEqualTo(9);
    }

    @Test
    void aLinkLeavesForTheSystemBrowserAndThePreviewStays(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> previewText().contains("Be kind."));

        robot.interact(() -> preview.webView().getEngine().load("https://example.invalid/guide"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).containsExactly("https://example.invalid/guide");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> previewText().contains("Be kind."));
    }
}
