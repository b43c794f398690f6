package io.agentstudio.app;

import io.agentstudio.gui.agentlist.AgentRow;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.model.FieldValue;
import io.agentstudio.testing.GuiTest;
import io.agentstudio.testing.ScopesMonorepo;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21's acceptance in the studio: the scopes monorepo with View > Include User Agents shows each agent's scope,
 * grouped, marks the shadowed ones with a tooltip naming the winner and where, and a user agent's tab says it is one.
 * The user's home is a copy of the fixture's (user.home points at it), never the real one.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class ScopesWindowTest {
    private static final PseudoClass SHADOWED = PseudoClass.getPseudoClass("shadowed");
    @TempDir
    static Path dir;
    private static ScopesMonorepo fixture;
    private CompositionRoot studio;

    @BeforeAll
    static void copy() throws IOException {
        fixture = ScopesMonorepo.copyTo(dir.resolve("fixture"));
    }

    @Start
    void start(Stage stage) {
        studio = HeadlessStudio.start(stage, dir.resolve("studio"), Optional.of(fixture.root()), fixture.home());
    }

    @AfterEach
    void tearDown() throws Exception {
        HeadlessStudio.stop(studio);
    }

    @Test
    void userAgentsShowWithTheirScopeAndShadowingAndSaveInTheirOwnFolder(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        MainWindowViewModel window = studio.mainWindow();
        assertThat(window.agentList().allRows()).as("user agents are not read until asked for").hasSize(5);

        CheckMenuItem include = (CheckMenuItem) menuItem(robot, "menu-user-agents");
        robot.interact(() -> {
            include.setSelected(true);
            include.fire();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.userAgentsShownProperty().get() && !window.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(include.isSelected()).isTrue();
        TableView<?> table = robot.lookup("#agent-table").queryAs(TableView.class);
        TableColumn<?, ?> scope = table.getColumns().stream().filter(c -> "column-scope".equals(c.getId())).findFirst().orElseThrow();
        assertThat(scope.isVisible()).isTrue();
        Map<String, String> shown = new LinkedHashMap<>();
        for (Node node : robot.lookup(".table-row-cell").queryAll()) {
            TableRow<?> row = (TableRow<?>) node;
            if (row.getItem() instanceof AgentRow agent) {
                shown.put(agent.name() + " " + window.agentList().scopes().label(agent), row.getPseudoClassStates().contains(SHADOWED)
                        ? "shadowed" : "used");
            }
        }
        assertThat(shown).containsExactlyInAnyOrderEntriesOf(Map.of("planner project", "used", "reviewer project", "shadowed",
                "a-builder packages/a", "used", "reviewer packages/a", "used", "b-tester packages/b", "used",
                "notes-keeper user", "used", "planner user", "shadowed"));
        assertThat(window.agentList().visibleRows()).extracting(row -> window.agentList().scopes().label(row))
                .as("one scope's rows together").containsExactly("project", "project", "packages/a", "packages/a", "packages/b",
                        "user", "user");
        AgentRow userPlanner = window.agentList().visibleRows().stream()
                .filter(row -> row.name().equals("planner") && row.agent().path().startsWith(fixture.home())).findFirst().orElseThrow();
        assertThat(window.agentList().scopes().shadowNote(userPlanner))
                .isEqualTo("Shadowed by the project agent .claude/agents/planner.md wherever Claude Code runs in this workspace");

        robot.interact(() -> window.agentList().open(userPlanner));
        WaitForAsyncUtils.waitForFxEvents();
        Tab tab = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream().flatMap(pane -> pane.getTabs().stream())
                .filter(t -> t.getText().contains("planner")).findFirst().orElseThrow();
        assertThat(tab.getText()).isEqualTo("user · planner");
        assertThat(tab.getTooltip().getText()).endsWith(fixture.userFile(".claude/agents/planner.md").toString());
        assertThat(window.status().saveStateProperty().get())
                .isEqualTo("Saved (user agent, " + fixture.userFile(".claude/agents/planner.md") + ")");

        AgentEditorViewModel editor = window.tabs().selectedProperty().get();
        robot.interact(() -> editor.apply("Set model", null,
                document -> FrontmatterEditor.set(document, "model", new FieldValue.Text("haiku"))));
        robot.interact(editor::save);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !editor.isDirty() && !editor.savingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readString(fixture.userFile(".claude/agents/planner.md"))).contains("\nmodel: haiku\n");
        assertThat(Files.readString(fixture.file(".claude/agents/planner.md"))).doesNotContain("model:");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.agentList().allRows().stream()
                .anyMatch(row -> row.agent().path().equals(fixture.userFile(".claude/agents/planner.md")) && row.model().equals("haiku")));
        // A file another program writes into the home shows too: its agents folder is watched like the workspace.
        Files.writeString(fixture.userFile(".claude/agents/scribe.md"),
                "---\nname: scribe\ndescription: Writes release notes from the merged changes; use before a release.\n---\nWrite notes.\n");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.agentList().allRows().stream()
                .anyMatch(row -> row.name().equals("scribe") && window.agentList().scopes().label(row).equals("user")));
        assertThat(window.status().saveStateProperty().get()).startsWith("Saved (user agent, ");
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId()))
                .findFirst().orElseThrow();
    }
}
