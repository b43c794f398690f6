package io.agentstudio.gui.graph;

import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.logic.workspace.WorkspaceAgent;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The agents as the user sees them: as read from disk, with the unsaved text of every open tab instead. */
final class LiveAgents {

    private LiveAgents() {
    }

    static List<WorkspaceAgent> of(List<WorkspaceAgent> onDisk, List<AgentEditorViewModel> editors) {
        Map<Path, AgentEditorViewModel> open = new HashMap<>();
        editors.forEach(editor -> open.put(editor.path(), editor));
        return onDisk.stream().map(agent -> {
            AgentEditorViewModel editor = open.get(agent.path());
            return editor == null || editor.document() == agent.document() ? agent
                    : new WorkspaceAgent(agent.path(), agent.relativePath(), agent.dialect(), editor.document(), agent.stamp());
        }).toList();
    }
}
