package io.agentstudio.app;

import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.testing.CutLabels;
import io.agentstudio.testing.GuiTest;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An empty folder welcomes a new user with "Create your first agent", through a template with a suggested name. */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class FirstRunWindowTest {
    @TempDir
    static Path home;
    private CompositionRoot studio;
    private Path folder;

    @Start
    void start(Stage stage) {
        try {
            folder = Files.createDirectories(home.resolve("empty-folder"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        studio = HeadlessStudio.start(stage, home, Optional.of(folder));
    }

    @AfterEach
    void tearDown() throws Exception {
        HeadlessStudio.stop(studio);
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void anEmptyFolderOffersToCreateTheFirstAgentFromATemplate(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        MainWindowViewModel window = studio.mainWindow();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome").queryAs(Node.class).isVisible()).isTrue();

        robot.clickOn("#create-first-agent");
        TextField name = robot.lookup("#new-agent-name").queryAs(TextField.class);
        Label problem = robot.lookup("#new-agent-problem").queryAs(Label.class);
        assertThat(texts(robot, "#new-agent-templates .list-cell .label")).contains("Test writer",
                "Writes and runs the tests a new or changed piece of code needs.", "Planner that delegates", "Blank");
        assertThat(name.getText()).isEqualTo("code-reviewer");
        assertThat(problem.getText()).as("no error before the user typed").isEmpty();

        robot.clickOn("Test writer");
        assertThat(name.getText()).isEqualTo("test-writer");

        robot.clickOn(name).eraseText(name.getText().length()).write("Test Writer");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.getText()).startsWith("Use lower-case letters");
        assertThat(robot.lookup("Create").queryButton().isDisabled()).isTrue();
        assertThat(CutLabels.under(name.getScene().getRoot())).as("the dialog's templates and error, whole").isEmpty();

        robot.eraseText(name.getText().length()).write("tester");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.getText()).isEmpty();
        robot.clickOn("Create");

        Path file = folder.resolve(".claude/agents/tester.md");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.tabs().selectedProperty().get() != null
                && window.tabs().selectedProperty().get().path().equals(file));
        assertThat(Files.readString(file)).startsWith("---\nname: tester\ndescription: Writes focused tests");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome").queryAs(Node.class).isVisible()).as("the welcome gives way to the tab").isFalse();
    }
}
