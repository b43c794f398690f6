package io.agentstudio.app;

import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.agentlist.AgentActionsViewModel;
import io.agentstudio.gui.agentlist.AgentListViewModel;
import io.agentstudio.gui.agentlist.Trash;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.gui.graph.GraphViewModel;
import io.agentstudio.gui.common.Delay;
import io.agentstudio.gui.problems.ProblemsViewModel;
import io.agentstudio.gui.shell.DiskWatch;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.gui.shell.OpenWorkspaceRoot;
import io.agentstudio.gui.shell.PreferencesViewModel;
import io.agentstudio.gui.shell.StatusBarViewModel;
import io.agentstudio.gui.shell.WindowPanels;
import io.agentstudio.logic.settings.WorkspaceMemory;
import io.agentstudio.logic.startup.StartupWorkspace;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.workspace.AgentFileStore;

import java.util.concurrent.Executor;

/**
 * Builds the window's ViewModel with its panels' ViewModels and the services they share. Public so that tests build
 * the window exactly as the studio does and only swap the services that touch the desktop or the clock.
 */
public final class MainWindowWiring {
    private MainWindowWiring() {
    }

    /**
     * @param validation one thread for the validation engine
     * @param typing     the debounce between the last keystroke and the check of the edited agent
     */
    public static MainWindowViewModel mainWindow(StartupWorkspace startup, WorkspaceMemory memory, DialogService dialogs,
                                                 EditorTabsViewModel tabs, PreferencesViewModel preferences,
                                                 DiskWatch diskWatch, Trash trash, Executor background, Executor ui,
                                                 Runnable quitAction, Executor validation, Delay typing) {
        OpenWorkspaceRoot workspaceRoot = new OpenWorkspaceRoot();
        AgentListViewModel agentList = new AgentListViewModel(tabs.dirtyPaths());
        AgentActionsViewModel agentActions = new AgentActionsViewModel(dialogs, tabs, agentList, new AgentFileStore(),
                workspaceRoot, trash, background, ui);
        ProblemsViewModel problems = new ProblemsViewModel(tabs, agentList, dialogs, RuleCatalog.standard(), validation,
                background, ui, typing);
        GraphViewModel graph = new GraphViewModel(agentList, tabs, agentActions, dialogs, workspaceRoot,
                problems.worstSeverityByFile(), background, ui);
        WindowPanels panels = new WindowPanels(agentList, agentActions, problems, graph, new StatusBarViewModel());
        return new MainWindowViewModel(startup, memory, dialogs, tabs, preferences, diskWatch, panels, workspaceRoot,
                background, ui, quitAction);
    }
}
