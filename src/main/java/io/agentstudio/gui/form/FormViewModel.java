package io.agentstudio.gui.form;

import io.agentstudio.gui.editor.AgentEditing;
import io.agentstudio.gui.editor.EditorProblems;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.CodecRules;
import io.agentstudio.model.FieldSpec;
import io.agentstudio.model.FrontmatterState;
import io.agentstudio.model.Severity;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The frontmatter form of one open agent: a field ViewModel per field of its dialect's catalog, in catalog order,
 * plus the other keys. It follows the document (every edit, undo, reload) and is disabled, with the reason, while
 * the YAML does not parse. The validation's findings about a field go to its field ViewModel, which the view marks.
 */
public final class FormViewModel {
    private final AgentEditing editing;
    private final List<FieldViewModel> fields = new ArrayList<>();
    private final OtherFieldsViewModel otherFields;
    private final List<String> toolChoices;
    private final EditorProblems problems;

    // Properties
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable", true);
    private final ReadOnlyStringWrapper notEditableReason = new ReadOnlyStringWrapper(this, "notEditableReason", "");

    /**
     * @param workspaceTools tool names to offer besides the catalog's: MCP servers of the workspace and names other
     *                       agents already use
     */
    public FormViewModel(AgentEditing editing, List<String> workspaceTools) {
        this(editing, workspaceTools, EditorProblems.none());
    }

    /** @param problems the agent's validation findings, shown on the fields they are about */
    public FormViewModel(AgentEditing editing, List<String> workspaceTools, EditorProblems problems) {
        this.editing = editing;
        this.problems = problems;
        for (FieldSpec spec : editing.catalog().fields()) {
            fields.add(switch (spec.name()) {
                case "name" -> new NameFieldViewModel(spec, editing);
                case "description" -> new DescriptionFieldViewModel(spec, editing);
                default -> new FieldViewModel(spec, editing);
            });
        }
        otherFields = new OtherFieldsViewModel(editing);
        Set<String> choices = new LinkedHashSet<>(editing.catalog().tools());
        choices.addAll(workspaceTools);
        toolChoices = List.copyOf(choices);
        editing.documentProperty().addListener((observable, before, after) -> show(after));
        show(editing.documentProperty().get());
        problems.findings().addListener((ListChangeListener<Finding>) change -> showFindings());
        showFindings();
    }

    /** The findings and fixes the markers show, and the problem the user asked to go to. */
    public EditorProblems problems() {
        return problems;
    }

    public List<FieldViewModel> fields() {
        return List.copyOf(fields);
    }

    public Optional<FieldViewModel> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public OtherFieldsViewModel otherFields() {
        return otherFields;
    }

    /** Tool names to pick from: the dialect's known tools, then the workspace's MCP servers and used names. */
    public List<String> toolChoices() {
        return toolChoices;
    }

    public String dialectName() {
        return editing.catalog().dialect().displayName();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notEditableReasonProperty() {
        return notEditableReason.getReadOnlyProperty();
    }

    /**
     * Takes the user to what keeps the fields unreadable: the tab switches to Source with that line selected, where
     * the file can be repaired by hand or with a quick fix.
     */
    public void repairInSource() {
        AgentDocument document = editing.documentProperty().get();
        document.problems().stream().filter(problem -> problem.severity() == Severity.ERROR).findFirst()
                .ifPresent(problems::reveal);
    }

    private void show(AgentDocument document) {
        boolean canEdit = document.isEditable();
        editable.set(canEdit);
        notEditableReason.set(canEdit ? "" : reason(document));
        fields.forEach(field -> field.show(document));
        otherFields.show(document);
    }

    private void showFindings() {
        Map<String, List<Finding>> byField = problems.findings().stream().filter(f -> f.problem().field() != null)
                .collect(Collectors.groupingBy(f -> f.problem().field()));
        fields.forEach(field -> field.showFindings(byField.getOrDefault(field.name(), List.of())));
        otherFields.showFindings(byField);
    }

    private static String reason(AgentDocument document) {
        if (document.state() == FrontmatterState.UNCLOSED) {
            return "The frontmatter is not closed: a `---` line must follow the last field.";
        }
        return document.problems().stream()
                .filter(p -> p.ruleId().equals(CodecRules.YAML_SYNTAX) || p.ruleId().equals(CodecRules.YAML_NOT_MAPPING))
                .map(p -> "The frontmatter's YAML does not parse (line " + p.line() + "): " + p.message())
                .findFirst().orElse("The frontmatter cannot be read as fields.");
    }
}
