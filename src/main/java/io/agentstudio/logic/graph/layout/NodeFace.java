package io.agentstudio.logic.graph.layout;

import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.GraphNode;

/**
 * What a node shows: its name, the model it runs on, and its colour.
 *
 * @param title  the agent's name (or the ghost's)
 * @param model  the {@code model} field, empty when the agent has none; for a skill, says it is one
 * @param colour {@code #rrggbb} from the {@code color} field, empty when none
 */
public record NodeFace(String title, String model, String colour) {

    public static NodeFace of(GraphNode node, WorkspaceAgent agent) {
        if (node.isSkill()) {
            return new NodeFace(node.name(), node.isGhost() ? "no such skill" : "skill", "");
        }
        if (agent == null) {
            return new NodeFace(node.name(), "", "");
        }
        return new NodeFace(node.name(), agent.model(), AgentColours.hex(agent.document().string("color").orElse(null)).orElse(""));
    }
}
