package io.agentstudio.app;

import io.agentstudio.testing.SkillsTeam;
import io.agentstudio.gui.common.FixAction;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.graph.GraphViewModel;
import io.agentstudio.gui.problems.ProblemRow;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.testing.GuiTest;
import io.agentstudio.testing.OnUiThread;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20's journey, headless, on the skills-team fixture: docs-writer preloads `changelog-style`, which no skill
 * is; the problem's quick fix (Ctrl+1 on its row) creates the skill from a template and opens it; its description is written
 * and saved; the problem is gone and the graph draws docs-writer's preload edge to the new skill, no longer a ghost.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class SkillQuickFixWindowTest {
    private static final String UNKNOWN = "No skill named `changelog-style`";
    @TempDir
    static Path home;
    private CompositionRoot studio;
    private Path team;

    @Start
    void start(Stage stage) throws IOException {
        team = SkillsTeam.copyTo(Files.createTempDirectory(home, "skills-team"));
        studio = HeadlessStudio.start(stage, home, Optional.of(team));
    }

    @AfterEach
    void tearDown() throws Exception {
        HeadlessStudio.stop(studio);
    }

    private MainWindowViewModel window() {
        return studio.mainWindow();
    }

    /** Read on the UI thread, which changes the rows while the workspace is checked again after a save. */
    private boolean problemShown() throws Exception {
        return OnUiThread.get(() -> window().problems().rows().stream().anyMatch(row -> row.message().startsWith(UNKNOWN)));
    }

    @Test
    void theQuickFixCreatesTheMissingSkillWhichIsWrittenAndThenDrawn(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        robot.interact(() -> {
            window().graph().shownProperty().set(false);
            window().preferences().problemsShownProperty().set(true);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, this::problemShown);
        assertThat(window().problems().rows()).as("the skills that exist are found").extracting(ProblemRow::ruleId)
                .containsOnlyOnce("skill-unknown");

        ProblemRow unknown = window().problems().rows().stream().filter(row -> row.message().startsWith(UNKNOWN)).findFirst().orElseThrow();
        OnUiThread.waitFor(10, () -> robot.lookup("#problems-tree .tree-table-row-cell")
                .match((TreeTableRow<?> r) -> unknown.equals(r.getItem())).tryQuery().isPresent());
        robot.clickOn(robot.lookup("#problems-tree .tree-table-row-cell")
                .match((TreeTableRow<?> r) -> unknown.equals(r.getItem())).queryAs(TreeTableRow.class));
        assertThat(window().problems().fixes(unknown)).extracting(FixAction::title)
                .as("no skill's name is close: the one fix, which Ctrl+1 applies").containsExactly("Create the skill `changelog-style` from a template");
        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.SHORTCUT);

        Path skill = team.resolve(".claude/skills/changelog-style/SKILL.md");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor() != null && editor().path().equals(skill));
        assertThat(Files.readString(skill)).startsWith("---\nname: changelog-style\n");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !problemShown());

        TextArea description = robot.lookup("#field-description").queryAs(TextArea.class);
        robot.clickOn(description);
        robot.interact(description::selectAll);
        robot.write("How this team writes changelog entries. Use when writing release notes.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor().isDirty());
        robot.press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !editor().isDirty() && !editor().savingProperty().get());
        assertThat(Files.readString(skill)).contains("description: How this team writes changelog entries. Use when writing release notes.\n");

        // A saved skill is checked again with the agents that preload it: renamed away from its folder, it is missing again.
        TextField name = robot.lookup("#field-name").queryAs(TextField.class);
        robot.clickOn(name);
        robot.interact(name::selectAll);
        robot.write("changelog-rules");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor().isDirty());
        robot.press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        OnUiThread.waitFor(20, () -> problemShown() && window().problems().rows().stream()
                .anyMatch(row -> row.ruleId().equals("skill-name-folder-mismatch")));
        robot.interact(() -> editor().undo());
        robot.press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !problemShown());

        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.G);
        GraphViewModel graph = window().graph();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !graph.busyProperty().get() && preload(graph).isPresent());
        GraphEdge edge = preload(graph).orElseThrow();
        assertThat(edge.to().isGhost()).as("the skill exists now").isFalse();
        assertThat(edge.to().isSkill()).isTrue();
    }

    private static Optional<GraphEdge> preload(GraphViewModel graph) {
        return graph.laidOut().graph().edges().stream().filter(edge -> edge.kind() == EdgeKind.PRELOADS
                && edge.from().name().equals("docs-writer") && edge.to().name().equals("changelog-style")).findFirst();
    }

    private AgentEditorViewModel editor() {
        return window().tabs().selectedProperty().get();
    }
}
