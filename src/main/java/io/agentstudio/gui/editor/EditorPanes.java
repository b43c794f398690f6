package io.agentstudio.gui.editor;

import javafx.scene.Node;

/**
 * Makes the body editor and the preview of one open agent: a tab asks for its body editor when it opens and for its
 * preview when it first shows one. The panes read and change the agent only through {@link AgentEditing}, so their
 * edits share the tab's undo history and dirty state. The composition root chooses the implementation.
 */
public interface EditorPanes {

    /** The Markdown body editor; its edits go through {@code editing.apply}. */
    Node body(AgentEditing editing, EditorPaneContext context);

    /**
     * The rendered preview. Asked for when the tab first shows it, not when the tab opens: the preview is off unless
     * the user turns it on, and even hidden it costs a WebView (WebKit's engine) and a render after every edit.
     */
    Node preview(AgentEditing editing, EditorPaneContext context);
}
