package io.agentstudio.gui.form;

import io.agentstudio.gui.editor.AgentEditing;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldSpec;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The {@code description} field: how long it is, and a hint on how it is read (the main agent's, or a skill's). */
public final class DescriptionFieldViewModel extends FieldViewModel {
    static final String HINT = "The main agent reads this to decide when to delegate: say when to use the agent"
            + " (\"Use proactively after …\"), not only what it is.";
    static final String SKILL_HINT = "Claude reads this to decide when to load the skill: say what it does and when to use it"
            + " (\"Use when …\"), in at most 1,024 characters.";

    private final boolean skill;
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "0 characters");

    DescriptionFieldViewModel(FieldSpec spec, AgentEditing editing) {
        super(spec, editing);
        this.skill = editing.isSkill();
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public String hint() {
        return skill ? SKILL_HINT : HINT;
    }

    @Override
    void showed(AgentDocument document) {
        int length = textProperty().get().length();
        count.set(length + (length == 1 ? " character" : " characters"));
    }
}
