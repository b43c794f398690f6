package io.agentstudio.logic.graph;

import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.EdgeSource;

/**
 * One reference of the workspace, tied to the agent it means.
 *
 * @param holder the agent whose file holds the reference
 * @param target the agent referred to, or null for a name no agent has (a ghost)
 * @param found  what was found in the file
 * @param source where, as the graph shows it
 */
record AgentReference(WorkspaceAgent holder, WorkspaceAgent target, FoundReference found, EdgeSource source) {

    boolean isGhost() {
        return target == null;
    }

    boolean isSelf() {
        return target != null && target.path().equals(holder.path());
    }

    boolean refersTo(WorkspaceAgent agent) {
        return target != null && target.path().equals(agent.path());
    }
}
