package io.agentstudio.gui.form;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.TextInputControl;

import java.util.function.Consumer;

/**
 * Two-way link between a text control and a field without a loop: typing calls the ViewModel; a document change
 * (undo, reload) sets the control only when its text differs, and that setting is not sent back as an edit.
 */
final class TextBinding {
    private boolean following;

    private TextBinding() {
    }

    /** Every keystroke is an edit (merged into one undo step by the ViewModel's merge key). */
    static void live(TextInputControl control, ObservableStringValue value, Consumer<String> edit) {
        TextBinding binding = new TextBinding();
        binding.follow(control, value.get());
        value.addListener((observable, before, after) -> binding.follow(control, after));
        control.textProperty().addListener((observable, before, after) -> {
            if (!binding.following) {
                edit.accept(after);
            }
        });
    }

    /** The edit is made when the user presses Enter or leaves the control (YAML that is only valid once complete). */
    static void onCommit(TextInputControl control, ObservableStringValue value, Consumer<String> edit) {
        TextBinding binding = new TextBinding();
        binding.follow(control, value.get());
        value.addListener((observable, before, after) -> binding.follow(control, after));
        Runnable commit = () -> {
            if (!control.getText().equals(value.get())) {
                edit.accept(control.getText());
            }
        };
        control.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        if (control instanceof javafx.scene.control.TextField field) {
            field.setOnAction(event -> commit.run());
        }
    }

    private void follow(TextInputControl control, String text) {
        String wanted = text == null ? "" : text;
        if (!wanted.equals(control.getText())) {
            following = true;
            try {
                control.setText(wanted);
            } finally {
                following = false;
            }
        }
    }
}
