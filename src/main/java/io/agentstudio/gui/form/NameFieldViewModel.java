package io.agentstudio.gui.form;

import io.agentstudio.gui.editor.AgentEditing;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldSpec;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.regex.Pattern;

/** The {@code name} field, with the live check of the form Claude Code accepts. */
public final class NameFieldViewModel extends FieldViewModel {
    public static final Pattern FORMAT = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final ReadOnlyStringWrapper formatProblem = new ReadOnlyStringWrapper(this, "formatProblem", "");

    NameFieldViewModel(FieldSpec spec, AgentEditing editing) {
        super(spec, editing);
    }

    /** What is wrong with the name's form, or empty when it is fine. */
    public ReadOnlyStringProperty formatProblemProperty() {
        return formatProblem.getReadOnlyProperty();
    }

    /** Empty when {@code name} is a valid agent name, else why not. */
    public static String check(String name) {
        if (name == null || name.isEmpty()) {
            return "A name is required.";
        }
        return FORMAT.matcher(name).matches() ? ""
                : "Use lowercase letters, digits and single hyphens (like code-reviewer).";
    }

    @Override
    void showed(AgentDocument document) {
        formatProblem.set(check(textProperty().get()));
    }
}
