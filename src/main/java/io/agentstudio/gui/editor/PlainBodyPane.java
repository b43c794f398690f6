package io.agentstudio.gui.editor;

import io.agentstudio.logic.agentfile.BodyEditor;
import io.agentstudio.model.AgentDocument;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.undo.UndoManagerFactory;

/**
 * A plain editable body: a code area with line numbers whose every change is one {@link BodyEditor} splice through
 * {@link AgentEditing}, so undo is the tab's. It stands in for the Markdown body editor until that pane is plugged in.
 */
public final class PlainBodyPane extends StackPane {
    private final CodeArea area = new CodeArea();
    private final AgentEditing editing;
    /** True while the area is being set from the document, so that change is not applied back as an edit. */
    private boolean following;

    public PlainBodyPane(AgentEditing editing, EditorPaneContext context) {
        this.editing = editing;
        getStyleClass().add("plain-body");
        area.setId("body-text");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        // The tab's history is the only undo; the area's own would undo behind the document's back.
        area.setUndoManager(UndoManagerFactory.zeroHistorySingleChangeUM(area.multiPlainChanges()));
        area.wrapTextProperty().bind(context.wrapText());
        area.styleProperty().bind(javafx.beans.binding.Bindings.format("-fx-font-size: %dpx;", context.fontSize()));
        follow(editing.documentProperty().get());
        area.plainTextChanges().subscribe(this::applied);
        editing.documentProperty().addListener((observable, before, after) -> follow(after));
        area.caretPositionProperty().addListener((observable, before, after) -> {
            AgentDocument document = editing.documentProperty().get();
            context.caretLine().set(document.bodyFirstLine() + area.getCurrentParagraph() + 1);
            context.caretColumn().set(area.getCaretColumn() + 1);
        });
        getChildren().add(new VirtualizedScrollPane<>(area));
    }

    private void applied(PlainTextChange change) {
        if (following) {
            return;
        }
        editing.apply("Typing", "body", document -> BodyEditor.replaceInBody(document, change.getPosition(),
                change.getRemoved().length(), change.getInserted()));
    }

    private void follow(AgentDocument document) {
        String body = document.body();
        if (body.equals(area.getText())) {
            return;
        }
        following = true;
        try {
            int caret = Math.min(area.getCaretPosition(), body.length());
            area.replaceText(body);
            area.moveTo(caret);
        } finally {
            following = false;
        }
    }
}
