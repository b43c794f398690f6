package io.agentstudio.gui.body;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;

/**
 * The body editor's line numbers: each body line shows its line in the whole file, the number the status bar, go to
 * line and the problems pane use. Drawn as RichTextFX's own numbers are (its factory can only count from 1).
 */
final class FileLineNumbers {
    private static final Font FONT = Font.font("monospace", FontPosture.ITALIC, 13);
    private static final Insets PADDING = new Insets(0, 5, 0, 5);

    private final int firstLine;
    private final int digits;

    /**
     * @param firstLine the file's 1-based line number of the body's first line
     * @param paragraphs how many lines the body has (all numbers are padded to the widest, so the text does not shift)
     */
    FileLineNumbers(int firstLine, int paragraphs) {
        this.firstLine = firstLine;
        this.digits = String.valueOf(firstLine + Math.max(paragraphs, 1) - 1).length();
    }

    /** True when {@code other} draws every line as this one does. */
    boolean sameAs(FileLineNumbers other) {
        return other != null && other.firstLine == firstLine && other.digits == digits;
    }

    String numberOf(int paragraph) {
        return String.format("%" + digits + "d", firstLine + paragraph);
    }

    Node labelOf(int paragraph) {
        Label number = new Label(numberOf(paragraph));
        number.setFont(FONT);
        number.setPadding(PADDING);
        number.setAlignment(Pos.TOP_RIGHT);
        number.getStyleClass().add("lineno");
        return number;
    }
}
