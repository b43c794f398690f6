package io.agentstudio.gui.form;

import io.agentstudio.gui.editor.AgentEditing;
import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldValue;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** "Other fields": every key the dialect's catalog does not know, edited as key plus YAML value. */
public final class OtherFieldsViewModel {
    private final AgentEditing editing;

    // Properties
    private final ObservableList<OtherField> fields = FXCollections.observableArrayList();
    /** Handed out once: a read-only view listens to its list only weakly, so one made per call could be collected
     * with the listeners on it. */
    private final ObservableList<OtherField> fieldsView = FXCollections.unmodifiableObservableList(fields);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableMap<String, List<Finding>> findings = FXCollections.observableHashMap();
    // One wrapper for all callers: a listener on a throwaway wrapper is dropped when the wrapper is collected.
    private final ObservableMap<String, List<Finding>> readOnlyFindings = FXCollections.unmodifiableObservableMap(findings);

    OtherFieldsViewModel(AgentEditing editing) {
        this.editing = editing;
    }

    public ObservableList<OtherField> fields() {
        return fieldsView;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The validation's findings per key (unknown keys are reported as such); keys without findings are absent. */
    public ObservableMap<String, List<Finding>> findings() {
        return readOnlyFindings;
    }

    // Commands

    /** Adds a key, or sets it when it exists; the value is YAML as typed (a plain word, a number, a list, a map). */
    public boolean put(String key, String yaml) {
        String trimmedKey = key == null ? "" : key.strip();
        if (trimmedKey.isEmpty()) {
            error.set("A field needs a key.");
            return false;
        }
        if (editing.catalog().knows(trimmedKey)) {
            error.set("`" + trimmedKey + "` has its own control in the form above.");
            return false;
        }
        return change("Set " + trimmedKey, document -> FrontmatterEditor.set(document, trimmedKey, new FieldValue.Raw(yaml)));
    }

    public boolean remove(String key) {
        return change("Remove " + key, document -> FrontmatterEditor.remove(document, key));
    }

    private boolean change(String description, UnaryOperator<AgentDocument> edit) {
        try {
            editing.apply(description, null, edit);
            error.set("");
            return true;
        } catch (EditRefusedException | IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    void showFindings(Map<String, List<Finding>> byKey) {
        findings.keySet().retainAll(byKey.keySet());
        byKey.forEach((key, now) -> {
            if (!editing.catalog().knows(key)) {
                findings.put(key, now);
            }
        });
    }

    void show(AgentDocument document) {
        List<OtherField> now = document.fields().stream().filter(f -> !editing.catalog().knows(f.key()))
                .map(f -> new OtherField(f.key(), RawFieldText.of(document, f))).toList();
        if (!now.equals(fields)) {
            fields.setAll(now);
        }
    }
}
