package io.agentstudio.gui.form;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import io.agentstudio.gui.common.QuickFixMenu;
import io.agentstudio.logic.validation.Finding;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
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
 * The frontmatter form, generated from the dialect's catalog: a label with the field's help and a control per field.
 * A field with problems is marked; Ctrl+1 in it offers the fixes, and going to a field's problem focuses its control.
 */
public final class FormView extends ScrollPane {
    /** A form row's property naming its field, so Ctrl+1 finds the field of the focused control. */
    static final String FIELD = "agentstudio.field";

    private final FormViewModel viewModel;
    private final Map<String, Node> fieldControls = new HashMap<>();

    public FormView(FormViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("form-view");
        setFitToWidth(true);
        // Controls shrink with the pane; a sideways scroll bar on a form only hides the ends of the fields.
        setHbarPolicy(ScrollBarPolicy.NEVER);
        GridPane grid = new GridPane();
        grid.setId("form-fields");
        grid.setVgap(4);
        // Each label above its control: a column of labels as wide as the longest key ("observeToolResults") left the
        // controls too narrow to read at a laptop's width.
        ColumnConstraints column = new ColumnConstraints(80, 200, Double.MAX_VALUE);
        column.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(column);
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
            control.getProperties().put(FIELD, field.name());
            Node target = markable(control, field.name());
            fieldControls.put(field.name(), target);
            HBox markerSlot = new HBox();
            FieldMarker marker = new FieldMarker(target, markerSlot, field.name(), viewModel.problems());
            field.findings().addListener((ListChangeListener<Finding>) change -> marker.show(field.findings()));
            marker.show(field.findings());
            HBox heading = new HBox(6, label, markerSlot);
            heading.setAlignment(Pos.CENTER_LEFT);
            grid.addRow(row++, heading);
            grid.addRow(row++, control);
            GridPane.setMargin(control, new Insets(0, 0, 10, 0));
        }

        Label otherTitle = new Label("Other fields");
        otherTitle.getStyleClass().add(Styles.TITLE_4);
        Label otherHint = new Label(viewModel.fields().isEmpty()
                ? "The studio has no field list for " + viewModel.dialectName() + " yet: every key is edited here as YAML."
                : "Keys " + viewModel.dialectName() + " does not define, edited as YAML.");
        otherHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        otherHint.setWrapText(true);

        Message message = new Message("The fields cannot be read", "", new FontIcon(Feather.ALERT_OCTAGON));
        message.getStyleClass().add(Styles.DANGER);
        message.descriptionProperty().bind(viewModel.notEditableReasonProperty());
        Button repair = new Button("Repair in Source", new FontIcon(Feather.CODE));
        repair.setId("form-repair");
        repair.getStyleClass().add(Styles.ACCENT);
        repair.setOnAction(event -> viewModel.repairInSource());
        VBox disabled = new VBox(8, message, repair);
        disabled.setId("form-disabled");
        disabled.visibleProperty().bind(viewModel.editableProperty().not());
        disabled.managedProperty().bind(disabled.visibleProperty());

        OtherFieldsView others = new OtherFieldsView(viewModel.otherFields(), viewModel.problems());
        VBox fields = new VBox(14, grid, otherTitle, otherHint, others);
        fields.disableProperty().bind(viewModel.editableProperty().not());
        VBox content = new VBox(12, disabled, fields);
        content.getStyleClass().add("form-content");
        setContent(content);

        viewModel.problems().revealProperty().addListener((observable, before, problem) -> {
            if (problem != null && problem.field() != null) {
                // After the pulse that lays out the form (its tab may have just opened): scrolling needs its layout.
                Platform.runLater(() -> Optional.ofNullable(fieldControls.get(problem.field())).or(() -> others.valueOf(problem.field()))
                        .ifPresent(this::focus));
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::quickFix);
    }

    /** The control itself (named {@code field-<name>}) rather than the box around it with its messages. */
    private static Node markable(Node control, String field) {
        Node named = control.lookup("#field-" + field);
        if (named != null) {
            return named;
        }
        return control instanceof Pane box && !box.getChildren().isEmpty() ? box.getChildren().get(0) : control;
    }

    private void focus(Node control) {
        applyCss();
        layout();
        Bounds content = getContent().getLayoutBounds();
        Bounds target = getContent().sceneToLocal(control.localToScene(control.getLayoutBounds()));
        double room = content.getHeight() - getViewportBounds().getHeight();
        if (room > 0) {
            setVvalue(Math.max(0, Math.min(1, (target.getMinY() - 12) / room)));
        }
        control.requestFocus();
    }

    /** Ctrl+1 in a field: the fixes of that field's problems. */
    private void quickFix(KeyEvent event) {
        if (!QuickFixMenu.SHORTCUT.match(event) || getScene() == null) {
            return;
        }
        Node focused = getScene().getFocusOwner();
        for (Node node = focused; node != null && node != this; node = node.getParent()) {
            Object field = node.getProperties().get(FIELD);
            if (field != null) {
                viewModel.problems().whenCurrent(() -> {
                    List<Finding> here = viewModel.problems().findings().stream()
                            .filter(f -> field.equals(f.problem().field())).toList();
                    QuickFixMenu.offer(viewModel.problems().fixes(here), focused, focused.localToScreen(focused.getLayoutBounds()));
                });
                event.consume();
                return;
            }
        }
    }
}
