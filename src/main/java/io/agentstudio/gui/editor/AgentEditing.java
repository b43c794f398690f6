package io.agentstudio.gui.editor;

import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.DialectCatalog;
import javafx.beans.property.ReadOnlyObjectProperty;

import java.util.function.UnaryOperator;

/**
 * What the panes of an open agent (form, body editor, preview, source) share: the agent's current document and
 * one way to change it. Every change is a lossless edit of the whole document, goes on the agent's single undo
 * history, and marks the agent dirty; panes never keep a second copy of the text as the truth.
 */
public interface AgentEditing {

    /** The document as edited so far (not yet saved). Panes listen to it to follow undo, redo and other panes. */
    ReadOnlyObjectProperty<AgentDocument> documentProperty();

    /** The field catalog of the agent's dialect (form controls, tooltips, typed input). */
    DialectCatalog catalog();

    /** True when the file edited is a skill's {@code SKILL.md}, whose fields mean what they mean to a skill. */
    default boolean isSkill() {
        return false;
    }

    /**
     * Applies one undoable edit. {@code description} names it for Undo/Redo ("Change description", "Typing");
     * consecutive edits with the same {@code mergeKey} within a short time become one undo step (typing), a null
     * key never merges. An edit that throws (for example EditRefusedException) changes nothing.
     */
    void apply(String description, String mergeKey, UnaryOperator<AgentDocument> edit);
}
