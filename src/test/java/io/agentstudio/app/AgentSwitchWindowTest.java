package io.agentstudio.app;

import io.agentstudio.gui.agentlist.AgentRow;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.testing.GuiTest;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Turning an agent off in the studio, headless: the list's power button writes the deny entry into the project's
 * settings, the row greys and says why, the graph fades the agent, and the keyboard turns it on again with the
 * settings file as it was.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class AgentSwitchWindowTest {
    private static final byte[] SETTINGS = ("{\r\n    \"model\": \"opus\",\r\n    \"permissions\": {\r\n        \"allow\": [\r\n"
            + "            \"Bash(npm test)\"\r\n        ]\r\n    }\r\n}\r\n").getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path home;
    private CompositionRoot studio;

    @Start
    void start(Stage stage) {
        studio = HeadlessStudio.start(stage, home);
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
    void anAgentTurnedOffIsGreyedAndTurnedOnAgainLeavesTheSettingsAsTheyWere(FxRobot robot) throws Exception {
        MainWindowViewModel window = studio.mainWindow();
        Path root = window.currentProperty().get().root();
        Path settings = root.resolve(".claude/settings.json");
        Files.write(settings, SETTINGS);
        Path reviewer = root.resolve(".claude/agents/code-reviewer.md");
        robot.interact(() -> window.agentList().select(reviewer));
        WaitForAsyncUtils.waitForFxEvents();

        Button onOff = robot.lookup("#agent-switch").queryAs(Button.class);
        assertThat(onOff.isDisabled()).isFalse();
        robot.clickOn(onOff);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rowOf(robot, reviewer).map(row -> row.getStyleClass().contains("agent-off"))
                .orElse(false));
        assertThat(Files.readString(settings)).contains("\"Agent(code-reviewer)\"", "\"model\": \"opus\"");
        assertThat(window.agentList().offReason(reviewer)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("\"Agent(code-reviewer)\"", ".claude/settings.json"));
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).startsWith("Turned code-reviewer off");
        robot.interact(() -> window.graph().shownProperty().set(true));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.graph().busyProperty().get()
                && window.graph().laidOut() != null && window.graph().laidOut().graph().agents().size() == 10);
        String node = window.graph().laidOut().graph().agents().stream()
                .filter(n -> window.graph().agent(n.id()).map(a -> a.path().equals(reviewer)).orElse(false)).findFirst().orElseThrow().id();
        assertThat(window.graph().isOff(node)).as("faded on the graph").isTrue();
        robot.interact(() -> window.graph().shownProperty().set(false));

        robot.clickOn(rowOf(robot, reviewer).orElseThrow());
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.SHORTCUT);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rowOf(robot, reviewer).map(row -> !row.getStyleClass().contains("agent-off"))
                .orElse(false) && window.agentList().offReason(reviewer).isEmpty());
        assertThat(settings).hasBinaryContent(SETTINGS);
        assertThat(window.graph().isOff(node)).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static Optional<TableRow<AgentRow>> rowOf(FxRobot robot, Path file) {
        TableView<AgentRow> table = robot.lookup("#agent-table").queryAs(TableView.class);
        return robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .map(row -> (TableRow<AgentRow>) row)
                .filter(row -> row.getItem() != null && row.getItem().agent().path().equals(file)).findFirst();
    }
}
