package io.agentstudio.gui.shell;

import io.agentstudio.gui.QueuedExecutor;
import io.agentstudio.gui.editor.AgentEditing;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.EditorFixture;
import io.agentstudio.gui.editor.EditorPaneContext;
import io.agentstudio.gui.editor.EditorPanes;
import io.agentstudio.gui.editor.EditorProblems;
import io.agentstudio.gui.form.FormViewModel;
import io.agentstudio.logic.settings.SettingsStore;
import io.agentstudio.testing.GuiTest;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** An open agent's tab makes its preview (a WebView in the studio) only when the user first shows it. */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class AgentTabViewTest {
    @TempDir
    Path workspace;
    @TempDir
    Path config;

    private int previewsMade;
    private PreferencesViewModel preferences;

    @Start
    void start(Stage stage) throws Exception {
        preferences = new PreferencesViewModel(new SettingsStore(config), new QueuedExecutor());
        WindowLayout layout = new WindowLayout(preferences);
        layout.resized(1280, 800);
        AgentEditorViewModel editor = new EditorFixture(workspace).editor();
        EditorPanes panes = new EditorPanes() {
            @Override
            public Node body(AgentEditing editing, EditorPaneContext context) {
                return new Label("body");
            }

            @Override
            public Node preview(AgentEditing editing, EditorPaneContext context) {
                previewsMade++;
                Label preview = new Label("preview");
                preview.setId("counted-preview");
                return preview;
            }
        };
        stage.setScene(new Scene(new AgentTabView(editor, new FormViewModel(editor, List.of()), panes, preferences, layout,
                EditorProblems.none(), Optional.empty()), 1280, 800));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void thePreviewIsMadeWhenFirstShownAndKeptWhenHiddenAndShownAgain(FxRobot robot) {
        assertThat(previewsMade).as("the preview is off: no preview made").isZero();

        robot.clickOn("#preview-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(previewsMade).isEqualTo(1);
        assertThat(robot.lookup("#counted-preview").tryQuery()).isPresent();

        robot.clickOn("#preview-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#counted-preview").tryQuery()).isEmpty();
        robot.clickOn("#preview-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#counted-preview").tryQuery()).isPresent();
        assertThat(previewsMade).as("the same preview comes back").isEqualTo(1);
    }
}
