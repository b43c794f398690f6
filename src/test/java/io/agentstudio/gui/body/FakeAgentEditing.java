package io.agentstudio.gui.body;

import io.agentstudio.gui.editor.AgentEditing;
import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.DialectCatalog;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A small {@link AgentEditing} for tests and the keystroke benchmark: one document and one undo history, where
 * consecutive edits with the same merge key become one step (without the real one's time limit).
 */
public final class FakeAgentEditing implements AgentEditing {
    /** One undo step: what it was called and the document before it. */
    public record Step(String description, String mergeKey, AgentDocument before) {
    }

    private final ReadOnlyObjectWrapper<AgentDocument> document = new ReadOnlyObjectWrapper<>();
    private final List<Step> undo = new ArrayList<>();
    private final List<AgentDocument> redo = new ArrayList<>();
    private int applied;
    private boolean refusing;

    public FakeAgentEditing(String text) {
        document.set(AgentFileParser.parse(text));
    }

    @Override
    public ReadOnlyObjectProperty<AgentDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    @Override
    public DialectCatalog catalog() {
        return Catalogs.load().of(Dialect.CLAUDE_CODE);
    }

    @Override
    public void apply(String description, String mergeKey, UnaryOperator<AgentDocument> edit) {
        if (refusing) {
            throw new IllegalStateException("This fake refuses edits now");
        }
        AgentDocument before = document.get();
        AgentDocument after = edit.apply(before);
        applied++;
        boolean merges = mergeKey != null && !undo.isEmpty() && Objects.equals(undo.get(undo.size() - 1).mergeKey(), mergeKey);
        if (!merges) {
            undo.add(new Step(description, mergeKey, before));
        }
        redo.clear();
        document.set(after);
    }

    public void undo() {
        Step step = undo.remove(undo.size() - 1);
        redo.add(document.get());
        document.set(step.before());
    }

    public void redo() {
        AgentDocument next = redo.remove(redo.size() - 1);
        undo.add(new Step("Redo", null, document.get()));
        document.set(next);
    }

    /** From now on every edit throws, as an edit the codec refuses does; nothing changes. */
    public void refuseEdits() {
        refusing = true;
    }

    /** Replaces the document as a reload from disk would, outside the history. */
    public void replaceDocument(String text) {
        document.set(AgentFileParser.parse(text));
    }

    public List<Step> history() {
        return List.copyOf(undo);
    }

    /** How many edits were applied, merged or not. */
    public int appliedCount() {
        return applied;
    }

    public String text() {
        return document.get().text();
    }
}
