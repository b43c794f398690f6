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

    /** Puts the caret at the start of a 1-based line and scrolls to it; call while shown. */
    public void showLine(int line) {
        refresh();
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        area.moveTo(paragraph, 0);
        area.showParagraphAtTop(Math.max(0, paragraph - 2));
        area.requestFollowCaret();
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
