package io.agentstudio.gui.problems;

import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.agentlist.FileChangeContext;
import io.agentstudio.gui.agentlist.WrittenEdit;
import io.agentstudio.gui.editor.CommandStack;
import io.agentstudio.logic.graph.GraphEdit;
import io.agentstudio.logic.workspace.WorkspaceAgent;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The rename quick fix ({@code name-file-mismatch}): moves the file to a new name in its folder, never over an
 * existing file, as one step of the workspace history (undo moves it back). Its content is not touched; a tab with
 * unsaved changes must be saved first. The list, the tab and the validation follow the new path.
 */
final class FileRenamer {
    private final FileChangeContext context;
    private final DialogService dialogs;
    private final Supplier<Path> root;
    private final LiveValidation validation;

    FileRenamer(FileChangeContext context, DialogService dialogs, Supplier<Path> root, LiveValidation validation) {
        this.context = context;
        this.dialogs = dialogs;
        this.root = root;
        this.validation = validation;
    }

    void rename(Path file, String newFileName) {
        Optional<WorkspaceAgent> agent = context.list().agent(file);
        if (agent.isEmpty()) {
            return;
        }
        Path workspace = root.get();
        Path target = workspace.relativize(file.resolveSibling(newFileName));
        String description = "Rename " + file.getFileName() + " → " + newFileName;
        GraphEdit move = new GraphEdit(description, List.of(new GraphEdit.FileChange(agent.get(), agent.get().document(), target)), List.of());
        CommandStack commands = context.tabs().commands();
        commands.perform(new WrittenEdit(description, workspace, move, context, this::followed)).thenAccept(done -> {
            if (!done) {
                dialogs.showError("The file was not renamed", commands.messageProperty().get());
            }
        });
    }

    private void followed(Path before, Optional<WorkspaceAgent> after) {
        validation.remove(before);
        after.ifPresent(validation::update);
    }
}
