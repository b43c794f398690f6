package io.agentstudio.gui.agentlist;

import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.editor.CommandStack;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.logic.graph.GraphEdit;
import io.agentstudio.logic.graph.GraphEditor;
import io.agentstudio.logic.workspace.Workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Renames an agent through the graph's rename, so its name, its file and every reference in other agents follow, as
 * one step of the workspace history (Edit > Undo puts every file back). Tabs of the files it changes must be clean
 * (their text is replaced by the renamed one); a dirty tab refuses the rename rather than mixing the user's unsaved
 * edits with the rewrite.
 */
final class AgentRenamer {
    private final DialogService dialogs;
    private final EditorTabsViewModel tabs;
    private final AgentListViewModel list;
    private final Executor background;
    private final Executor ui;

    AgentRenamer(DialogService dialogs, EditorTabsViewModel tabs, AgentListViewModel list, Executor background, Executor ui) {
        this.dialogs = dialogs;
        this.tabs = tabs;
        this.list = list;
        this.background = background;
        this.ui = ui;
    }

    void rename(Path root, AgentRow row, String newName) {
        // The list holds every agent as last read from disk: the baselines the writer checks the disk against.
        Workspace workspace = new Workspace(root, list.agents(), List.of());
        GraphEdit edit;
        try {
            edit = new GraphEditor(workspace).rename(row.name(), newName);
        } catch (RuntimeException e) {
            dialogs.showError("The agent was not renamed", e.getMessage());
            return;
        }
        CommandStack commands = tabs.commands();
        commands.perform(new WrittenEdit("Rename " + row.name() + " → " + newName, root, edit, new FileChangeContext(tabs, list, background, ui),
                (was, now) -> { })).thenAccept(done -> {
            if (!done) {
                dialogs.showError("The agent was not renamed", commands.messageProperty().get());
            } else if (!edit.handEdits().isEmpty()) {
                dialogs.inform("References to edit by hand", edit.summary() + "\n\n" + edit.handEdits().stream()
                        .map(hand -> hand.location() + ": " + hand.why()).collect(Collectors.joining("\n")));
            }
        });
    }
}
