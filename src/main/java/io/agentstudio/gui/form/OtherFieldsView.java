package io.agentstudio.gui.form;

import atlantafx.base.theme.Styles;
import io.agentstudio.gui.editor.EditorProblems;
import io.agentstudio.logic.validation.Finding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keys the catalog does not know: each as key and YAML value, edited on Enter or leaving the field. A key with
 * problems (an unknown key is reported as such) has its value marked.
 */
final class OtherFieldsView extends VBox {
    private final OtherFieldsViewModel viewModel;
    private final EditorProblems problems;
    private final GridPane rows = new GridPane();
    private final Map<String, TextField> values = new HashMap<>();
    private final Map<String, FieldMarker> markers = new HashMap<>();

    OtherFieldsView(OtherFieldsViewModel viewModel, EditorProblems problems) {
        super(6);
        this.viewModel = viewModel;
        this.problems = problems;
        setId("other-fields");
        rows.setHgap(8);
        rows.setVgap(6);
        viewModel.fields().addListener((ListChangeListener<OtherField>) change -> draw());
        draw();
        viewModel.findings().addListener((MapChangeListener<String, List<Finding>>) change ->
                Optional.ofNullable(markers.get(change.getKey())).ifPresent(marker -> marker.show(findingsOf(change.getKey()))));

        TextField key = new TextField();
        key.setId("other-new-key");
        key.setPromptText("key");
        key.setPrefColumnCount(10);
        TextField value = new TextField();
        value.setId("other-new-value");
        value.setPromptText("YAML value");
        HBox.setHgrow(value, Priority.ALWAYS);
        Button add = new Button("Add", new FontIcon(Feather.PLUS));
        add.setId("other-add");
        add.setMinWidth(Button.USE_PREF_SIZE);
        add.setOnAction(event -> {
            if (viewModel.put(key.getText(), value.getText())) {
                key.clear();
                value.clear();
            }
        });
        value.setOnAction(add.getOnAction());

        Label error = new Label();
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        error.managedProperty().bind(viewModel.errorProperty().isNotEmpty());
        getChildren().addAll(rows, new HBox(8, key, value, add), error);
    }

    /** The value control of {@code key}, when the file has it. */
    Optional<Node> valueOf(String key) {
        return Optional.ofNullable(values.get(key));
    }

    private List<Finding> findingsOf(String key) {
        return viewModel.findings().getOrDefault(key, List.of());
    }

    private void draw() {
        rows.getChildren().clear();
        values.clear();
        markers.clear();
        int row = 0;
        for (OtherField field : viewModel.fields()) {
            Label key = new Label(field.key());
            key.getStyleClass().add("other-key");
            TextField value = new TextField();
            value.setId("other-field-" + field.key());
            value.getProperties().put(FormView.FIELD, field.key());
            GridPane.setHgrow(value, Priority.ALWAYS);
            values.put(field.key(), value);
            HBox markerSlot = new HBox();
            FieldMarker marker = new FieldMarker(value, markerSlot, field.key(), problems);
            markers.put(field.key(), marker);
            marker.show(findingsOf(field.key()));
            TextBinding.onCommit(value, new ReadOnlyStringWrapper(field.yaml()), yaml -> viewModel.put(field.key(), yaml));
            Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setOnAction(event -> viewModel.remove(field.key()));
            HBox heading = new HBox(6, key, markerSlot);
            heading.setAlignment(Pos.CENTER_LEFT);
            rows.addRow(row++, heading, value, remove);
        }
    }
}
