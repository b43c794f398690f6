package io.agentstudio.gui.agentlist;

import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.logic.graph.GraphEdit;
import io.agentstudio.logic.graph.GraphEditWriter;
import io.agentstudio.logic.graph.GraphEditor;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Renames an agent through the graph's rename, so its name, its file and every reference in other agents follow.
 * Tabs of the files it changes must be clean (their text is replaced by the renamed one); a dirty tab refuses the
 * rename rather than mixing the user's unsaved edits with the rewrite.
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
        String dirty = edit.changes().stream().map(change -> change.baseline().path())
                .filter(path -> tabs.editorOf(path).map(AgentEditorViewModel::isDirty).orElse(false))
                .map(path -> path.getFileName().toString()).collect(Collectors.joining(", "));
        if (!dirty.isEmpty()) {
            dialogs.showError("The agent was not renamed", "Renaming " + row.name() + " changes files with unsaved edits ("
                    + dirty + "). Save or revert them first.");
            return;
        }
        background.execute(() -> write(workspace, edit));
    }

    private void write(Workspace workspace, GraphEdit edit) {
        Map<Path, Optional<WorkspaceAgent>> renamed = new LinkedHashMap<>();
        try {
            new GraphEditWriter().write(workspace, edit);
            for (GraphEdit.FileChange change : edit.changes()) {
                Path now = change.moves() ? workspace.root().resolve(change.newRelativePath()) : change.baseline().path();
                renamed.put(change.baseline().path(), WorkspaceLoader.reload(workspace.root(), now));
            }
        } catch (IOException | RuntimeException e) {
            ui.execute(() -> dialogs.showError("The agent was not renamed", e.getMessage()));
            return;
        }
        ui.execute(() -> show(edit, renamed));
    }

    private void show(GraphEdit edit, Map<Path, Optional<WorkspaceAgent>> renamed) {
        renamed.forEach((before, after) -> {
            Optional<AgentEditorViewModel> editor = tabs.editorOf(before);
            if (after.isEmpty()) {
                list.remove(before);
                editor.ifPresent(open -> open.diskChanged(null));
            } else if (after.get().path().equals(before)) {
                list.put(after.get());
                editor.ifPresent(open -> open.diskChanged(after.get()));
            } else {
                // A tab belongs to one path: the moved file gets a fresh tab in the place of the old one.
                boolean wasSelected = list.selectedProperty().get() != null
                        && list.selectedProperty().get().agent().path().equals(before);
                list.remove(before);
                list.put(after.get());
                if (wasSelected) {
                    list.select(after.get().path());
                }
                editor.ifPresent(open -> {
                    tabs.discard(open);
                    tabs.open(after.get());
                });
            }
        });
        if (!edit.handEdits().isEmpty()) {
            dialogs.inform("References to edit by hand", edit.summary() + "\n\n" + edit.handEdits().stream()
                    .map(hand -> hand.location() + ": " + hand.why()).collect(Collectors.joining("\n")));
        }
    }
}
