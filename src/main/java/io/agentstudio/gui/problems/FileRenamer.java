package io.agentstudio.gui.problems;

import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.agentlist.AgentListViewModel;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The rename quick fix ({@code name-file-mismatch}): moves the file to a new name in its folder, off the UI thread,
 * never over an existing file. Its content is not touched, so it is not an edit of the tab and not undoable there;
 * a tab with unsaved changes must be saved first. The list, the tab and the validation follow the new path.
 */
final class FileRenamer {
    private final EditorTabsViewModel tabs;
    private final AgentListViewModel list;
    private final DialogService dialogs;
    private final Executor background;
    private final Executor ui;
    private final Supplier<Path> root;
    private final LiveValidation validation;

    FileRenamer(EditorTabsViewModel tabs, AgentListViewModel list, DialogService dialogs, Executor background, Executor ui,
                Supplier<Path> root, LiveValidation validation) {
        this.tabs = tabs;
        this.list = list;
        this.dialogs = dialogs;
        this.background = background;
        this.ui = ui;
        this.root = root;
        this.validation = validation;
    }

    void rename(Path file, String newFileName) {
        Optional<AgentEditorViewModel> tab = tabs.editorOf(file);
        if (tab.isPresent() && tab.get().isDirty()) {
            dialogs.showError("The file was not renamed", file.getFileName() + " has unsaved changes. Save or revert them first.");
            return;
        }
        Path workspace = root.get();
        Path target = file.resolveSibling(newFileName);
        background.execute(() -> {
            Optional<WorkspaceAgent> moved;
            try {
                Files.move(file, target);
                moved = WorkspaceLoader.reload(workspace, target);
            } catch (FileAlreadyExistsException e) {
                ui.execute(() -> dialogs.showError("The file was not renamed", "There is already a file named " + newFileName + "."));
                return;
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> dialogs.showError("The file was not renamed", e.getMessage()));
                return;
            }
            ui.execute(() -> renamed(file, moved));
        });
    }

    private void renamed(Path before, Optional<WorkspaceAgent> after) {
        boolean wasSelected = list.selectedProperty().get() != null && list.selectedProperty().get().agent().path().equals(before);
        list.remove(before);
        validation.remove(before);
        Optional<AgentEditorViewModel> tab = tabs.editorOf(before);
        tab.ifPresent(tabs::discard);
        after.ifPresent(agent -> {
            list.put(agent);
            validation.update(agent);
            if (wasSelected) {
                list.select(agent.path());
            }
            // A tab belongs to one path: the renamed file opens in a fresh tab.
            tab.ifPresent(closed -> tabs.open(agent));
        });
    }
}
