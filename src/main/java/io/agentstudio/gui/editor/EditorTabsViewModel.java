package io.agentstudio.gui.editor;

import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.SaveChoice;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * The open agents, one tab each: opening, closing with a save/discard/cancel question, Save All, and passing
 * changes on disk to the tab of the file concerned.
 */
public final class EditorTabsViewModel {
    private final Catalogs catalogs;
    private final AgentFileStore store;
    private final DialogService dialogs;
    private final Executor background;
    private final Executor ui;
    private final LongSupplier clockMillis;

    // Properties
    private final ObservableList<AgentEditorViewModel> editors = FXCollections.observableArrayList();
    private final ObjectProperty<AgentEditorViewModel> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableSet<Path> dirtyPaths = FXCollections.observableSet();

    public EditorTabsViewModel(Catalogs catalogs, AgentFileStore store, DialogService dialogs, Executor background,
                               Executor ui, LongSupplier clockMillis) {
        this.catalogs = catalogs;
        this.store = store;
        this.dialogs = dialogs;
        this.background = background;
        this.ui = ui;
        this.clockMillis = clockMillis;
    }

    public ObservableList<AgentEditorViewModel> editors() {
        return editors;
    }

    public ObjectProperty<AgentEditorViewModel> selectedProperty() {
        return selected;
    }

    /** The files of the tabs with unsaved edits, for the agent list's markers. */
    public ObservableSet<Path> dirtyPaths() {
        return FXCollections.unmodifiableObservableSet(dirtyPaths);
    }

    public Optional<AgentEditorViewModel> editorOf(Path path) {
        return editors.stream().filter(e -> e.path().equals(path)).findFirst();
    }

    public boolean anyDirty() {
        return editors.stream().anyMatch(AgentEditorViewModel::isDirty);
    }

    // Commands

    /** Shows the agent's tab, opening one when there is none. */
    public AgentEditorViewModel open(WorkspaceAgent agent) {
        AgentEditorViewModel editor = editorOf(agent.path()).orElseGet(() -> {
            AgentEditorViewModel created = new AgentEditorViewModel(agent, catalogs.of(agent.dialect()), store, background, ui, clockMillis);
            created.dirtyProperty().addListener((observable, was, dirty) -> markDirty(created, dirty));
            editors.add(created);
            return created;
        });
        selected.set(editor);
        return editor;
    }

    /** Closes a tab; a dirty one first asks. Completes with true when the tab is gone. */
    public CompletableFuture<Boolean> close(AgentEditorViewModel editor) {
        if (!editor.isDirty()) {
            remove(editor);
            return CompletableFuture.completedFuture(true);
        }
        SaveChoice choice = dialogs.askToSave("Unsaved changes", editor.titleProperty().get()
                + " has unsaved changes. Save them before closing?");
        return switch (choice) {
            case SAVE -> editor.save().thenApply(saved -> {
                if (saved) {
                    remove(editor);
                }
                return saved;
            });
            case DISCARD -> {
                remove(editor);
                yield CompletableFuture.completedFuture(true);
            }
            case CANCEL -> CompletableFuture.completedFuture(false);
        };
    }

    /** Closes a tab without asking: its file was deleted or renamed by the studio after the user agreed. */
    public void discard(AgentEditorViewModel editor) {
        remove(editor);
    }

    /** Saves every dirty tab; completes with true when all are saved. */
    public CompletableFuture<Boolean> saveAll() {
        List<CompletableFuture<Boolean>> saves = editors.stream().filter(AgentEditorViewModel::isDirty)
                .map(AgentEditorViewModel::save).toList();
        return CompletableFuture.allOf(saves.toArray(CompletableFuture[]::new))
                .thenApply(all -> saves.stream().allMatch(CompletableFuture::join));
    }

    /**
     * Before the window closes or another workspace opens: one question for all unsaved tabs. Completes with true
     * when it may go ahead (saved or discarded), false when the user cancelled or a save did not succeed.
     */
    public CompletableFuture<Boolean> closeAll() {
        long dirty = editors.stream().filter(AgentEditorViewModel::isDirty).count();
        if (dirty == 0) {
            editors.clear();
            return CompletableFuture.completedFuture(true);
        }
        SaveChoice choice = dialogs.askToSave("Unsaved changes", dirty == 1
                ? "An agent has unsaved changes. Save it before closing?"
                : dirty + " agents have unsaved changes. Save them before closing?");
        return switch (choice) {
            case SAVE -> saveAll().thenApply(saved -> {
                if (saved) {
                    editors.clear();
                }
                return saved;
            });
            case DISCARD -> {
                editors.clear();
                dirtyPaths.clear();
                yield CompletableFuture.completedFuture(true);
            }
            case CANCEL -> CompletableFuture.completedFuture(false);
        };
    }

    /** Another program changed ({@code onDisk} present) or deleted a file; its tab, if open, decides what to do. */
    public void diskChanged(Path path, Optional<WorkspaceAgent> onDisk) {
        editorOf(path).ifPresent(editor -> editor.diskChanged(onDisk.orElse(null)));
    }

    private void remove(AgentEditorViewModel editor) {
        int index = editors.indexOf(editor);
        editors.remove(editor);
        dirtyPaths.remove(editor.path());
        if (selected.get() == editor) {
            selected.set(editors.isEmpty() ? null : editors.get(Math.max(0, Math.min(index, editors.size() - 1))));
        }
    }

    private void markDirty(AgentEditorViewModel editor, boolean dirty) {
        if (dirty) {
            dirtyPaths.add(editor.path());
        } else {
            dirtyPaths.remove(editor.path());
        }
    }
}
