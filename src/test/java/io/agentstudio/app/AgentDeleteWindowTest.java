package io.agentstudio.app;

import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.testing.GuiTest;
import io.agentstudio.testing.OnUiThread;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting an agent its team delegates to, through the real list button and dialogs: the permanent delete asks with
 * Cancel as the default, and a delegation kept behind shows as a problem instead of vanishing with the agent.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class AgentDeleteWindowTest {
    @TempDir
    static Path home;
    @TempDir
    static Path workspace;
    private CompositionRoot studio;

    @Start
    void start(Stage stage) {
        write("tech-lead", "You lead the team.\n\n## Delegates to\n\n- `researcher`\n");
        write("researcher", "You find the facts.\n");
        studio = HeadlessStudio.start(stage, home, Optional.of(workspace));
    }

    @BeforeEach
    void waitForTheWorkspace() throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
    }

    @AfterEach
    void tearDown() throws Exception {
        HeadlessStudio.stop(studio);
    }

    @Test
    void deletingADelegatedToAgentAsksWithCancelAsDefaultAndLeavesTheKeptReferenceAsAProblem(FxRobot robot) throws Exception {
        MainWindowViewModel window = studio.mainWindow();
        Path researcher = workspace.resolve(".claude/agents/researcher.md");
        Path lead = workspace.resolve(".claude/agents/tech-lead.md");
        assertThat(window.problems().findingsByFile().getOrDefault(lead, List.of())).isEmpty();

        robot.interact(() -> window.agentList().selectedProperty().set(window.agentList().visibleRows().stream()
                .filter(row -> row.name().equals("researcher")).findFirst().orElseThrow()));
        robot.clickOn("#agent-delete");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Button delete = actionButton(question, ButtonBar.ButtonData.OK_DONE);
        Button cancel = actionButton(question, ButtonBar.ButtonData.CANCEL_CLOSE);
        assertThat(delete.getText()).isEqualTo("Delete");
        assertThat(delete.isDefaultButton()).as("Enter must not delete").isFalse();
        assertThat(cancel.isDefaultButton()).isTrue();
        robot.clickOn(delete);

        OnUiThread.waitFor(10, () -> robot.lookup(".dialog-pane .combo-box").tryQuery().isPresent());
        DialogPane references = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(((Labeled) references.lookup(".header-panel .label")).getText()).contains("researcher is delegated to by tech-lead");
        ComboBox<?> choice = robot.lookup(".dialog-pane .combo-box").queryAs(ComboBox.class);
        robot.interact(() -> choice.getSelectionModel().select(1));
        robot.clickOn(actionButton(references, ButtonBar.ButtonData.OK_DONE));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.exists(researcher));
        OnUiThread.waitFor(10, () -> !window.problems().findingsByFile().getOrDefault(lead, List.of()).isEmpty());
        assertThat(Files.readString(lead)).contains("- `researcher`");
        assertThat(window.problems().findingsByFile().get(lead)).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("agent-unknown");
            assertThat(finding.problem().line()).isEqualTo(9);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".problems-pane .tree-table-cell").queryAllAs(Labeled.class))
                .anySatisfy(cell -> assertThat(cell.getText()).startsWith("No agent named `researcher`"));
    }

    private static Button actionButton(DialogPane pane, ButtonBar.ButtonData data) {
        return (Button) pane.getButtonTypes().stream().filter(type -> type.getButtonData() == data)
                .map(pane::lookupButton).findFirst().orElseThrow();
    }

    private static void write(String name, String body) {
        try {
            Path file = workspace.resolve(".claude/agents/" + name + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\nname: " + name + "\ndescription: The " + name + " of the team. Use proactively"
                    + " whenever the work calls for a " + name + ".\n---\n" + body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
