package io.agentstudio.gui.importer;

import atlantafx.base.theme.Styles;
import io.agentstudio.gui.common.OwnedDialogStage;
import io.agentstudio.logic.importer.ImportSource;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
 * The import dialog's window: source folder, tool and destination on top, the report in the middle, the actions below.
 * It only binds to {@link ImportViewModel}.
 */
public final class ImportDialog extends OwnedDialogStage {

    public ImportDialog(Window owner, ImportViewModel viewModel) {
        super(owner, "Import Agents");
        BorderPane root = new BorderPane();
        root.setId("import-dialog");
        root.setPadding(new Insets(14));
        root.setTop(choices(viewModel));
        root.setCenter(report(viewModel));
        root.setBottom(actions(viewModel));
        setContent(root, 860, 640);
    }

    private static GridPane choices(ImportViewModel viewModel) {
        TextField source = new TextField();
        source.setId("import-source");
        source.setPromptText("A project with .opencode, .github, .gemini, .codex or .cursor agents, or that agents folder");
        source.textProperty().bindBidirectional(viewModel.sourceProperty());
        Button chooseSource = new Button("Choose…", new FontIcon(Feather.FOLDER));
        chooseSource.setId("import-choose-source");
        chooseSource.setOnAction(event -> viewModel.chooseSource());
        HBox.setHgrow(source, Priority.ALWAYS);

        ComboBox<ImportSource> tool = new ComboBox<>();
        tool.setId("import-tool");
        tool.getItems().setAll(viewModel.tools());
        tool.valueProperty().bindBidirectional(viewModel.toolProperty());
        tool.setPromptText("Which tool's agents (guessed from the folder)");
        tool.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImportSource value) {
                return value == null ? "" : value.displayName();
            }

            @Override
            public ImportSource fromString(String text) {
                return null;
            }
        });
        tool.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ImportSource item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.displayName());
            }
        });

        TextField destination = new TextField();
        destination.setId("import-destination");
        destination.textProperty().bindBidirectional(viewModel.destinationProperty());
        Button chooseDestination = new Button("Choose…", new FontIcon(Feather.FOLDER));
        chooseDestination.setId("import-choose-destination");
        chooseDestination.setOnAction(event -> viewModel.chooseDestination());
        HBox.setHgrow(destination, Priority.ALWAYS);

        CheckBox overwrite = new CheckBox("Replace files of the same name in the destination");
        overwrite.setId("import-overwrite");
        overwrite.selectedProperty().bindBidirectional(viewModel.overwriteProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints grows = new ColumnConstraints();
        grows.setHgrow(Priority.ALWAYS);
        grows.setFillWidth(true);
        grid.getColumnConstraints().addAll(new ColumnConstraints(110), grows);
        grid.addRow(0, new Label("From folder"), new HBox(8, source, chooseSource));
        grid.addRow(1, new Label("Tool"), tool);
        grid.addRow(2, new Label("Into folder"), new HBox(8, destination, chooseDestination));
        grid.addRow(3, new Label("Options"), overwrite);
        grid.setPadding(new Insets(0, 0, 10, 0));
        return grid;
    }

    private static VBox report(ImportViewModel viewModel) {
        Label summary = new Label();
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.textProperty().bind(viewModel.summaryProperty());
        TextArea report = new TextArea();
        report.setId("import-report");
        report.setEditable(false);
        report.setWrapText(true);
        report.setPromptText("The report appears here: per agent the Claude Code file it becomes, or why it cannot, and per"
                + " field what is copied, translated, kept in prose only or dropped.");
        report.textProperty().bind(viewModel.reportProperty());
        VBox.setVgrow(report, Priority.ALWAYS);
        return new VBox(8, summary, report);
    }

    private HBox actions(ImportViewModel viewModel) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button review = new Button("Review", new FontIcon(Feather.EYE));
        review.setId("import-review");
        review.disableProperty().bind(viewModel.canRunProperty().not());
        review.setOnAction(event -> viewModel.review());
        Button run = new Button("Import", new FontIcon(Feather.DOWNLOAD));
        run.setId("import-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(viewModel.canRunProperty().not());
        run.setOnAction(event -> viewModel.importAgents());
        Button close = new Button("Close");
        close.setId("import-close");
        close.setCancelButton(true);
        close.setOnAction(event -> close());
        HBox bar = new HBox(10, gap, review, run, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 0, 0, 0));
        return bar;
    }
}
