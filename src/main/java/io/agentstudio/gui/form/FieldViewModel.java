package io.agentstudio.gui.form;

import io.agentstudio.gui.editor.AgentEditing;
import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.agentfile.NameList;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldSpec;
import io.agentstudio.model.FieldType;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.ValueStyle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One catalog field of the form: its value as the document holds it, and the edits a control can make. Every edit
 * goes through {@link AgentEditing#apply} with the lossless {@link FrontmatterEditor}; a refused edit leaves the
 * document alone and its reason shows in {@link #errorProperty()}.
 */
public class FieldViewModel {
    private final FieldSpec spec;
    private final AgentEditing editing;

    // Properties
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(this, "present", false);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ObservableList<String> items = FXCollections.observableArrayList();
    /** Handed out once: a read-only view listens to its list only weakly, so one made per call could be collected
     * with the listeners on it. */
    private final ObservableList<String> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    // One wrapper for all callers: a listener on a throwaway wrapper is dropped when the wrapper is collected.
    private final ObservableList<Finding> readOnlyFindings = FXCollections.unmodifiableObservableList(findings);
    /**
     * Each keystroke is written, and typing passes through values that need quotes ("Use " with its trailing space):
     * the text is written in the style the field had before this typing began (the command line's {@code set}
     * writes only the finished value), so a plain value is not left quoted by a moment of its typing.
     */
    private Optional<ValueStyle> styleBeforeTyping = Optional.empty();
    /** The document this field's last edit produced; any other document means the typing was interrupted. */
    private AgentDocument typed;

    FieldViewModel(FieldSpec spec, AgentEditing editing) {
        this.spec = spec;
        this.editing = editing;
    }

    public FieldSpec spec() {
        return spec;
    }

    public String name() {
        return spec.name();
    }

    /** False when the file does not have the field (for tools: the agent inherits every tool). */
    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    /** The value as text: a scalar as YAML reads it, a list comma-separated, a structured value as its YAML. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** For list fields: the names in the list. */
    public ObservableList<String> items() {
        return itemsView;
    }

    /** Why the last edit was refused or what is wrong with the value; empty when fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The validation's findings about this field (the form marks the control with them). */
    public ObservableList<Finding> findings() {
        return readOnlyFindings;
    }

    // Commands

    /**
     * The user typed {@code input}. Choices and numbers left empty remove the field; an empty text stays an empty
     * text, so clearing a name to retype it never moves the field to the end of the frontmatter.
     */
    public void edit(String input) {
        if (input.isEmpty() && spec.type() != FieldType.STRING && spec.type() != FieldType.TEXT) {
            remove();
            return;
        }
        FieldValue value;
        switch (spec.type()) {
            case INTEGER -> {
                try {
                    value = new FieldValue.Int(Long.parseLong(input.strip()));
                } catch (NumberFormatException e) {
                    error.set(spec.name() + " takes a whole number.");
                    return;
                }
            }
            case BOOLEAN -> value = new FieldValue.Bool(Boolean.parseBoolean(input.strip()));
            case NAME_LIST, STRING_LIST -> value = new FieldValue.Items(NameList.splitCommas(input), spec.listForm());
            case STRUCTURED -> value = new FieldValue.Raw(input);
            default -> value = new FieldValue.Text(input);
        }
        set(value);
    }

    public void setBoolean(boolean on) {
        set(new FieldValue.Bool(on));
    }

    public void setItems(List<String> names) {
        set(new FieldValue.Items(names, spec.listForm()));
    }

    public void addItem(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || items.contains(trimmed)) {
            return;
        }
        List<String> next = new ArrayList<>(items);
        next.add(trimmed);
        setItems(next);
    }

    public void removeItem(String name) {
        List<String> next = new ArrayList<>(items);
        next.remove(name);
        setItems(next);
    }

    /** Removes the field from the file (for tools: back to inheriting every tool). */
    public void remove() {
        change("Remove " + spec.name(), null, document -> FrontmatterEditor.remove(document, spec.name()));
    }

    void set(FieldValue value) {
        AgentDocument current = editing.documentProperty().get();
        if (current != typed) {
            styleBeforeTyping = current.field(spec.name()).map(FrontmatterField::style);
        }
        Optional<ValueStyle> keep = value instanceof FieldValue.Text ? styleBeforeTyping : Optional.empty();
        change("Change " + spec.name(), "field:" + spec.name(), document -> keep
                .map(style -> FrontmatterEditor.set(document, spec.name(), value, style))
                .orElseGet(() -> FrontmatterEditor.set(document, spec.name(), value)));
        typed = editing.documentProperty().get();
    }

    private void change(String description, String mergeKey, UnaryOperator<AgentDocument> edit) {
        try {
            editing.apply(description, mergeKey, edit);
            error.set("");
        } catch (EditRefusedException | IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    /** Follows the document after any edit, undo or reload. */
    void show(AgentDocument document) {
        Optional<Object> value = document.field(spec.name()).map(f -> f.value());
        present.set(document.field(spec.name()).isPresent());
        if (spec.type() == FieldType.NAME_LIST || spec.type() == FieldType.STRING_LIST) {
            List<String> names = value.map(NameList::from).orElse(List.of());
            if (!names.equals(items)) {
                items.setAll(names);
            }
            text.set(String.join(", ", names));
        } else if (spec.type() == FieldType.STRUCTURED) {
            text.set(document.field(spec.name()).map(f -> RawFieldText.of(document, f)).orElse(""));
        } else {
            text.set(value.filter(v -> !(v instanceof Collection<?>) && !(v instanceof Map<?, ?>)).map(String::valueOf).orElse(""));
        }
        showed(document);
    }

    void showFindings(List<Finding> now) {
        findings.setAll(now);
    }

    /** Hook for fields that derive more from the value (the name's format check, the description's length). */
    void showed(AgentDocument document) {
    }
}
