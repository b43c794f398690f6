package io.agentstudio.gui.form;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/**
 * A list of names as removable tags plus a box to add one: pick a known name or type any. For tools, a check box
 * says when the field is absent and the agent therefore inherits every tool.
 */
final class NameListEditor extends VBox {

    NameListEditor(FieldViewModel field, List<String> choices, boolean inheritsWhenAbsent) {
        super(6);
        getStyleClass().add("name-list-editor");
        FlowPane tags = new FlowPane(6, 6);
        tags.setPrefWrapLength(160);
        tags.getStyleClass().add("tags");
        Runnable drawTags = () -> tags.getChildren().setAll(field.items().stream().map(name -> tag(field, name)).toList());
        field.items().addListener((ListChangeListener<String>) change -> drawTags.run());
        drawTags.run();

        ComboBox<String> add = new ComboBox<>();
        add.setId("field-" + field.name() + "-add");
        add.setEditable(true);
        add.getItems().setAll(choices);
        add.setPromptText("Add a name…");
        add.setPrefWidth(180);
        Runnable commit = () -> {
            String typed = add.getEditor().getText();
            if (typed != null && !typed.isBlank()) {
                field.addItem(typed);
            }
            add.getEditor().clear();
            add.setValue(null);
        };
        add.setOnAction(event -> {
            if (add.getValue() != null && !add.getValue().isBlank()) {
                field.addItem(add.getValue());
                javafx.application.Platform.runLater(() -> {
                    add.setValue(null);
                    add.getEditor().clear();
                });
            }
        });
        Button addButton = new Button(null, new FontIcon(Feather.PLUS));
        addButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        addButton.setOnAction(event -> commit.run());
        HBox adder = new HBox(4, add, addButton);

        if (inheritsWhenAbsent) {
            CheckBox inherits = new CheckBox("Inherits all tools (no list)");
            inherits.setId("field-" + field.name() + "-inherits");
            inherits.setSelected(!field.presentProperty().get());
            field.presentProperty().addListener((observable, was, present) -> inherits.setSelected(!present));
            inherits.setOnAction(event -> {
                if (inherits.isSelected()) {
                    field.remove();
                } else {
                    field.setItems(List.of());
                }
            });
            tags.visibleProperty().bind(field.presentProperty());
            tags.managedProperty().bind(field.presentProperty());
            getChildren().add(inherits);
        }
        getChildren().addAll(tags, adder);
    }

    private static HBox tag(FieldViewModel field, String name) {
        Label text = new Label(name);
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        remove.setOnAction(event -> field.removeItem(name));
        HBox tag = new HBox(2, text, remove);
        tag.getStyleClass().add("tag");
        return tag;
    }
}
