package io.agentstudio.gui.editor;

import javafx.scene.Node;

import java.util.Optional;

/**
 * Makes the body editor and the preview of one open agent. Each tab calls it once when it opens; the panes read
 * and change the agent only through {@link AgentEditing}, so their edits share the tab's undo history and dirty
 * state. The composition root chooses the implementation.
 */
public interface EditorPanes {

    /** The Markdown body editor; its edits go through {@code editing.apply}. */
    Node body(AgentEditing editing, EditorPaneContext context);

    /** The rendered preview, or empty when this build has none (the tab then offers no preview toggle). */
    Optional<Node> preview(AgentEditing editing, EditorPaneContext context);
}
