package io.agentstudio.gui.graph;

import io.agentstudio.gui.FakeDialogs;
import io.agentstudio.gui.FakeTrash;
import io.agentstudio.gui.QueuedExecutor;
import io.agentstudio.gui.agentlist.AgentActionsViewModel;
import io.agentstudio.gui.agentlist.AgentListViewModel;
import io.agentstudio.gui.editor.CommandStack;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.Severity;
import javafx.collections.ObservableMap;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The graph's ViewModel as the window wires it, without a JavaFX toolkit: the workspace at {@code root} opened, the
 * graph shown in a view of the given size, background and UI work queued until {@link #finishWork}.
 */
record GraphTestbed(EditorTabsViewModel tabs, AgentListViewModel list, GraphViewModel graph, QueuedExecutor background,
                    QueuedExecutor ui) {

    static GraphTestbed open(Path root, FakeDialogs dialogs, ObservableMap<Path, Severity> severities, QueuedExecutor background,
                             QueuedExecutor ui, double width, double height) throws IOException {
        EditorTabsViewModel tabs = new EditorTabsViewModel(Catalogs.load(), new AgentFileStore(), dialogs, background, ui,
                new CommandStack(() -> 0L));
        AgentListViewModel list = new AgentListViewModel(tabs.dirtyPaths());
        tabs.useListedAgents(list::agent);
        AgentActionsViewModel actions = new AgentActionsViewModel(dialogs, tabs, list, new AgentFileStore(), () -> root, new FakeTrash(),
                background, ui);
        GraphViewModel graph = new GraphViewModel(list, tabs, actions, dialogs, () -> root, severities, background, ui);
        graph.viewport().widthProperty().set(width);
        graph.viewport().heightProperty().set(height);
        Workspace workspace = WorkspaceLoader.load(root);
        list.show(workspace.agents(), workspace.skills());
        graph.workspaceLoaded();
        graph.shownProperty().set(true);
        GraphTestbed bed = new GraphTestbed(tabs, list, graph, background, ui);
        bed.finishWork();
        return bed;
    }

    void finishWork() {
        while (background.pending() > 0 || ui.pending() > 0) {
            background.runAll();
            ui.runAll();
        }
    }
}
