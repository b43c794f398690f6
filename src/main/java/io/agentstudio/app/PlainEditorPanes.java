package io.agentstudio.app;

import io.agentstudio.gui.editor.AgentEditing;
import io.agentstudio.gui.editor.EditorPaneContext;
import io.agentstudio.gui.editor.EditorPanes;
import io.agentstudio.gui.editor.PlainBodyPane;
import javafx.scene.Node;

import java.util.Optional;

/** The panes this build has: a plain editable body and no preview, until the Markdown editor and preview plug in. */
final class PlainEditorPanes implements EditorPanes {

    @Override
    public Node body(AgentEditing editing, EditorPaneContext context) {
        return new PlainBodyPane(editing, context);
    }

    @Override
    public Optional<Node> preview(AgentEditing editing, EditorPaneContext context) {
        return Optional.empty();
    }
}
