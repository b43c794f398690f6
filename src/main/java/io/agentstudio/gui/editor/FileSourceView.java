package io.agentstudio.gui.editor;

import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * The whole file exactly as Save will write it, read-only, following every edit of the tab. It refreshes only
 * while shown, so typing in a long body does not re-lay-out a hidden copy on every keystroke.
 */
public final class FileSourceView extends StackPane {
    private final CodeArea area = new CodeArea();
    private final AgentEditing editing;

    public FileSourceView(AgentEditing editing) {
        this.editing = editing;
        getStyleClass().add("file-source");
        area.setId("source-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        editing.documentProperty().addListener((observable, before, after) -> refresh());
        visibleProperty().addListener((observable, was, visible) -> refresh());
        getChildren().add(new VirtualizedScrollPane<>(area));
        refresh();
    }

    private void refresh() {
        String text = editing.documentProperty().get().text();
        if (isVisible() && !text.equals(area.getText())) {
            int caret = Math.min(area.getCaretPosition(), text.length());
            area.replaceText(text);
            area.moveTo(caret);
        }
    }
}
