package io.agentstudio.gui.export;

import atlantafx.base.theme.Styles;
import io.agentstudio.gui.common.OwnedDialogStage;
import io.agentstudio.logic.export.ExportTarget;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The export dialog's window: the choices on top, the review's report in the middle, progress and the actions below.
 * It only binds to {@link ExportViewModel}; the ViewModel decides what may be done when.
 */
public final class ExportDialog extends OwnedDialogStage {

    public ExportDialog(Window owner, ExportViewModel viewModel) {
        super(owner, "Export Workspace");
        BorderPane root = new BorderPane();
        root.setId("export-dialog");
        root.getStyleClass().add("export-dialog");
        root.setPadding(new Insets(14));
        root.setTop(choices(viewModel));
        root.setCenter(report(viewModel));
        root.setBottom(actions(viewModel));
        setContent(root, 900, 720);
    }

    private static VBox choices(ExportViewModel viewModel) {
        ComboBox<ExportTarget> target = new ComboBox<>();
        target.setId("export-target");
        target.getItems().setAll(viewModel.targets());
        target.valueProperty().bindBidirectional(viewModel.targetProperty());
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportTarget value) {
                return value == null ? "" : value.displayName();
            }

            @Override
            public ExportTarget fromString(String text) {
                return null;
            }
        });
        target.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ExportTarget item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.displayName());
            }
        });
        Label layout = new Label();
        layout.getStyleClass().add(Styles.TEXT_MUTED);
        layout.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.targetProperty().get() == null ? "" : "Writes " + viewModel.targetProperty().get().layout(),
                viewModel.targetProperty()));

        TextField destination = new TextField();
        destination.setId("export-destination");
        destination.setPromptText("Folder to export into (a project, your home folder, a plugin repository)");
        destination.textProperty().bindBidirectional(viewModel.destinationProperty());
        Button choose = new Button("Choose…", new FontIcon(Feather.FOLDER));
        choose.setId("export-choose");
        choose.setOnAction(event -> viewModel.chooseDestination());
        HBox.setHgrow(destination, Priority.ALWAYS);

        TextField zip = new TextField();
        zip.setId("export-zip");
        zip.setPromptText("Optional: also write a zip, e.g. ../agents.zip");
        zip.textProperty().bindBidirectional(viewModel.zipProperty());

        CheckBox clean = new CheckBox("Remove files the last export wrote that are no longer exported");
        clean.setId("export-clean");
        clean.selectedProperty().bindBidirectional(viewModel.cleanProperty());
        CheckBox force = new CheckBox("Export despite errors (the report records it)");
        force.setId("export-force");
        force.selectedProperty().bindBidirectional(viewModel.forceProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(110), columnThatGrows());
        // The layout under the choice, not beside it: beside it, the plugin's long layout was cut.
        grid.addRow(0, new Label("Target"), new VBox(4, target, layout));
        grid.addRow(1, new Label("Folder"), new HBox(8, destination, choose));
        grid.addRow(2, new Label("Zip file"), zip);
        grid.addRow(3, new Label("Options"), new VBox(6, clean, force));

        VBox box = new VBox(10, grid, pluginForm(viewModel));
        Label unsaved = new Label();
        unsaved.getStyleClass().add(Styles.WARNING);
        unsaved.textProperty().bind(viewModel.unsavedNoteProperty());
        showOnlyWithText(unsaved);
        box.getChildren().add(unsaved);
        box.setPadding(new Insets(0, 0, 10, 0));
        return box;
    }

    private static GridPane pluginForm(ExportViewModel viewModel) {
        PluginFormViewModel plugin = viewModel.plugin();
        GridPane grid = new GridPane();
        grid.setId("export-plugin");
        grid.setHgap(10);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(110), columnThatGrows(), new ColumnConstraints(70), columnThatGrows());
        grid.addRow(0, new Label("Plugin name"), field("export-plugin-name", plugin.nameProperty(), "kebab-case, e.g. review-team"),
                new Label("Version"), field("export-plugin-version", plugin.versionProperty(), "1.0.0"));
        // The description is a sentence: the whole width, so it reads without scrolling the field.
        grid.add(new Label("Description"), 0, 1);
        grid.add(field("export-plugin-description", plugin.descriptionProperty(), ""), 1, 1, 3, 1);
        grid.addRow(2, new Label("Author"), field("export-plugin-author", plugin.authorProperty(), ""),
                new Label("Keywords"), field("export-plugin-keywords", plugin.keywordsProperty(), "comma-separated"));
        CheckBox marketplace = new CheckBox("Also write a marketplace.json listing the plugin");
        marketplace.selectedProperty().bindBidirectional(plugin.marketplaceProperty());
        grid.add(marketplace, 1, 3, 3, 1);
        grid.visibleProperty().bind(viewModel.targetProperty().isEqualTo(ExportTarget.CLAUDE_PLUGIN));
        grid.managedProperty().bind(grid.visibleProperty());
        return grid;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static VBox report(ExportViewModel viewModel) {
        Label summary = new Label();
        summary.setId("export-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.textProperty().bind(viewModel.summaryProperty());
        TextArea report = new TextArea();
        report.setId("export-report");
        report.getStyleClass().add("export-report");
        report.setEditable(false);
        // The problems at the top are sentences a user must read whole; a wrapped diff line still reads.
        report.setWrapText(true);
        report.setPromptText("The review's report appears here: every file that would be created, changed or removed (with"
                + " diffs), and per agent and field what is copied, translated, kept in prose only or dropped.");
        report.textProperty().bind(viewModel.reportProperty());
        VBox.setVgrow(report, Priority.ALWAYS);
        return new VBox(8, summary, report);
    }

    private HBox actions(ExportViewModel viewModel) {
        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.setPrefWidth(180);
        Label step = new Label();
        step.textProperty().bind(viewModel.stepProperty());
        step.getStyleClass().add(Styles.TEXT_MUTED);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button review = new Button("Review", new FontIcon(Feather.EYE));
        review.setId("export-review");
        review.disableProperty().bind(viewModel.canReviewProperty().not());
        review.setOnAction(event -> viewModel.review());
        Button export = new Button("Export", new FontIcon(Feather.UPLOAD));
        export.setId("export-run");
        export.getStyleClass().add(Styles.ACCENT);
        export.disableProperty().bind(viewModel.canExportProperty().not());
        export.setOnAction(event -> viewModel.export());
        Button open = new Button("Open Folder", new FontIcon(Feather.FOLDER));
        open.setId("export-open-folder");
        open.disableProperty().bind(viewModel.exportedFolderProperty().isNull());
        open.setOnAction(event -> viewModel.openFolder());
        Button close = new Button("Close");
        close.setId("export-close");
        close.setCancelButton(true);
        close.setOnAction(event -> close());
        HBox bar = new HBox(10, progress, step, gap, review, export, open, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 0, 0, 0));
        return bar;
    }

    private static ColumnConstraints columnThatGrows() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        return column;
    }

    private static void showOnlyWithText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
