package io.agentstudio.gui.editor;

import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.stream.Collectors;

/**
 * The selected agent's file as it is on disk, shown read-only. Later the editor grows here, which is why it is a
 * ViewModel of its own rather than a text field of the list.
 */
public final class SourceViewModel {
    // Properties
    private final ReadOnlyObjectWrapper<WorkspaceAgent> agent = new ReadOnlyObjectWrapper<>(this, "agent");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
    private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper(this, "hasErrors", false);

    public ReadOnlyObjectProperty<WorkspaceAgent> agentProperty() {
        return agent.getReadOnlyProperty();
    }

    /** The whole file, character for character. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The file's path relative to the workspace, or empty when nothing is shown. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What the codec found wrong with the file, one problem a line; empty for a clean file. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** True when a problem is an error (Claude Code would skip or misread the file), not just a warning. */
    public ReadOnlyBooleanProperty hasErrorsProperty() {
        return hasErrors.getReadOnlyProperty();
    }

    // Commands

    /** Shows an agent's file, or nothing when {@code shown} is null. */
    public void show(WorkspaceAgent shown) {
        agent.set(shown);
        text.set(shown == null ? "" : shown.document().text());
        title.set(shown == null ? "" : shown.relativePath().toString().replace('\\', '/'));
        problems.set(shown == null ? "" : shown.document().problems().stream()
                .map(SourceViewModel::describe).collect(Collectors.joining("\n")));
        hasErrors.set(shown != null && shown.document().problems().stream().anyMatch(p -> p.severity() == Severity.ERROR));
    }

    private static String describe(Problem problem) {
        String where = problem.line() > 0 ? "Line " + problem.line() + ": " : "";
        return where + problem.message() + " (" + problem.severity().label() + ", " + problem.ruleId() + ")";
    }
}
