package io.agentstudio.app;

import io.agentstudio.testing.SkillsTeam;
import io.agentstudio.gui.agentlist.AgentListViewModel;
import io.agentstudio.gui.agentlist.AgentRow;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.graph.GraphViewModel;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphNode;
import io.agentstudio.testing.GuiTest;
import io.agentstudio.testing.LineDiff;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
 * Skills beside agents, headless, on the skills-team fixture: the list shows the skills, one opens in the editor with
 * its supporting files listed, a description edited in the form reaches the disk on save as that one line, and the
 * graph draws the agents' preload edges to the skills.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class SkillsWindowTest {
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

    @Test
    void aSkillOpensFromTheListAndADescriptionEditChangesOnlyItsLine(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        robot.interact(() -> window().graph().shownProperty().set(false));
        robot.interact(() -> window().agentList().kindFilterProperty().set(AgentListViewModel.Kind.SKILLS));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#agent-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(6);
        assertThat(robot.lookup("#filter-kind").query().isVisible()).isTrue();

        Path skill = team.resolve(".claude/skills/pdf-forms/SKILL.md");
        String original = Files.readString(skill);
        robot.doubleClickOn("pdf-forms");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor() != null && editor().path().equals(skill));
        assertThat(robot.lookup("#skill-files .hyperlink").queryAllAs(Hyperlink.class)).extracting(Hyperlink::getText)
                .containsExactly("reference.md", "scripts/fill.py");

        assertThat(robot.lookup("#field-when_to_use").tryQuery()).as("the skills catalog's fields").isPresent();
        assertThat(robot.lookup((Node node) -> node instanceof Label label && label.getText() != null
                && label.getText().startsWith("Claude reads this to decide when to load the skill")).tryQuery())
                .as("the description's hint speaks of a skill").isPresent();
        TextArea description = robot.lookup("#field-description").queryAs(TextArea.class);
        robot.clickOn(description);
        robot.interact(description::selectAll);
        robot.write("Fill in PDF forms with the bundled script.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor().isDirty());
        assertThat(Files.readString(skill)).as("nothing written before Save").isEqualTo(original);
        robot.press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !editor().isDirty() && !editor().savingProperty().get());

        String saved = Files.readString(skill);
        LineDiff diff = LineDiff.between(original, saved);
        assertThat(diff.originalFrom()).as("the description's line").isEqualTo(2);
        assertThat(diff.originalTo() - diff.originalFrom()).isEqualTo(1);
        assertThat(LineDiff.lines(saved).subList(diff.updatedFrom(), diff.updatedTo()))
                .containsExactly("description: Fill in PDF forms with the bundled script.\n");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> row("pdf-forms").description().startsWith("Fill in PDF forms"));
    }

    @Test
    void theGraphShowsTheSkillsAndTheAgentsPreloadEdges(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        robot.interact(() -> window().preferences().graphShownProperty().set(false));
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.G);
        GraphViewModel graph = window().graph();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !graph.busyProperty().get()
                && graph.laidOut().graph().nodes().stream().anyMatch(GraphNode::isSkill));

        assertThat(robot.lookup("#graph-skills").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(graph.laidOut().graph().edges()).filteredOn(edge -> edge.kind() == EdgeKind.PRELOADS)
                .extracting(edge -> edge.from().name() + " -> " + edge.to().name())
                .contains("backend-developer -> api-conventions", "test-engineer -> test-patterns", "docs-writer -> changelog-style");

        robot.clickOn("#graph-skills");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !graph.busyProperty().get()
                && graph.laidOut().graph().nodes().stream().noneMatch(GraphNode::isSkill));
    }

    private AgentEditorViewModel editor() {
        return window().tabs().selectedProperty().get();
    }

    private AgentRow row(String name) {
        return window().agentList().skillRows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
