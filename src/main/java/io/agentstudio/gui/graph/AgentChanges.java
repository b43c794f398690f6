package io.agentstudio.gui.graph;

import io.agentstudio.gui.agentlist.AgentListViewModel;
import io.agentstudio.gui.agentlist.AgentRow;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;

import java.util.HashMap;
import java.util.Map;

/**
 * Tells when the agents the graph is made of change: an agent or skill loaded, added, changed on disk or removed (the list),
 * a tab opened or closed, or an edit in a tab.
 */
final class AgentChanges {
    private final Runnable changed;
    private final Map<AgentEditorViewModel, Runnable> watched = new HashMap<>();

    AgentChanges(AgentListViewModel list, EditorTabsViewModel tabs, Runnable changed) {
        this.changed = changed;
        list.allRows().addListener((ListChangeListener<AgentRow>) change -> changed.run());
        list.skillRows().addListener((ListChangeListener<AgentRow>) change -> changed.run());
        tabs.editors().addListener((ListChangeListener<AgentEditorViewModel>) this::editorsChanged);
        tabs.editors().forEach(this::watch);
    }

    private void editorsChanged(ListChangeListener.Change<? extends AgentEditorViewModel> change) {
        while (change.next()) {
            change.getRemoved().forEach(this::unwatch);
            change.getAddedSubList().forEach(this::watch);
        }
        changed.run();
    }

    private void watch(AgentEditorViewModel editor) {
        ChangeListener<Object> listener = (observable, was, now) -> changed.run();
        editor.documentProperty().addListener(listener);
        watched.put(editor, () -> editor.documentProperty().removeListener(listener));
    }

    private void unwatch(AgentEditorViewModel editor) {
        Runnable stopWatching = watched.remove(editor);
        if (stopWatching != null) {
            stopWatching.run();
        }
    }
}
