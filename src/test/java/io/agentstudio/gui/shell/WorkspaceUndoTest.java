package io.agentstudio.gui.shell;

import io.agentstudio.app.MainWindowWiring;
import io.agentstudio.gui.FakeDialogs;
import io.agentstudio.gui.FakeTrash;
import io.agentstudio.gui.QueuedExecutor;
import io.agentstudio.gui.agentlist.AgentRow;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.CommandStack;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.gui.common.FixAction;
import io.agentstudio.gui.problems.ProblemRow;
import io.agentstudio.logic.agentfile.BodyEditor;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.settings.SettingsStore;
import io.agentstudio.logic.settings.WorkspaceMemory;
import io.agentstudio.logic.startup.SampleWorkspace;
import io.agentstudio.logic.startup.StartupWorkspace;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphEdge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes across files are one step of the workspace history: Edit > Undo names the change and takes it back in every
 * file it touched, file moves included.
 */
class WorkspaceUndoTest {
    static final String LEAD = "---\nname: tech-lead\ndescription: Leads the team.\ntools: Read, Read\n---\nYou lead.\n\n"
            + "## Handoffs\n- `backend-dev`: writes the code\n\nCheck the plan first.\n";
    static final String CODER = "---\nname: backend-dev\ndescription: Writes code.\ntools: Grep, Grep\n---\nYou write code.\n\n"
            + "## Receives from\n- `tech-lead`: assigns the work\n";

    @TempDir
    Path home;
    final QueuedExecutor background = new QueuedExecutor();
    final QueuedExecutor ui = new QueuedExecutor();
    final FakeDialogs dialogs = new FakeDialogs();
    MainWindowViewModel window;
    Path workspace;
    Path lead;
    Path coder;

    @BeforeEach
    void openWorkspace() throws IOException {
        workspace = home.resolve("team");
        Path agents = Files.createDirectories(workspace.resolve(".claude/agents"));
        lead = Files.writeString(agents.resolve("tech-lead.md"), LEAD);
        coder = Files.writeString(agents.resolve("backend-dev.md"), CODER);
        SettingsStore settings = new SettingsStore(home.resolve("config"));
        EditorTabsViewModel tabs = new EditorTabsViewModel(Catalogs.load(), new AgentFileStore(), dialogs, background, ui,
                new CommandStack(() -> 0L));
        window = MainWindowWiring.mainWindow(new StartupWorkspace(settings, new SampleWorkspace(home.resolve("data"))),
                new WorkspaceMemory(settings), dialogs, tabs, new PreferencesViewModel(settings, background),
                (root, onChanges) -> () -> { }, new FakeTrash(), background, ui, () -> { }, background, new ImmediateDelay());
        window.openFolder(workspace);
        finishWork();
    }

    void finishWork() {
        while (background.pending() > 0 || ui.pending() > 0) {
            background.runAll();
            ui.runAll();
        }
    }

    String tabText(Path file) {
        return window.tabs().editorOf(file).orElseThrow().document().text();
    }

    @Test
    void anUnlinkThatEditsTwoFilesIsUndoneByOneUndo() {
        window.graph().viewport().widthProperty().set(800);
        window.graph().viewport().heightProperty().set(500);
        window.graph().shownProperty().set(true);
        finishWork();
        GraphEdge delegation = window.graph().laidOut().graph().edges().stream()
                .filter(edge -> edge.from().name().equals("tech-lead") && edge.kind() == EdgeKind.DELEGATES).findFirst().orElseThrow();

        window.graph().edits().deleteEdge(delegation);
        finishWork();
        assertThat(tabText(lead)).doesNotContain("`backend-dev`");
        assertThat(tabText(coder)).doesNotContain("`tech-lead`");
        assertThat(window.undoTextProperty().get()).isEqualTo("Undo Unlink tech-lead → backend-dev");

        window.undo();
        finishWork();

        assertThat(tabText(lead)).isEqualTo(LEAD);
        assertThat(tabText(coder)).isEqualTo(CODER);
        assertThat(window.tabs().editors()).noneMatch(AgentEditorViewModel::isDirty);
        assertThat(window.redoTextProperty().get()).isEqualTo("Redo Unlink tech-lead → backend-dev");
    }

    @Test
    void aRenameWithItsFileMoveIsUndoneAndRedoneOnDisk() throws IOException {
        dialogs.text = Optional.of("api-dev");
        AgentRow row = window.agentList().allRows().stream().filter(r -> r.name().equals("backend-dev")).findFirst().orElseThrow();
        window.agentActions().rename(row);
        finishWork();
        Path moved = coder.resolveSibling("api-dev.md");
        assertThat(coder).doesNotExist();
        assertThat(Files.readString(moved)).contains("name: api-dev");
        assertThat(Files.readString(lead)).contains("`api-dev`");
        assertThat(window.undoTextProperty().get()).isEqualTo("Undo Rename backend-dev → api-dev");

        window.undo();
        finishWork();

        assertThat(moved).doesNotExist();
        assertThat(Files.readString(coder)).isEqualTo(CODER);
        assertThat(Files.readString(lead)).isEqualTo(LEAD);
        assertThat(window.agentList().allRows()).extracting(AgentRow::name).containsExactlyInAnyOrder("tech-lead", "backend-dev");

        window.redo();
        finishWork();

        assertThat(coder).doesNotExist();
        assertThat(Files.readString(moved)).contains("name: api-dev");
        assertThat(window.agentList().allRows()).extracting(AgentRow::name).containsExactlyInAnyOrder("tech-lead", "api-dev");
    }

    @Test
    void aRenameGoesBackOnlyAfterTheLaterEditsOfTheFilesItChanged() throws IOException {
        dialogs.text = Optional.of("api-dev");
        window.agentActions().rename(window.agentList().allRows().stream().filter(r -> r.name().equals("backend-dev")).findFirst().orElseThrow());
        finishWork();
        Path moved = coder.resolveSibling("api-dev.md");
        AgentEditorViewModel leadTab = window.tabs().open(window.agentList().agent(lead).orElseThrow());
        leadTab.apply("Typing", "body", document -> BodyEditor.replaceBody(document, "Edited\n"));

        window.tabs().commands().undo(moved);
        finishWork();

        assertThat(window.status().messageProperty().get()).isEqualTo("Rename backend-dev → api-dev changed other files too: undo Typing first.");
        assertThat(Files.readString(moved)).contains("name: api-dev");

        window.undo();
        window.undo();
        finishWork();
        assertThat(Files.readString(coder)).isEqualTo(CODER);
        assertThat(Files.readString(lead)).isEqualTo(LEAD);
        assertThat(leadTab.isDirty()).isFalse();
    }

    @Test
    void fixAllInTheWorkspaceIsOneStepAcrossTheAgents() {
        ProblemRow duplicate = window.problems().rows().stream().filter(row -> row.ruleId().equals("tools-duplicate")).findFirst().orElseThrow();
        FixAction everywhere = window.problems().fixes(duplicate).stream().filter(fix -> fix.title().endsWith("in the workspace (2 agents)"))
                .findFirst().orElseThrow();
        assertThat(everywhere.title()).isEqualTo("Fix all 2 tools-duplicate problems in the workspace (2 agents)");

        everywhere.apply();
        finishWork();
        assertThat(tabText(lead)).contains("tools: Read\n");
        assertThat(tabText(coder)).contains("tools: Grep\n");
        assertThat(window.undoTextProperty().get()).isEqualTo("Undo Fix all tools-duplicate in the workspace");

        window.undo();
        finishWork();

        assertThat(tabText(lead)).isEqualTo(LEAD);
        assertThat(tabText(coder)).isEqualTo(CODER);
    }

    @Test
    void aDeleteThatTakesTheAgentOutOfItsDelegatorsComesBackWholeWithOneUndo() throws IOException {
        AgentRow row = window.agentList().allRows().stream().filter(r -> r.name().equals("backend-dev")).findFirst().orElseThrow();

        window.agentActions().delete(row);
        finishWork();
        assertThat(dialogs.asked).anySatisfy(question -> assertThat(question).contains("backend-dev is delegated to by tech-lead."));
        assertThat(coder).doesNotExist();
        assertThat(tabText(lead)).doesNotContain("`backend-dev`").contains("Check the plan first.");
        assertThat(window.undoTextProperty().get()).isEqualTo("Undo Delete backend-dev");
        assertThat(window.status().agentsProperty().get()).isEqualTo("1 agent");

        window.undo();
        finishWork();

        assertThat(Files.readString(coder)).isEqualTo(CODER);
        assertThat(tabText(lead)).isEqualTo(LEAD);
        assertThat(window.agentList().allRows()).extracting(AgentRow::name).containsExactlyInAnyOrder("tech-lead", "backend-dev");
        assertThat(window.status().agentsProperty().get()).isEqualTo("2 agents");
    }

    @Test
    void theRenameFileFixIsUndoneByMovingTheFileBack() throws IOException {
        Path helper = Files.writeString(lead.resolveSibling("helper.md"), "---\nname: assistant\ndescription: Helps.\n---\nHelp.\n");
        window.reload();
        finishWork();
        ProblemRow mismatch = window.problems().rows().stream().filter(row -> row.ruleId().equals("name-file-mismatch")).findFirst().orElseThrow();

        window.problems().fixes(mismatch).stream().filter(fix -> fix.title().equals("Rename the file to `assistant.md`")).findFirst()
                .orElseThrow().apply();
        finishWork();
        Path renamed = helper.resolveSibling("assistant.md");
        assertThat(helper).doesNotExist();
        assertThat(renamed).exists();
        assertThat(window.problems().rows()).noneMatch(row -> row.ruleId().equals("name-file-mismatch"));
        assertThat(window.undoTextProperty().get()).isEqualTo("Undo Rename helper.md → assistant.md");

        window.undo();
        finishWork();

        assertThat(renamed).doesNotExist();
        assertThat(Files.readString(helper)).isEqualTo("---\nname: assistant\ndescription: Helps.\n---\nHelp.\n");
        assertThat(window.problems().rows()).anyMatch(row -> row.ruleId().equals("name-file-mismatch"));
    }
}
