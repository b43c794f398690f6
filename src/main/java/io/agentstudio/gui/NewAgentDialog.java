package io.agentstudio.gui;

import atlantafx.base.theme.Styles;
import io.agentstudio.logic.templates.AgentTemplate;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The new-agent dialog: the templates, each with what it is for, and the name, checked once the user types. */
final class NewAgentDialog extends Dialog<NewAgentForm> {
    private static final double WIDTH = 520;

    NewAgentDialog(NewAgentForm form, Window owner) {
        setTitle("New agent");
        setHeaderText("Create an agent");
        initOwner(owner);
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        getDialogPane().setId("new-agent-dialog");
        getDialogPane().setPrefWidth(WIDTH);

        ListView<AgentTemplate> templates = new ListView<>();
        templates.setId("new-agent-templates");
        templates.getItems().setAll(form.templates());
        templates.setCellFactory(list -> new TemplateCell());
        templates.setPrefHeight(form.templates().size() * 52.0 + 4);
        templates.getSelectionModel().select(form.template());
        templates.getSelectionModel().selectedItemProperty().addListener((observable, before, chosen) -> {
            if (chosen != null) {
                form.templateProperty().set(chosen);
            }
        });

        TextField name = new TextField();
        name.setId("new-agent-name");
        name.textProperty().bindBidirectional(form.nameProperty());
        Label problem = new Label();
        problem.setId("new-agent-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(form.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        // A wrapped label in a dialog sized before it had text is cut to one line; it takes the lines it needs, and
        // the dialog grows to show them.
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().addListener((observable, before, now) -> Platform.runLater(() -> {
            if (getDialogPane().getScene() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));

        Label templatesLabel = new Label("Start from a template:");
        templatesLabel.setLabelFor(templates);
        Label nameLabel = new Label("Name (also its file name):");
        nameLabel.setLabelFor(name);
        getDialogPane().setContent(new VBox(8, templatesLabel, templates, nameLabel, name, problem));
        getDialogPane().lookupButton(create).disableProperty().bind(form.acceptableProperty().not());
        setResultConverter(button -> button == create ? form : null);
        Platform.runLater(name::requestFocus);
    }

    /** A template's title, and under it the line that says what an agent made from it does. */
    private static final class TemplateCell extends ListCell<AgentTemplate> {
        private final Label title = new Label();
        private final Label summary = new Label();
        private final VBox lines = new VBox(2, title, summary);

        TemplateCell() {
            title.getStyleClass().add(Styles.TEXT_BOLD);
            summary.getStyleClass().add(Styles.TEXT_MUTED);
            summary.setWrapText(true);
            summary.setMaxWidth(WIDTH - 60);
            summary.setMinHeight(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(AgentTemplate template, boolean empty) {
            super.updateItem(template, empty);
            if (empty || template == null) {
                setGraphic(null);
            } else {
                title.setText(template.title());
                summary.setText(template.summary());
                setGraphic(lines);
            }
        }
    }
}
