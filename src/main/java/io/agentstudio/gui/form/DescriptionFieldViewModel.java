package io.agentstudio.gui.form;

import io.agentstudio.gui.editor.AgentEditing;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldSpec;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The {@code description} field: how long it is, and a hint on how the main agent reads it. */
public final class DescriptionFieldViewModel extends FieldViewModel {
    static final String HINT = "The main agent reads this to decide when to delegate: say when to use the agent"
            + " (\"Use proactively after …\"), not only what it is.";

    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "0 characters");

    DescriptionFieldViewModel(FieldSpec spec, AgentEditing editing) {
        super(spec, editing);
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public String hint() {
        return HINT;
    }

    @Override
    void showed(AgentDocument document) {
        int length = textProperty().get().length();
        count.set(length + (length == 1 ? " character" : " characters"));
    }
}
