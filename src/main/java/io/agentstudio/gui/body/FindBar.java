package io.agentstudio.gui.body;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Find and replace above the body: the fields bind to the {@link FindReplaceModel}; the buttons call the pane. */
final class FindBar extends VBox {
    /** What the buttons and keys of the bar do. */
    interface Actions {
        void next();

        void previous();

        void replace();

        void replaceAll();

        void close();
    }

    private final TextField query = new TextField();
    private final HBox replaceRow;

    FindBar(FindReplaceModel model, ReadOnlyStringProperty status, Actions actions) {
        getStyleClass().add("body-bar");
        query.setId("body-find-field");
        query.setPromptText("Find");
        query.setPrefColumnCount(20);
        query.textProperty().bindBidirectional(model.queryProperty());
        query.setOnAction(event -> actions.next());
        query.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShiftDown()) {
                event.consume();
                actions.previous();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                actions.close();
            }
        });
        CheckBox matchCase = new CheckBox("Match case");
        matchCase.setId("body-find-case");
        matchCase.selectedProperty().bindBidirectional(model.matchCaseProperty());
        Button previous = button("Previous", "body-find-previous", actions::previous);
        Button next = button("Next", "body-find-next", actions::next);
        Label found = new Label();
        found.setId("body-find-status");
        found.textProperty().bind(status);
        Button close = button("Close", "body-find-close", actions::close);
        HBox findRow = new HBox(query, previous, next, matchCase, found, close);
        findRow.getStyleClass().add("body-bar-row");

        TextField replacement = new TextField();
        replacement.setId("body-replace-field");
        replacement.setPromptText("Replace with");
        replacement.setPrefColumnCount(20);
        replacement.textProperty().bindBidirectional(model.replacementProperty());
        replacement.setOnAction(event -> actions.replace());
        replacement.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                actions.close();
            }
        });
        replaceRow = new HBox(replacement, button("Replace", "body-replace", actions::replace),
                button("Replace all", "body-replace-all", actions::replaceAll));
        replaceRow.getStyleClass().add("body-bar-row");
        replaceRow.managedProperty().bind(replaceRow.visibleProperty());
        getChildren().addAll(findRow, replaceRow);
    }

    void open(boolean withReplace, String initialQuery) {
        replaceRow.setVisible(withReplace);
        if (!initialQuery.isEmpty()) {
            query.setText(initialQuery);
        }
        query.selectAll();
        query.requestFocus();
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
