package io.agentstudio.gui.editor;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The selected file's raw text, read-only, with line numbers, and the file's problems above it. */
public final class SourceView extends VBox {
    private final CodeArea area = new CodeArea();

    public SourceView(SourceViewModel viewModel) {
        getStyleClass().add("source-view");

        Label title = new Label();
        title.setId("source-title");
        title.setGraphic(new FontIcon(Feather.FILE_TEXT));
        title.textProperty().bind(viewModel.titleProperty());
        Label readOnly = new Label("read-only");
        readOnly.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox header = new HBox(title, readOnly);
        header.getStyleClass().add("source-header");
        header.visibleProperty().bind(viewModel.titleProperty().isNotEmpty());

        Message problems = new Message("Problems in this file", "", new FontIcon(Feather.ALERT_TRIANGLE));
        problems.setId("source-problems");
        problems.getStyleClass().add(Styles.WARNING);
        viewModel.hasErrorsProperty().addListener((observable, before, errors) -> {
            problems.getStyleClass().removeAll(Styles.WARNING, Styles.DANGER);
            problems.getStyleClass().add(errors ? Styles.DANGER : Styles.WARNING);
        });
        problems.descriptionProperty().bind(viewModel.problemsProperty());
        problems.visibleProperty().bind(viewModel.problemsProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());

        area.setId("source-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        viewModel.textProperty().addListener((observable, before, after) -> showText(after));
        showText(viewModel.textProperty().get());

        Label empty = new Label("Select an agent to see its file.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.visibleProperty().bind(viewModel.agentProperty().isNull());
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.visibleProperty().bind(viewModel.agentProperty().isNotNull());
        StackPane body = new StackPane(scroll, empty);
        VBox.setVgrow(body, Priority.ALWAYS);

        getChildren().addAll(header, problems, body);
    }

    private void showText(String text) {
        area.replaceText(text);
        area.moveTo(0);
        area.requestFollowCaret();
    }
}
