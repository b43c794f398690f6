package io.agentstudio.gui.shell;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;

/** Theme, editor font size, wrap and layout; every change applies at once and is remembered. */
final class PreferencesDialog extends Dialog<Void> {

    PreferencesDialog(PreferencesViewModel preferences) {
        setTitle("Preferences");
        setHeaderText("Preferences");
        CheckBox dark = new CheckBox("Dark theme");
        dark.selectedProperty().bindBidirectional(preferences.darkThemeProperty());
        Spinner<Integer> size = new Spinner<>(8, 32, preferences.fontSizeProperty().get());
        size.valueProperty().addListener((observable, before, after) -> preferences.fontSizeProperty().set(after));
        CheckBox wrap = new CheckBox("Wrap long lines in the editor");
        wrap.selectedProperty().bindBidirectional(preferences.wrapTextProperty());
        CheckBox sideBySide = new CheckBox("Form beside the body (off: above it)");
        sideBySide.selectedProperty().bindBidirectional(preferences.sideBySideProperty());
        CheckBox preview = new CheckBox("Show the preview");
        preview.selectedProperty().bindBidirectional(preferences.previewShownProperty());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, dark);
        grid.addRow(1, new Label("Editor font size"), size);
        grid.addRow(2, wrap);
        grid.addRow(3, sideBySide);
        grid.addRow(4, preview);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }
}
