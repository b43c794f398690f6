package io.agentstudio.gui.agentlist;

import io.agentstudio.logic.workspace.WorkspaceAgent;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** The agents of the open workspace, the search that filters them, and which one is selected. */
public final class AgentListViewModel {
    private static final Comparator<AgentRow> BY_NAME =
            Comparator.comparing(AgentRow::name, String.CASE_INSENSITIVE_ORDER).thenComparing(AgentRow::file);

    // Properties
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<AgentRow> rows = FXCollections.observableArrayList();
    private final FilteredList<AgentRow> visibleRows = new FilteredList<>(rows);
    private final ObjectProperty<AgentRow> selected = new SimpleObjectProperty<>(this, "selected");

    public AgentListViewModel() {
        visibleRows.predicateProperty().bind(Bindings.createObjectBinding(
                () -> (Predicate<AgentRow>) row -> row.matches(search.get() == null ? "" : search.get()), search));
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The rows that match the search, in name order. */
    public ObservableList<AgentRow> visibleRows() {
        return visibleRows;
    }

    public ObjectProperty<AgentRow> selectedProperty() {
        return selected;
    }

    public int agentCount() {
        return rows.size();
    }

    // Commands

    /**
     * Shows a freshly loaded set of agents. The agent that was selected stays selected when its file is still there
     * (a reload must not lose the user's place); otherwise the first one is, so the text pane is never blank for no reason.
     */
    public void show(List<WorkspaceAgent> agents) {
        Path previous = selected.get() == null ? null : selected.get().agent().path();
        rows.setAll(agents.stream().map(AgentRow::of).sorted(BY_NAME).toList());
        AgentRow again = rows.stream().filter(row -> Objects.equals(row.agent().path(), previous)).findFirst()
                .orElse(visibleRows.isEmpty() ? null : visibleRows.get(0));
        selected.set(again);
    }
}
