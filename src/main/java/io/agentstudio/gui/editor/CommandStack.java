package io.agentstudio.gui.editor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The workspace's one undo history (after Scene Builder's JobManager), holding every change in the order it was made:
 * typing in a tab and changes across files alike. Undo takes back the newest change; undo in a tab takes back the
 * newest change of that tab's file, and a change across files only whole. Bounded to {@link #LIMIT} commands, and
 * guarded against re-entry: a command that is being undone or redone cannot start another, and what its own document
 * updates echo back is not recorded. Every change bumps {@link #revisionProperty()}. UI thread only.
 */
public final class CommandStack {
    static final int LIMIT = 300;
    /** Typing within this long of the last keystroke in the same place undoes with it. */
    static final long MERGE_WINDOW_MILLIS = 1000;

    private record Entry(WorkspaceCommand command, String mergeKey, long atMillis) {
        boolean touches(Path file) {
            return file == null || command.files().contains(file);
        }
    }

    private final LongSupplier clockMillis;
    /** Oldest first; the newest change is last. */
    private final List<Entry> done = new ArrayList<>();
    /** Undone changes, the most recently undone last. */
    private final List<Entry> undone = new ArrayList<>();
    /** True while a command's own undo or redo runs on the UI thread: what it sets is not a new change. */
    private boolean replaying;

    // Properties
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public CommandStack(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    /** Goes up by one with every change recorded, undone, redone or forgotten: what the menus and dirty marks follow. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** True while an undo or redo that writes files is under way; no other may start meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last undo or redo did not happen; empty after one that did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The change undo would take back in {@code file} (null: anywhere), for "Undo Rename …". */
    public Optional<WorkspaceCommand> toUndo(Path file) {
        return newest(done, file).map(Entry::command);
    }

    public Optional<WorkspaceCommand> toRedo(Path file) {
        return newest(undone, file).map(Entry::command);
    }

    // Commands

    /**
     * Records a change already made. {@code mergeKey} joins it with the newest change when that has the same key,
     * came within {@link #MERGE_WINDOW_MILLIS} and the two combine (typing); null never joins. Changes undone before
     * that touch the same files can no longer be redone.
     */
    public void record(WorkspaceCommand command, String mergeKey) {
        if (replaying) {
            return;
        }
        long now = clockMillis.getAsLong();
        undone.removeIf(entry -> entry.command().files().stream().anyMatch(command.files()::contains));
        Entry last = done.isEmpty() ? null : done.get(done.size() - 1);
        Optional<WorkspaceCommand> merged = last != null && mergeKey != null && mergeKey.equals(last.mergeKey())
                && now - last.atMillis() <= MERGE_WINDOW_MILLIS ? last.command().followedBy(command) : Optional.empty();
        if (merged.isPresent()) {
            done.set(done.size() - 1, new Entry(merged.get(), mergeKey, now));
        } else {
            done.add(new Entry(command, mergeKey, now));
            if (done.size() > LIMIT) {
                done.remove(0);
            }
        }
        changed();
    }

    /** Makes a change and records it once it is made; a refusal is said in {@link #messageProperty()}. */
    public CompletableFuture<Boolean> perform(WorkspaceCommand command) {
        return run(command, command::redo, "made", () -> record(command, null), () -> { });
    }

    /**
     * Takes back the newest change in {@code file} (null: in the workspace). A change across files goes back only
     * after the later changes of its other files.
     */
    public CompletableFuture<Boolean> undo(Path file) {
        Optional<Entry> newest = newest(done, file);
        if (newest.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        Entry entry = newest.get();
        Optional<Entry> later = done.subList(done.indexOf(entry) + 1, done.size()).stream()
                .filter(after -> after.command().files().stream().anyMatch(entry.command().files()::contains)).findFirst();
        if (later.isPresent()) {
            message.set(entry.command().description() + " changed other files too: undo "
                    + later.get().command().description() + " first.");
            return CompletableFuture.completedFuture(false);
        }
        return run(entry.command(), entry.command()::undo, "undone", () -> {
            done.remove(entry);
            undone.add(new Entry(entry.command(), null, entry.atMillis()));
        }, () -> done.remove(entry));
    }

    /** Makes again the change undone last in {@code file} (null: in the workspace). */
    public CompletableFuture<Boolean> redo(Path file) {
        return newest(undone, file).map(entry -> run(entry.command(), entry.command()::redo, "redone", () -> {
            undone.remove(entry);
            done.add(entry);
        }, () -> undone.remove(entry))).orElseGet(() -> CompletableFuture.completedFuture(false));
    }

    /** The next change starts a new undo step even if it would join the last one (after a save). */
    public void breakMerge() {
        if (!done.isEmpty()) {
            Entry last = done.remove(done.size() - 1);
            done.add(new Entry(last.command(), null, last.atMillis()));
        }
    }

    /**
     * Drops every change that touches {@code file}: its text was replaced from outside the history (a reload from
     * disk, a tab closed without saving), so none of them can be taken back as recorded.
     */
    public void forget(Path file) {
        Predicate<Entry> touches = entry -> entry.command().files().contains(file);
        if (done.removeIf(touches) | undone.removeIf(touches)) {
            changed();
        }
    }

    /** Another workspace was opened. */
    public void clear() {
        done.clear();
        undone.clear();
        message.set("");
        changed();
    }

    /**
     * Runs one step of a command. {@code onRefused} drops a command that found its files changed outside the history
     * (by another program while no tab held them): it could never apply as recorded.
     */
    private CompletableFuture<Boolean> run(WorkspaceCommand command, Supplier<CompletableFuture<Optional<String>>> step,
                                           String verb, Runnable onDone, Runnable onRefused) {
        if (busy.get() || replaying) {
            message.set(command.description() + " was not " + verb + ": another change is still being written; try again.");
            return CompletableFuture.completedFuture(false);
        }
        busy.set(true);
        replaying = true;
        CompletableFuture<Optional<String>> outcome;
        try {
            outcome = step.get();
        } catch (RuntimeException e) {
            busy.set(false);
            throw e;
        } finally {
            replaying = false;
        }
        return outcome.handle((refusal, failure) -> {
            busy.set(false);
            Optional<String> why = failure == null ? refusal : Optional.of(String.valueOf(failure.getMessage()));
            if (why.isPresent()) {
                message.set(command.description() + " was not " + verb + ": " + why.get());
                onRefused.run();
            } else {
                message.set("");
                onDone.run();
            }
            changed();
            return why.isEmpty();
        });
    }

    private static Optional<Entry> newest(List<Entry> entries, Path file) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).touches(file)) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }
}
