package io.agentstudio.gui.body;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
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
        query.setPrefColumnCount(14);
        query.setMinWidth(80);
        HBox.setHgrow(query, Priority.ALWAYS);
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
        // The bar shares the body's column with the form and preview: its buttons are icons, named by their tooltips.
        ToggleButton matchCase = new ToggleButton("Aa");
        matchCase.setId("body-find-case");
        matchCase.setTooltip(new Tooltip("Match case"));
        matchCase.setMinWidth(Region.USE_PREF_SIZE);
        matchCase.selectedProperty().bindBidirectional(model.matchCaseProperty());
        Button previous = iconButton("Previous match (Shift+Enter)", Feather.CHEVRON_UP, "body-find-previous", actions::previous);
        Button next = iconButton("Next match (Enter)", Feather.CHEVRON_DOWN, "body-find-next", actions::next);
        Label found = new Label();
        found.setId("body-find-status");
        found.textProperty().bind(status);
        found.setMinWidth(Region.USE_PREF_SIZE);
        Button close = iconButton("Close (Esc)", Feather.X, "body-find-close", actions::close);
        HBox findRow = new HBox(query, previous, next, matchCase, found, close);
        findRow.getStyleClass().add("body-bar-row");

        TextField replacement = new TextField();
        replacement.setId("body-replace-field");
        replacement.setPromptText("Replace with");
        replacement.setPrefColumnCount(14);
        replacement.setMinWidth(80);
        HBox.setHgrow(replacement, Priority.ALWAYS);
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

    private static Button iconButton(String name, Feather icon, String id, Runnable action) {
        Button button = button(name, id, action);
        button.setGraphic(new FontIcon(icon));
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setTooltip(new Tooltip(name));
        return button;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }
}
