package io.agentstudio.gui.problems;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A group of rows in the problems pane: one agent's file, or one rule. Its rows change in place when the findings
 * change, so the pane keeps what the user expanded and selected.
 */
public final class ProblemGroup {
    private final String key;
    private final String title;
    private final ObservableList<ProblemRow> rows = FXCollections.observableArrayList();
    // One wrapper for all callers: a listener on a throwaway wrapper is dropped when the wrapper is collected.
    private final ObservableList<ProblemRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper(this, "label", "");

    ProblemGroup(String key, String title) {
        this.key = key;
        this.title = title;
        rows.addListener((ListChangeListener<ProblemRow>) change -> relabel());
        relabel();
    }

    /** The file's path or the rule id: what the group is sorted by. */
    public String key() {
        return key;
    }

    /** The file relative to the workspace, or the rule id. */
    public String title() {
        return title;
    }

    /** The title and how many rows the group has: "agents/reviewer.md (3)". */
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    public ObservableList<ProblemRow> rows() {
        return readOnlyRows;
    }

    /** For {@link ProblemGroups}: the list it changes in place. */
    ObservableList<ProblemRow> editableRows() {
        return rows;
    }

    private void relabel() {
        label.set(title + " (" + rows.size() + ")");
    }

    @Override
    public String toString() {
        return label.get();
    }
}
