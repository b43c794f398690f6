package io.agentstudio.gui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The real dialogs, owned by the studio window so they open centred on it and block only it. */
public final class FxDialogService implements DialogService {
    private Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    /** Without its window yet: the studio builds its services while JavaFX starts, before the window exists. */
    public FxDialogService() {
    }

    /** The window the dialogs belong to; set before the first dialog can open. */
    public void ownedBy(Window window) {
        this.owner = window;
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        File folder = chooser.showDialog(owner);
        return Optional.ofNullable(folder).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initialFolder, String initialName, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        chooser.setInitialFileName(initialName);
        extensions.forEach(extension -> chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                extension.toUpperCase(Locale.ROOT) + " (*." + extension + ")", "*." + extension)));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        String name = file.getName();
        boolean hasExtension = extensions.stream().anyMatch(extension -> name.toLowerCase(Locale.ROOT).endsWith("." + extension));
        FileChooser.ExtensionFilter chosen = chooser.getSelectedExtensionFilter();
        String extension = chosen == null ? extensions.get(0) : chosen.getExtensions().get(0).substring(2);
        return Optional.of(hasExtension ? file.toPath() : file.toPath().resolveSibling(name + "." + extension));
    }

    @Override
    public SaveChoice askToSave(String title, String message) {
        return askSaveDiscardCancel(title, message, "Save", "Don't Save", "save-prompt", false);
    }

    /** Quitting with several unsaved agents: Cancel is the default, so Enter never throws edits away or saves them. */
    @Override
    public SaveChoice askToSaveAll(String title, String message) {
        return askSaveDiscardCancel(title, message, "Save All", "Discard", "save-all-prompt", true);
    }

    private SaveChoice askSaveDiscardCancel(String title, String message, String saveText, String discardText, String id,
                                            boolean cancelByDefault) {
        ButtonType save = new ButtonType(saveText, ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(discardText, ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.WARNING, message, save, discard, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner);
        alert.getDialogPane().setId(id);
        if (cancelByDefault) {
            ((Button) alert.getDialogPane().lookupButton(save)).setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return SaveChoice.CANCEL;
        }
        return answer.get() == save ? SaveChoice.SAVE : SaveChoice.DISCARD;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial, Function<String, String> check) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(title);
        dialog.setHeaderText(prompt);
        dialog.initOwner(owner);
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        dialog.getDialogPane().setExpandableContent(null);
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(8, dialog.getEditor(), problem));
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        Runnable validate = () -> {
            String reason = check.apply(dialog.getEditor().getText());
            problem.setText(reason);
            ok.setDisable(!reason.isEmpty());
        };
        dialog.getEditor().textProperty().addListener((observable, before, after) -> validate.run());
        validate.run();
        return dialog.showAndWait();
    }

    @Override
    public boolean askNewAgent(NewAgentForm form) {
        return new NewAgentDialog(form, owner).showAndWait().isPresent();
    }

    @Override
    public Optional<String> choose(String title, String prompt, List<String> options) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(options.isEmpty() ? null : options.get(0), options);
        dialog.setTitle(title);
        dialog.setHeaderText(prompt);
        dialog.initOwner(owner);
        return dialog.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public boolean confirmDestructive(String title, String message, String action) {
        ButtonType act = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, message, act, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner);
        ((Button) alert.getDialogPane().lookupButton(act)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(act::equals).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner);
        alert.showAndWait();
    }

    @Override
    public void inform(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner);
        alert.showAndWait();
    }

    @Override
    public void showText(String title, String header, String text) {
        // The newest lines are what the user opened the log for: the last line, from its start.
        showText(title, header, text, text.lastIndexOf('\n', Math.max(0, text.length() - 2)) + 1);
    }

    @Override
    public void showReference(String title, String header, String text) {
        showText(title, header, text, 0);
    }

    private void showText(String title, String header, String text, int caret) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefColumnCount(100);
        area.setPrefRowCount(24);
        area.setStyle("-fx-font-family: monospace;");
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(area);
        alert.setResizable(true);
        alert.initOwner(owner);
        area.positionCaret(caret);
        alert.showAndWait();
    }
}
