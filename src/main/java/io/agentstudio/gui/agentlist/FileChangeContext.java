package io.agentstudio.gui.agentlist;

import io.agentstudio.gui.editor.EditorTabsViewModel;

import java.util.concurrent.Executor;

/**
 * What a change of the workspace's files works with: the tabs and the agent list that follow the files, the thread
 * that writes them and the UI thread.
 */
public record FileChangeContext(EditorTabsViewModel tabs, AgentListViewModel list, Executor background, Executor ui) {
}
