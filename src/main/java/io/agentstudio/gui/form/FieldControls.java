package io.agentstudio.gui.form;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.controlsfx.control.ToggleSwitch;

import java.util.List;
import java.util.Map;

/** Builds the control for one catalog field from its type; the control only calls its FieldViewModel. */
final class FieldControls {
    /** Claude Code's colour names as swatches; the names are what the file stores. */
    private static final Map<String, String> SWATCHES = Map.of("red", "#e5534b", "blue", "#4184e4", "green", "#46954a",
            "yellow", "#c69026", "purple", "#986ee2", "orange", "#e0823d", "pink", "#e275ad", "cyan", "#39c5cf");

    private FieldControls() {
    }

    static Node of(FieldViewModel field, List<String> toolChoices) {
        Node control = switch (field.spec().type()) {
            case TEXT -> field instanceof DescriptionFieldViewModel description ? description(description) : textArea(field, true);
            case NAME_LIST -> new NameListEditor(field, toolChoices, field.name().equals("tools"));
            case STRING_LIST -> new NameListEditor(field, List.of(), false);
            case ENUM -> field.name().equals("color") ? swatches(field) : choice(field, false);
            case MODEL -> choice(field, true);
            case BOOLEAN -> toggle(field);
            case STRUCTURED -> textArea(field, false);
            default -> field instanceof NameFieldViewModel name ? name(name) : textField(field);
        };
        Label error = new Label();
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setWrapText(true);
        error.textProperty().bind(field.errorProperty());
        error.visibleProperty().bind(field.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return new VBox(4, control, error);
    }

    private static TextField textField(FieldViewModel field) {
        TextField text = new TextField();
        text.setId("field-" + field.name());
        text.setPrefColumnCount(12);
        if (field.spec().type() == io.agentstudio.model.FieldType.INTEGER) {
            text.setPrefColumnCount(6);
            text.setMaxWidth(120);
            TextBinding.onCommit(text, field.textProperty(), field::edit);
        } else {
            TextBinding.live(text, field.textProperty(), field::edit);
        }
        return text;
    }

    private static Node name(NameFieldViewModel field) {
        TextField text = textField(field);
        Label check = new Label();
        check.setId("field-name-check");
        check.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        check.textProperty().bind(field.formatProblemProperty());
        check.visibleProperty().bind(field.formatProblemProperty().isNotEmpty());
        check.managedProperty().bind(check.visibleProperty());
        field.formatProblemProperty().addListener((observable, before, problem) ->
                text.pseudoClassStateChanged(Styles.STATE_WARNING, !problem.isEmpty()));
        text.pseudoClassStateChanged(Styles.STATE_WARNING, !field.formatProblemProperty().get().isEmpty());
        return new VBox(4, text, check);
    }

    private static Node description(DescriptionFieldViewModel field) {
        TextArea area = (TextArea) textArea(field, true);
        // The field the tool delegates by, and often a paragraph: three lines showed too little of it to edit.
        area.setPrefRowCount(7);
        Label count = new Label();
        count.setId("field-description-count");
        count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        count.textProperty().bind(field.countProperty());
        Label hint = new Label(field.hint());
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        return new VBox(4, area, count, hint);
    }

    private static Node textArea(FieldViewModel field, boolean live) {
        TextArea area = new TextArea();
        area.setId("field-" + field.name());
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setPrefColumnCount(16);
        if (live) {
            TextBinding.live(area, field.textProperty(), field::edit);
        } else {
            area.getStyleClass().add("yaml-text");
            TextBinding.onCommit(area, field.textProperty(), field::edit);
        }
        return area;
    }

    /** A choice of the catalog's values; "(not set)" removes the field; a model may also be any full id typed in. */
    private static ComboBox<String> choice(FieldViewModel field, boolean freeEntry) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("field-" + field.name());
        box.setEditable(freeEntry);
        box.getItems().add("");
        box.getItems().addAll(field.spec().values());
        box.setPromptText("(not set)");
        box.setPrefWidth(180);
        box.setValue(field.textProperty().get());
        field.textProperty().addListener((observable, before, after) -> {
            if (!after.equals(box.getValue())) {
                box.setValue(after);
            }
        });
        box.valueProperty().addListener((observable, before, after) -> {
            String value = after == null ? "" : after.strip();
            if (!value.equals(field.textProperty().get())) {
                field.edit(value);
            }
        });
        return box;
    }

    private static Node swatches(FieldViewModel field) {
        ToggleGroup group = new ToggleGroup();
        // The swatches wrap rather than clip in a narrow form.
        FlowPane row = new FlowPane(4, 4);
        row.setId("field-color");
        ToggleButton none = new ToggleButton("none");
        none.getStyleClass().add(Styles.SMALL);
        none.setMinWidth(ToggleButton.USE_PREF_SIZE);
        none.setUserData("");
        none.setToggleGroup(group);
        row.getChildren().add(none);
        for (String colour : field.spec().values()) {
            ToggleButton swatch = new ToggleButton(null, new Circle(7, javafx.scene.paint.Color.web(SWATCHES.getOrDefault(colour, "#888888"))));
            swatch.getStyleClass().addAll(Styles.SMALL, "swatch");
            swatch.setUserData(colour);
            swatch.setTooltip(new Tooltip(colour));
            swatch.setToggleGroup(group);
            row.getChildren().add(swatch);
        }
        Runnable select = () -> group.getToggles().stream().filter(t -> t.getUserData().equals(field.textProperty().get()))
                .findFirst().ifPresentOrElse(group::selectToggle, () -> group.selectToggle(null));
        select.run();
        field.textProperty().addListener((observable, before, after) -> select.run());
        group.selectedToggleProperty().addListener((observable, before, after) -> {
            String value = after == null ? "" : (String) after.getUserData();
            if (!value.equals(field.textProperty().get())) {
                field.edit(value);
            }
        });
        return row;
    }

    private static Node toggle(FieldViewModel field) {
        ToggleSwitch toggle = new ToggleSwitch();
        toggle.setId("field-" + field.name());
        toggle.setSelected("true".equals(field.textProperty().get()));
        field.textProperty().addListener((observable, before, after) -> toggle.setSelected("true".equals(after)));
        toggle.selectedProperty().addListener((observable, was, on) -> {
            if (on != "true".equals(field.textProperty().get())) {
                field.setBoolean(on);
            }
        });
        return toggle;
    }
}
