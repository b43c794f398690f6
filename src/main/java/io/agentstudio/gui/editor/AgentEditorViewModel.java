package io.agentstudio.gui.editor;

import io.agentstudio.logic.agentfile.TextComparison;
import io.agentstudio.logic.scope.AgentScope;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.logic.workspace.SaveResult;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.DialectCatalog;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.util.Subscription;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/**
 * One open agent: the working document every pane edits (its edits go on the workspace's {@link CommandStack}), whether it differs from the
 * file it was loaded from, saving (off the UI thread, never over another program's change without being told)
 * and what is known about the file on disk. Properties change on the UI thread only.
 */
public final class AgentEditorViewModel implements AgentEditing {
    private final DialectCatalog catalog;
    private final AgentFileStore store;
    private final Executor background;
    private final Executor ui;
    private final CommandStack commands;
    private final OpenDocuments documents;
    /** The tab follows the workspace history while it is open; dispose ends that. */
    private final Subscription followingHistory;

    // Properties
    private final ReadOnlyObjectWrapper<AgentDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<WorkspaceAgent> baseline = new ReadOnlyObjectWrapper<>(this, "baseline");
    private final ReadOnlyObjectWrapper<DiskState> diskState = new ReadOnlyObjectWrapper<>(this, "diskState", DiskState.IN_SYNC);
    private final ReadOnlyObjectWrapper<AgentDocument> diskDocument = new ReadOnlyObjectWrapper<>(this, "diskDocument");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private AgentScope scope;
    private final IntegerProperty caretLine = new SimpleIntegerProperty(this, "caretLine", 0);
    private final IntegerProperty caretColumn = new SimpleIntegerProperty(this, "caretColumn", 0);
    private final ReadOnlyObjectWrapper<LineRequest> lineRequest = new ReadOnlyObjectWrapper<>(this, "lineRequest");
    private long lineRequests;

    /** The file as another program left it, kept while the user decides between reload and keep mine. */
    private WorkspaceAgent pendingDisk;

    /**
     * @param commands  the workspace's history, where this agent's edits go
     * @param documents how the history finds this and other agents' tabs again when it undoes
     */
    public AgentEditorViewModel(WorkspaceAgent agent, DialectCatalog catalog, AgentFileStore store, Executor background,
                                Executor ui, CommandStack commands, OpenDocuments documents) {
        this.catalog = catalog;
        this.store = store;
        this.background = background;
        this.ui = ui;
        this.commands = commands;
        this.documents = documents;
        baseline.set(agent);
        document.set(agent.document());
        refresh();
        this.followingHistory = commands.revisionProperty().subscribe(revision -> refresh());
    }

    @Override
    public ReadOnlyObjectProperty<AgentDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    @Override
    public DialectCatalog catalog() {
        return catalog;
    }

    @Override
    public boolean isSkill() {
        return SkillEditing.isSkill(baseline.get());
    }

    public AgentDocument document() {
        return document.get();
    }

    public Path path() {
        return baseline.get().path();
    }

    /** The agent as last loaded or saved: what the disk is expected to hold. */
    public ReadOnlyObjectProperty<WorkspaceAgent> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    /** True when saving would change the disk: edited since loaded or saved, or the file was deleted. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyObjectProperty<DiskState> diskStateProperty() {
        return diskState.getReadOnlyProperty();
    }

    /** The other program's version while {@link DiskState#CHANGED_ON_DISK} or {@link DiskState#KEEPING_MINE}. */
    public ReadOnlyObjectProperty<AgentDocument> diskDocumentProperty() {
        return diskDocument.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Change description", for the menu. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** The agent's name (or file name) for the tab. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Where the agent is read from; empty when no workspace says (a tab made on its own). */
    public Optional<AgentScope> scope() {
        return Optional.ofNullable(scope);
    }

    /** True for one of the user's own agents (~/.claude/agents): its tab and its save say so, as it is no project file. */
    public boolean isUserAgent() {
        return scope != null && scope.isUser();
    }

    void showScope(AgentScope where) {
        this.scope = where;
    }

    /** The last save's failure or conflict, in words; empty when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 1-based caret line in the whole file; the body pane sets it, the status bar shows it (0: unknown). */
    public IntegerProperty caretLineProperty() {
        return caretLine;
    }

    public IntegerProperty caretColumnProperty() {
        return caretColumn;
    }

    /** The last request to show a line of the file (the graph's "open at the line"); the tab's panes follow it. */
    public ReadOnlyObjectProperty<LineRequest> lineRequestProperty() {
        return lineRequest.getReadOnlyProperty();
    }

    /**
     * A request to show a line of the file; {@code serial} makes asking twice for the same line a change too.
     *
     * @param line 1-based line in the whole file
     */
    public record LineRequest(int line, long serial) {
    }

    // Commands

    /** Asks the tab to show {@code line} (1-based, whole file) with the caret on it. */
    public void revealLine(int line) {
        lineRequest.set(new LineRequest(Math.max(1, line), ++lineRequests));
    }

    @Override
    public void apply(String description, String mergeKey, UnaryOperator<AgentDocument> edit) {
        AgentDocument before = document.get();
        AgentDocument after = edit.apply(before);
        if (after == null || after.text().equals(before.text())) {
            return;
        }
        document.set(after);
        commands.record(new DocumentEdit(description, List.of(new DocumentEdit.Change(path(), before, after)), documents), mergeKey);
        refresh();
    }

    /** Takes back the newest change of this agent's file (a change across files goes back whole). */
    public void undo() {
        commands.undo(path());
    }

    public void redo() {
        commands.redo(path());
    }

    /** The history puts a document back (undo, redo); not a new change. */
    void show(AgentDocument shown) {
        document.set(shown);
        refresh();
    }

    /** The tab closed: it stops following the workspace history. */
    public void dispose() {
        followingHistory.unsubscribe();
    }

    /** Goes back to the last loaded or saved text, as one undoable step. */
    public void revert() {
        AgentDocument saved = baseline.get().document();
        apply("Revert", null, current -> saved);
    }

    /**
     * Saves off the UI thread. Completes (on the UI thread) with true when the disk now holds the document; a
     * conflict or an error completes with false and shows in {@link #diskStateProperty()} and {@link #messageProperty()}.
     */
    public CompletableFuture<Boolean> save() {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        if (saving.get()) {
            done.complete(false);
            return done;
        }
        DiskState state = diskState.get();
        // Keeping mine replaces exactly the other program's version the user has seen, and nothing written after it.
        WorkspaceAgent from = state == DiskState.KEEPING_MINE ? pendingDisk : baseline.get();
        AgentDocument edited = document.get();
        saving.set(true);
        message.set("");
        background.execute(() -> {
            SaveResult result;
            try {
                result = state == DiskState.DELETED_ON_DISK ? store.recreate(from, edited) : store.save(from, edited);
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> {
                    saving.set(false);
                    message.set("Could not save " + from.path().getFileName() + ": " + e.getMessage());
                    done.complete(false);
                });
                return;
            }
            ui.execute(() -> done.complete(saved(result)));
        });
        return done;
    }

    private boolean saved(SaveResult result) {
        saving.set(false);
        if (result instanceof SaveResult.Saved saved) {
            baseline.set(saved.agent());
            pendingDisk = null;
            diskDocument.set(null);
            diskState.set(DiskState.IN_SYNC);
            commands.breakMerge();
            refresh();
            return true;
        }
        SaveResult.Conflict conflict = (SaveResult.Conflict) result;
        message.set(conflict.message());
        if (conflict.kind() == SaveResult.Kind.DELETED_ON_DISK) {
            diskChanged(null);
        } else {
            WorkspaceAgent from = baseline.get();
            conflict.diskDocument().ifPresent(onDisk -> diskChanged(
                    new WorkspaceAgent(from.path(), from.relativePath(), from.dialect(), onDisk, conflict.diskStamp())));
        }
        return false;
    }

    /**
     * Another program wrote ({@code onDisk}) or deleted ({@code null}) the file. A clean tab follows the disk; a
     * dirty one keeps the user's text and waits for their choice.
     */
    public void diskChanged(WorkspaceAgent onDisk) {
        if (onDisk == null) {
            diskState.set(DiskState.DELETED_ON_DISK);
            refresh();
            return;
        }
        String diskText = onDisk.document().text();
        if (diskText.equals(baseline.get().document().text()) && diskState.get() != DiskState.KEEPING_MINE
                || diskText.equals(document.get().text())) {
            // Our own save, a touch, or the same change made elsewhere: nothing to decide.
            baseline.set(onDisk);
            pendingDisk = null;
            diskDocument.set(null);
            diskState.set(DiskState.IN_SYNC);
        } else if (!isDirty()) {
            baseline.set(onDisk);
            document.set(onDisk.document());
            commands.forget(path());
        } else {
            pendingDisk = onDisk;
            diskDocument.set(onDisk.document());
            diskState.set(DiskState.CHANGED_ON_DISK);
        }
        refresh();
    }

    /**
     * The studio wrote the file itself as part of a change across files (a rename and its undo), with this tab clean:
     * the tab shows what was written. Unlike another program's change, it keeps the history of the file.
     */
    public void written(WorkspaceAgent onDisk) {
        baseline.set(onDisk);
        document.set(onDisk.document());
        pendingDisk = null;
        diskDocument.set(null);
        diskState.set(DiskState.IN_SYNC);
        refresh();
    }

    /** Takes the other program's version; the user's edits stay one undo away. */
    public void reloadFromDisk() {
        if (pendingDisk == null) {
            return;
        }
        WorkspaceAgent onDisk = pendingDisk;
        baseline.set(onDisk);
        pendingDisk = null;
        diskDocument.set(null);
        diskState.set(DiskState.IN_SYNC);
        apply("Reload from disk", null, current -> onDisk.document());
        refresh();
    }

    /**
     * Keeps the user's text; the next save replaces the other program's version shown now, and only then. A save
     * that finds anything else on disk is a conflict again.
     */
    public void keepMine() {
        if (diskState.get() == DiskState.CHANGED_ON_DISK) {
            diskState.set(DiskState.KEEPING_MINE);
            refresh();
        }
    }

    /** The unified diff from the other program's version to the user's; empty when there is none to compare. */
    public List<String> compareWithDisk() {
        AgentDocument onDisk = diskDocument.get();
        if (onDisk == null) {
            return List.of();
        }
        String file = path().getFileName().toString();
        return TextComparison.unified(file + " (on disk)", onDisk.text(), file + " (yours)", document.get().text());
    }

    private void refresh() {
        boolean edited = !document.get().text().equals(baseline.get().document().text());
        dirty.set(edited || diskState.get() == DiskState.DELETED_ON_DISK || diskState.get() == DiskState.KEEPING_MINE);
        Optional<String> undoable = commands.toUndo(path()).map(WorkspaceCommand::description);
        Optional<String> redoable = commands.toRedo(path()).map(WorkspaceCommand::description);
        canUndo.set(undoable.isPresent());
        canRedo.set(redoable.isPresent());
        undoText.set(undoable.map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(redoable.map(d -> "Redo " + d).orElse("Redo"));
        WorkspaceAgent from = baseline.get();
        title.set(document.get().string("name").filter(n -> !n.isBlank()).orElseGet(from::fileStem));
    }
}
