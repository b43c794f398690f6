package io.agentstudio.gui.shell;

import io.agentstudio.gui.agentlist.AgentActionsViewModel;
import io.agentstudio.gui.agentlist.AgentListViewModel;
import io.agentstudio.gui.graph.GraphViewModel;
import io.agentstudio.gui.problems.ProblemsViewModel;

/** The ViewModels of the window's panels, built by the composition root and tied together by the window. */
public record WindowPanels(AgentListViewModel agentList, AgentActionsViewModel agentActions, ProblemsViewModel problems,
                           GraphViewModel graph, StatusBarViewModel status) {
}
