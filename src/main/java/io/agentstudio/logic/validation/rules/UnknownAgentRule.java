package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.graph.GhostCandidates;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.logic.validation.WorkspaceRule;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GhostReference;
import io.agentstudio.model.Severity;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * A delegation to an agent that does not exist in the workspace: the main agent cannot hand the work over, and the
 * persona's plan silently has a hole. Indexed by the agent's own names and the names it refers to, so creating,
 * renaming or deleting the named agent re-checks exactly the agents that refer to it.
 */
public final class UnknownAgentRule implements WorkspaceRule {
    static final RuleInfo RULE = new RuleInfo("agent-unknown", Severity.WARNING,
            "A delegation names an agent that does not exist in the workspace.",
            "Delegating to a missing agent does nothing: the work stays with the wrong agent, or is dropped.",
            null);
    private static final String KEY = "agent:";

    /** Documents are immutable; scanning one costs a Markdown parse, and keys and check both need the result. */
    private final Map<AgentDocument, List<GhostReference>> candidates = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public List<RuleInfo> rules() {
        return List.of(RULE);
    }

    @Override
    public Set<String> keys(WorkspaceAgent agent) {
        Set<String> keys = new LinkedHashSet<>(ownKeys(agent));
        candidatesOf(agent).forEach(reference -> keys.add(KEY + reference.name()));
        return keys;
    }

    /** Only an agent's own names can make another agent's reference resolve or dangle. */
    @Override
    public Set<String> affects(WorkspaceAgent agent) {
        return ownKeys(agent);
    }

    @Override
    public void check(FileCheck file, AgentIndex index) {
        for (GhostReference reference : candidatesOf(file.agent())) {
            if (index.withKey(KEY + reference.name()).stream().noneMatch(holder -> isNamed(holder, reference.name()))) {
                file.reportAt(RULE, reference.source().nameLine(), reference.source().nameColumn(), null,
                        "No agent named `" + reference.name() + "` exists in this workspace, but this file "
                                + (reference.kind() == EdgeKind.SPAWNS ? "lets the agent spawn it" : "hands work to it")
                                + ". Create the agent, or correct the name.");
            }
        }
    }

    private static Set<String> ownKeys(WorkspaceAgent agent) {
        return new LinkedHashSet<>(List.of(KEY + GhostCandidates.keyOf(agent.name()), KEY + GhostCandidates.keyOf(agent.fileStem())));
    }

    /** Referrers hold the names they refer to as keys too (so they are re-checked when that agent appears). */
    private static boolean isNamed(WorkspaceAgent agent, String key) {
        return GhostCandidates.keyOf(agent.name()).equals(key) || GhostCandidates.keyOf(agent.fileStem()).equals(key);
    }

    private List<GhostReference> candidatesOf(WorkspaceAgent agent) {
        if (!agent.document().isEditable()) {
            return List.of();
        }
        return candidates.computeIfAbsent(agent.document(), document -> GhostCandidates.of(agent));
    }
}
