package io.agentstudio.gui.editor;

import io.agentstudio.model.AgentDocument;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A change of the documents of one or more agents, as their tabs hold them (unsaved until the user saves): typing,
 * a form field, a quick fix, a link drawn on the canvas across two files. Undo and redo open the tabs of files whose
 * tab was closed since, and act only when every file still holds what the change left there.
 */
public final class DocumentEdit implements WorkspaceCommand {

    /** One file's document before and after the change. */
    public record Change(Path file, AgentDocument before, AgentDocument after) {
    }

    private final String description;
    private final List<Change> changes;
    private final OpenDocuments documents;

    public DocumentEdit(String description, List<Change> changes, OpenDocuments documents) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("A document edit changes at least one file");
        }
        this.description = description;
        this.changes = List.copyOf(changes);
        this.documents = documents;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Set<Path> files() {
        Set<Path> files = new LinkedHashSet<>();
        changes.forEach(change -> files.add(change.file()));
        return files;
    }

    @Override
    public CompletableFuture<Optional<String>> redo() {
        return CompletableFuture.completedFuture(replace(Change::before, Change::after));
    }

    @Override
    public CompletableFuture<Optional<String>> undo() {
        return CompletableFuture.completedFuture(replace(Change::after, Change::before));
    }

    /** Keystrokes in the same file, one after the other, undo as one step. */
    @Override
    public Optional<WorkspaceCommand> followedBy(WorkspaceCommand next) {
        if (changes.size() != 1 || !(next instanceof DocumentEdit later) || later.changes.size() != 1) {
            return Optional.empty();
        }
        Change mine = changes.get(0);
        Change theirs = later.changes.get(0);
        if (!mine.file().equals(theirs.file()) || !mine.after().text().equals(theirs.before().text())) {
            return Optional.empty();
        }
        return Optional.of(new DocumentEdit(description, List.of(new Change(mine.file(), mine.before(), theirs.after())), documents));
    }

    /** Checks every file first, so the change happens in all of them or in none. */
    private Optional<String> replace(Function<Change, AgentDocument> expected, Function<Change, AgentDocument> wanted) {
        for (Change change : changes) {
            Optional<AgentDocument> current = documents.current(change.file());
            String name = change.file().getFileName().toString();
            if (current.isEmpty()) {
                return Optional.of(name + " is no longer an agent of this workspace.");
            }
            if (!current.get().text().equals(expected.apply(change).text())) {
                return Optional.of(name + " was changed since.");
            }
        }
        for (Change change : changes) {
            documents.editorFor(change.file()).ifPresent(editor -> editor.show(wanted.apply(change)));
        }
        return Optional.empty();
    }
}
