package io.agentstudio.gui.agentlist;

import io.agentstudio.gui.editor.DocumentEdit;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.gui.editor.WorkspaceCommand;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.logic.workspace.SaveResult;
import io.agentstudio.logic.workspace.WorkspaceAgent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * An agent's file deleted (to the system trash where there is one), with the delegations to it taken out of the
 * agents that named it, as one step of the workspace history. Undo writes the file back byte for byte, as it was when
 * deleted, and puts the references back in the other agents' tabs; redo deletes it again.
 */
final class DeletedAgent implements WorkspaceCommand {
    private final WorkspaceAgent agent;
    private final Path root;
    /** The other agents without their references to this one; empty when they were left as they are. */
    private final Optional<DocumentEdit> references;
    private final EditorTabsViewModel tabs;
    private final AgentListViewModel list;
    private final Trash trash;
    private final AgentFileStore store;
    private final Executor background;
    private final Executor ui;

    DeletedAgent(WorkspaceAgent agent, Path root, Optional<DocumentEdit> references, FileChangeContext context, Trash trash,
                 AgentFileStore store) {
        this.agent = agent;
        this.root = root;
        this.references = references;
        this.tabs = context.tabs();
        this.list = context.list();
        this.trash = trash;
        this.store = store;
        this.background = context.background();
        this.ui = context.ui();
    }

    @Override
    public String description() {
        return "Delete " + agent.name();
    }

    @Override
    public Set<Path> files() {
        Set<Path> files = new LinkedHashSet<>();
        files.add(agent.path());
        references.ifPresent(edit -> files.addAll(edit.files()));
        return files;
    }

    @Override
    public CompletableFuture<Optional<String>> redo() {
        Optional<String> refused = references.flatMap(edit -> edit.redo().join());
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(refused);
        }
        CompletableFuture<Optional<String>> done = new CompletableFuture<>();
        Path file = agent.path();
        background.execute(() -> {
            try {
                if (trash.isAvailable()) {
                    trash.moveToTrash(file);
                } else {
                    Files.deleteIfExists(file);
                }
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> {
                    references.ifPresent(DocumentEdit::undo);
                    done.complete(Optional.of(file.getFileName() + ": " + e.getMessage()));
                });
                return;
            }
            ui.execute(() -> {
                tabs.editorOf(file).ifPresent(tabs::discard);
                list.remove(file);
                done.complete(Optional.empty());
            });
        });
        return done;
    }

    @Override
    public CompletableFuture<Optional<String>> undo() {
        Optional<String> refused = references.flatMap(edit -> edit.undo().join());
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(refused);
        }
        CompletableFuture<Optional<String>> done = new CompletableFuture<>();
        background.execute(() -> {
            SaveResult result;
            try {
                result = store.saveAs(root, agent.relativePath(), agent.document());
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> restoreFailed(done, e.getMessage()));
                return;
            }
            ui.execute(() -> {
                if (result instanceof SaveResult.Saved saved) {
                    list.put(saved.agent());
                    done.complete(Optional.empty());
                } else {
                    restoreFailed(done, "a file of that name was created since");
                }
            });
        });
        return done;
    }

    private void restoreFailed(CompletableFuture<Optional<String>> done, String why) {
        references.ifPresent(DocumentEdit::redo);
        done.complete(Optional.of(agent.relativePath().getFileName() + " could not be written back: " + why));
    }
}
