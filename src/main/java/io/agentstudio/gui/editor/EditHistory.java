package io.agentstudio.gui.editor;

import io.agentstudio.model.AgentDocument;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * One agent's undo and redo stacks. Every edit is a command holding the document before and after, so form, body
 * and source edits undo in the order they were made. Consecutive edits with the same merge key within
 * {@link #MERGE_WINDOW_MILLIS} become one step, which is what makes typing undo a word run rather than a letter.
 */
final class EditHistory {
    static final long MERGE_WINDOW_MILLIS = 1000;

    /** One undoable step. */
    record Command(String description, String mergeKey, AgentDocument before, AgentDocument after, long atMillis) {
    }

    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final LongSupplier clockMillis;

    EditHistory(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    void record(String description, String mergeKey, AgentDocument before, AgentDocument after) {
        long now = clockMillis.getAsLong();
        redo.clear();
        Command last = undo.peek();
        if (last != null && mergeKey != null && mergeKey.equals(last.mergeKey()) && now - last.atMillis() <= MERGE_WINDOW_MILLIS) {
            undo.pop();
            undo.push(new Command(last.description(), mergeKey, last.before(), after, now));
            return;
        }
        undo.push(new Command(description, mergeKey, before, after, now));
    }

    /** Takes the newest step off the undo stack; empty when there is none. */
    Optional<Command> undo() {
        Command command = undo.poll();
        if (command != null) {
            redo.push(command);
        }
        return Optional.ofNullable(command);
    }

    Optional<Command> redo() {
        Command command = redo.poll();
        if (command != null) {
            undo.push(command);
        }
        return Optional.ofNullable(command);
    }

    /** The next undo starts a new step even if the same key comes within the window (after a save or undo). */
    void breakMerge() {
        Command last = undo.poll();
        if (last != null) {
            undo.push(new Command(last.description(), null, last.before(), last.after(), last.atMillis()));
        }
    }

    void clear() {
        undo.clear();
        redo.clear();
    }

    Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Command::description);
    }

    Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Command::description);
    }
}
