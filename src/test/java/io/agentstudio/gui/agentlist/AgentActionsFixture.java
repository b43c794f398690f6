package io.agentstudio.gui.agentlist;

import io.agentstudio.gui.FakeDialogs;
import io.agentstudio.gui.FakeTrash;
import io.agentstudio.gui.QueuedExecutor;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.CommandStack;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.logic.agentfile.BodyEditor;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.testing.SkillsTeam;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary workspace with the list, the tabs and the actions on it, without a JavaFX toolkit. */
abstract class AgentActionsFixture {
    @TempDir
    Path root;
    final QueuedExecutor background = new QueuedExecutor();
    final QueuedExecutor ui = new QueuedExecutor();
    final FakeDialogs dialogs = new FakeDialogs();
    final FakeTrash trash = new FakeTrash();
    EditorTabsViewModel tabs;
    AgentListViewModel list;
    AgentActionsViewModel actions;

    /** Writes {@code .claude/agents/<name>.md} for each name/content pair, then loads the workspace. */
    void workspace(String... namesAndContents) throws IOException {
        Path agents = Files.createDirectories(root.resolve(".claude/agents"));
        for (int i = 0; i < namesAndContents.length; i += 2) {
            Files.writeString(agents.resolve(namesAndContents[i] + ".md"), namesAndContents[i + 1]);
        }
        open();
    }

    /** The skills-team fixture (10 agents, 6 skills) copied to the workspace and loaded. */
    void skillsTeam() throws IOException {
        SkillsTeam.copyTo(root);
        open();
    }

    private void open() throws IOException {
        tabs = new EditorTabsViewModel(Catalogs.load(), new AgentFileStore(), dialogs, background, ui, new CommandStack(() -> 0L));
        list = new AgentListViewModel(tabs.dirtyPaths());
        tabs.useListedAgents(list::agent);
        Workspace workspace = WorkspaceLoader.load(root);
        list.show(workspace.agents(), workspace.skills());
        actions = new AgentActionsViewModel(dialogs, tabs, list, new AgentFileStore(), () -> root, trash, background, ui);
    }

    Path agentFile(String name) {
        return root.resolve(".claude/agents").resolve(name + ".md");
    }

    AgentRow row(String name) {
        return list.visibleRows().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }

    AgentEditorViewModel opened(String name) {
        return tabs.open(row(name).agent());
    }

    AgentEditorViewModel openedAndEdited(String name) {
        AgentEditorViewModel editor = opened(name);
        editor.apply("Typing", "body", d -> BodyEditor.replaceBody(d, "Edited\n"));
        return editor;
    }

    void finishWork() {
        while (background.pending() > 0 || ui.pending() > 0) {
            background.runAll();
            ui.runAll();
        }
    }
}
