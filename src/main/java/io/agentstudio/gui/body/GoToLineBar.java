package io.agentstudio.gui.body;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

import java.util.function.Consumer;

/** "Go to line": a field for a line number under the editor's toolbar; Enter goes, Escape closes. */
final class GoToLineBar extends HBox {
    private final TextField line = new TextField();

    GoToLineBar(Consumer<String> goTo, Runnable close) {
        getStyleClass().add("body-bar");
        line.setId("body-goto-field");
        line.setPromptText("line number");
        line.setPrefColumnCount(8);
        line.setOnAction(event -> goTo.accept(line.getText()));
        line.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                close.run();
            }
        });
        Button go = new Button("Go");
        go.setOnAction(event -> goTo.accept(line.getText()));
        Button cancel = new Button("Close");
        cancel.setOnAction(event -> close.run());
        getChildren().addAll(new Label("Go to line"), line, go, cancel);
    }

    /** Lines are the file's: the body's first line is {@code firstLine}, as its gutter shows. */
    void open(int currentLine, int firstLine, int lastLine) {
        line.setPromptText(firstLine + " to " + lastLine);
        line.setText(Integer.toString(currentLine));
        line.selectAll();
        line.requestFocus();
    }
}
