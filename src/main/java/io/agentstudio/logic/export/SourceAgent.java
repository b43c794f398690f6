package io.agentstudio.logic.export;

import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.AgentDocument;

import java.util.List;

/**
 * An agent of the workspace on its way into an export.
 *
 * @param name         its name (the {@code name} field, or the file name without extension)
 * @param delegatesTo  the exported agents it hands work to or may start, as the delegation graph reads its file
 * @param asWritten    true when it is already written for the target's tool and is copied as it is
 */
public record SourceAgent(WorkspaceAgent agent, String name, List<String> delegatesTo, boolean asWritten) {

    public SourceAgent {
        delegatesTo = List.copyOf(delegatesTo);
    }

    public AgentDocument document() {
        return agent.document();
    }

    /** The workspace-relative file with {@code /} separators, as reports show it. */
    public String source() {
        return agent.relativePath().toString().replace('\\', '/');
    }
}
