package io.agentstudio.logic.graph;

import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.GhostReference;

import java.util.ArrayList;
import java.util.List;

/**
 * The names one agent refers to as agents (in delegation sections, handoff prose, {@code Agent(x)} in tools), read
 * without looking at the rest of the workspace. Each would be a ghost if no agent of that name existed; a validation
 * rule decides that against its index of agent names, so a change to one agent never needs the whole graph again.
 * The body's candidates are read by {@link BodyCandidates}, which keeps what an edit did not touch.
 */
public final class GhostCandidates {
    static final NameIndex NO_AGENTS = NameIndex.of(List.of());

    private GhostCandidates() {
    }

    /** The candidates of the frontmatter alone ({@code tools: Agent(x)}, declared agents); no Markdown parse. */
    public static List<GhostReference> inFrontmatter(WorkspaceAgent agent) {
        return ghosts(FileScan.inFrontmatter(agent, NO_AGENTS));
    }

    static List<GhostReference> ghosts(List<AgentReference> references) {
        // A plain loop: this runs for every part of every body, and most parts have no reference at all.
        List<GhostReference> ghosts = new ArrayList<>(references.size());
        for (AgentReference reference : references) {
            ghosts.add(new GhostReference(reference.found().key(), reference.found().kind(), reference.source(), null));
        }
        return List.copyOf(ghosts);
    }

    /** The key under which an agent's name is matched by references (case, spaces and separators folded). */
    public static String keyOf(String name) {
        return AgentNames.key(name);
    }
}
