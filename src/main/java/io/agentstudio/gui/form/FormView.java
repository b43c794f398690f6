package io.agentstudio.gui.form;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The frontmatter form, generated from the dialect's catalog: a label with the field's help and a control per field. */
public final class FormView extends ScrollPane {

    public FormView(FormViewModel viewModel) {
        getStyleClass().add("form-view");
        setFitToWidth(true);
        // Controls shrink with the pane; a sideways scroll bar on a form only hides the ends of the fields.
        setHbarPolicy(ScrollBarPolicy.NEVER);
        GridPane grid = new GridPane();
        grid.setId("form-fields");
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints controls = new ColumnConstraints(80, 200, Double.MAX_VALUE);
        controls.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, controls);
        int row = 0;
        for (FieldViewModel field : viewModel.fields()) {
            Label label = new Label(field.name());
            label.getStyleClass().add("field-label");
            if (field.spec().required()) {
                label.setText(field.name() + " *");
            }
            Tooltip help = new Tooltip(field.spec().help());
            help.setWrapText(true);
            help.setMaxWidth(420);
            label.setTooltip(field.spec().help().isEmpty() ? null : help);
            label.setGraphic(field.spec().help().isEmpty() ? null : new FontIcon(Feather.INFO));
            label.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            var control = FieldControls.of(field, viewModel.toolChoices());
            if (control instanceof javafx.scene.control.Control c && !field.spec().help().isEmpty()) {
                c.setTooltip(help);
            }
            grid.addRow(row++, label, control);
        }

        Label otherTitle = new Label("Other fields");
        otherTitle.getStyleClass().add(Styles.TITLE_4);
        Label otherHint = new Label(viewModel.fields().isEmpty()
                ? "The studio has no field list for " + viewModel.dialectName() + " yet: every key is edited here as YAML."
                : "Keys " + viewModel.dialectName() + " does not define, edited as YAML.");
        otherHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        otherHint.setWrapText(true);

        Message disabled = new Message("Fields cannot be edited", "", new FontIcon(Feather.ALERT_OCTAGON));
        disabled.setId("form-disabled");
        disabled.getStyleClass().add(Styles.DANGER);
        disabled.descriptionProperty().bind(viewModel.notEditableReasonProperty());
        disabled.visibleProperty().bind(viewModel.editableProperty().not());
        disabled.managedProperty().bind(disabled.visibleProperty());

        VBox fields = new VBox(14, grid, otherTitle, otherHint, new OtherFieldsView(viewModel.otherFields()));
        fields.disableProperty().bind(viewModel.editableProperty().not());
        VBox content = new VBox(12, disabled, fields);
        content.getStyleClass().add("form-content");
        setContent(content);
    }
}
