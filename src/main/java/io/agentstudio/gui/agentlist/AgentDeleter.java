package io.agentstudio.gui.agentlist;

import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.EditorTabsViewModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Deletes an agent's file: to the system trash where there is one (recoverable, so no question unless a tab holds
 * unsaved edits), else permanently after a confirmation. The tab closes and the row goes once the file is gone.
 */
final class AgentDeleter {
    private final DialogService dialogs;
    private final EditorTabsViewModel tabs;
    private final AgentListViewModel list;
    private final Trash trash;
    private final Executor background;
    private final Executor ui;

    AgentDeleter(DialogService dialogs, EditorTabsViewModel tabs, AgentListViewModel list, Trash trash, Executor background,
                 Executor ui) {
        this.dialogs = dialogs;
        this.tabs = tabs;
        this.list = list;
        this.trash = trash;
        this.background = background;
        this.ui = ui;
    }

    void delete(AgentRow row) {
        Path file = row.agent().path();
        Optional<AgentEditorViewModel> editor = tabs.editorOf(file);
        boolean dirty = editor.map(AgentEditorViewModel::isDirty).orElse(false);
        boolean toTrash = trash.isAvailable();
        String unsaved = dirty ? " Its unsaved changes will be lost." : "";
        if (!toTrash && !dialogs.confirm("Delete agent", "Delete " + row.file() + " for good? This system has no trash"
                + " to restore it from." + unsaved)) {
            return;
        }
        if (toTrash && dirty && !dialogs.confirm("Delete agent", row.name() + " has unsaved changes. Move it to the trash"
                + " and lose them?")) {
            return;
        }
        background.execute(() -> {
            try {
                if (toTrash) {
                    trash.moveToTrash(file);
                } else {
                    Files.deleteIfExists(file);
                }
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> dialogs.showError("The agent was not deleted", row.file() + ": " + e.getMessage()));
                return;
            }
            ui.execute(() -> {
                tabs.editorOf(file).ifPresent(tabs::discard);
                list.remove(file);
            });
        });
    }
}
