package io.agentstudio.gui.graph;

import io.agentstudio.gui.FakeDialogs;
import io.agentstudio.gui.FakeTrash;
import io.agentstudio.gui.agentlist.AgentActionsViewModel;
import io.agentstudio.gui.agentlist.AgentListViewModel;
import io.agentstudio.gui.editor.CommandStack;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The graph panel alone on a workspace, in a stage of its own, its work done at once on the calling (FX) thread: for
 * the tests that draw real collections and for the canvas benchmark. Create and use it on the FX thread.
 */
public final class CanvasHarness {
    private final GraphViewModel model;
    private final GraphCanvasView view;
    private final Stage stage = new Stage();
    private final FakeDialogs dialogs = new FakeDialogs();

    public CanvasHarness(Path root, double width, double height) throws IOException {
        EditorTabsViewModel tabs = new EditorTabsViewModel(Catalogs.load(), new AgentFileStore(), dialogs, Runnable::run, Runnable::run,
                new CommandStack(System::currentTimeMillis));
        AgentListViewModel list = new AgentListViewModel(tabs.dirtyPaths());
        tabs.useListedAgents(list::agent);
        AgentActionsViewModel actions = new AgentActionsViewModel(dialogs, tabs, list, new AgentFileStore(), () -> root, new FakeTrash(),
                Runnable::run, Runnable::run);
        model = new GraphViewModel(list, tabs, actions, dialogs, () -> root, FXCollections.observableHashMap(), Runnable::run, Runnable::run);
        // The analyses panel shut, as a user may have chosen: the canvas keeps the whole width the tests and the benchmark measure.
        model.analysesPanel().choose(false);
        view = new GraphCanvasView(model, new SimpleBooleanProperty(false));
        stage.setScene(new Scene(view, width, height));
        stage.show();
        list.show(WorkspaceLoader.load(root).agents());
        model.workspaceLoaded();
        model.shownProperty().set(true);
        view.applyCss();
        view.layout();
    }

    public GraphViewModel model() {
        return model;
    }

    public GraphCanvasView view() {
        return view;
    }

    public FakeDialogs dialogs() {
        return dialogs;
    }

    public void close() {
        stage.close();
    }

    /**
     * Writes {@code <folder>/<name>.md}: an agent whose "Handoffs" list names {@code delegates} (none: no list), the
     * small teams the canvas's window tests draw.
     */
    public static void writeAgent(Path folder, String name, String... delegates) throws IOException {
        StringBuilder text = new StringBuilder("---\nname: " + name + "\ndescription: The " + name + ".\n---\nYou work.\n");
        if (delegates.length > 0) {
            text.append("\n## Handoffs\n\n");
            for (String delegate : delegates) {
                text.append("- `").append(delegate).append("`\n");
            }
        }
        Files.writeString(folder.resolve(name + ".md"), text.toString());
    }
}
