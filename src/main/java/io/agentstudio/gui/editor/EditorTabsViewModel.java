package io.agentstudio.gui.editor;

import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.SaveChoice;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.scope.AgentScope;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.DialectCatalog;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The open agents, one tab each: opening, closing with a save/discard/cancel question, Save All, passing changes on
 * disk to the tab of the file concerned, and the documents the workspace's {@link CommandStack} edits.
 */
public final class EditorTabsViewModel implements OpenDocuments {
    private static final int NAMES_LISTED = 5;

    private final Catalogs catalogs;
    private final AgentFileStore store;
    private final DialogService dialogs;
    private final Executor background;
    private final Executor ui;
    private final CommandStack commands;
    /** The workspace's agents as last read from disk, for files without a tab. */
    private Function<Path, Optional<WorkspaceAgent>> listed = path -> Optional.empty();
    private Supplier<Path> workspaceRoot = () -> null;

    // Properties
    private final ObservableList<AgentEditorViewModel> editors = FXCollections.observableArrayList();
    private final ObjectProperty<AgentEditorViewModel> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableSet<Path> dirtyPaths = FXCollections.observableSet();
    /** Handed out once: a read-only view listens to its list only weakly, so one made per call could be collected
     * with the listeners on it. */
    private final ObservableSet<Path> dirtyPathsView = FXCollections.unmodifiableObservableSet(dirtyPaths);

    public EditorTabsViewModel(Catalogs catalogs, AgentFileStore store, DialogService dialogs, Executor background,
                               Executor ui, CommandStack commands) {
        this.catalogs = catalogs;
        this.store = store;
        this.dialogs = dialogs;
        this.background = background;
        this.ui = ui;
        this.commands = commands;
    }

    /** Where agents without a tab are found, so that undo can reopen the tab of a file closed since. */
    public void useListedAgents(Function<Path, Optional<WorkspaceAgent>> listedAgents) {
        this.listed = listedAgents;
    }

    /** Where the open workspace's folder is read from: a tab tells a user agent from a project one by it. */
    public void useWorkspaceRoot(Supplier<Path> root) {
        this.workspaceRoot = root;
    }

    /** The workspace's undo history. */
    public CommandStack commands() {
        return commands;
    }

    public ObservableList<AgentEditorViewModel> editors() {
        return editors;
    }

    public ObjectProperty<AgentEditorViewModel> selectedProperty() {
        return selected;
    }

    /** The files of the tabs with unsaved edits, for the agent list's markers. */
    public ObservableSet<Path> dirtyPaths() {
        return dirtyPathsView;
    }

    public Optional<AgentEditorViewModel> editorOf(Path path) {
        return editors.stream().filter(e -> e.path().equals(path)).findFirst();
    }

    public boolean anyDirty() {
        return editors.stream().anyMatch(AgentEditorViewModel::isDirty);
    }

    @Override
    public Optional<AgentDocument> current(Path path) {
        return editorOf(path).map(AgentEditorViewModel::document).or(() -> listed.apply(path).map(WorkspaceAgent::document));
    }

    @Override
    public Optional<AgentEditorViewModel> editorFor(Path path) {
        return editorOf(path).or(() -> listed.apply(path).map(this::create));
    }

    // Commands

    /** Shows the agent's tab, opening one when there is none. */
    public AgentEditorViewModel open(WorkspaceAgent agent) {
        AgentEditorViewModel editor = editorOf(agent.path()).orElseGet(() -> create(agent));
        selected.set(editor);
        return editor;
    }

    /**
     * Changes several agents as one undoable step ({@code edited}: each file's new document), opening their tabs
     * where needed; nothing is written until the user saves. False, with the reason in the history's message, when a
     * file is no longer an agent of the workspace.
     */
    public boolean edit(String description, Map<Path, AgentDocument> edited) {
        List<DocumentEdit.Change> changes = new ArrayList<>();
        for (Map.Entry<Path, AgentDocument> file : edited.entrySet()) {
            Optional<AgentDocument> before = current(file.getKey());
            if (before.isEmpty()) {
                return false;
            }
            changes.add(new DocumentEdit.Change(file.getKey(), before.get(), file.getValue()));
        }
        return !changes.isEmpty() && commands.perform(new DocumentEdit(description, changes, this)).join();
    }

    private AgentEditorViewModel create(WorkspaceAgent agent) {
        DialectCatalog catalog = SkillEditing.isSkill(agent) ? SkillEditing.catalog(catalogs, agent.dialect()) : catalogs.of(agent.dialect());
        AgentEditorViewModel created = new AgentEditorViewModel(agent, catalog, store, background, ui, commands, this);
        Path root = workspaceRoot.get();
        if (root != null) {
            created.showScope(AgentScope.of(agent, root));
        }
        created.dirtyProperty().addListener((observable, was, dirty) -> markDirty(created, dirty));
        editors.add(created);
        return created;
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
                commands.forget(editor.path());
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
     * Before the window closes or another workspace opens ({@code before}: "quitting"): one question for all unsaved
     * tabs, naming their agents. Completes with true when it may go ahead (saved or discarded), false when the user
     * cancelled or a save did not succeed.
     */
    public CompletableFuture<Boolean> closeAll(String before) {
        List<String> unsaved = editors.stream().filter(AgentEditorViewModel::isDirty).map(editor -> editor.titleProperty().get()).toList();
        if (unsaved.isEmpty()) {
            removeAll();
            return CompletableFuture.completedFuture(true);
        }
        SaveChoice choice = dialogs.askToSaveAll("Unsaved changes", "Save changes to " + listed(unsaved) + " before " + before + "?");
        return switch (choice) {
            case SAVE -> saveAll().thenApply(saved -> {
                if (saved) {
                    removeAll();
                }
                return saved;
            });
            case DISCARD -> {
                editors.forEach(editor -> commands.forget(editor.path()));
                removeAll();
                yield CompletableFuture.completedFuture(true);
            }
            case CANCEL -> CompletableFuture.completedFuture(false);
        };
    }

    /** Another program changed ({@code onDisk} present) or deleted a file; its tab, if open, decides what to do. */
    public void diskChanged(Path path, Optional<WorkspaceAgent> onDisk) {
        editorOf(path).ifPresent(editor -> editor.diskChanged(onDisk.orElse(null)));
    }

    /** "a", "a and b", "a, b and c"; past {@value #NAMES_LISTED} names the rest are counted, so the question stays short. */
    static String listed(List<String> names) {
        if (names.size() > NAMES_LISTED) {
            int more = names.size() - NAMES_LISTED;
            return String.join(", ", names.subList(0, NAMES_LISTED)) + " and " + more + (more == 1 ? " other agent" : " other agents");
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private void removeAll() {
        List.copyOf(editors).forEach(AgentEditorViewModel::dispose);
        editors.clear();
        dirtyPaths.clear();
    }

    private void remove(AgentEditorViewModel editor) {
        editor.dispose();
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
