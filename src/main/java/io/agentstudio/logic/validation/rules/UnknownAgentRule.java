package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.graph.BodyCandidates;
import io.agentstudio.logic.graph.GhostCandidates;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.logic.validation.WorkspaceRule;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GhostReference;
import io.agentstudio.model.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A delegation to an agent that does not exist in the workspace: the main agent cannot hand the work over, and the
 * persona's plan silently has a hole.
 *
 * <p>Two key spaces keep the index small: an agent holds {@code agent:<its names>} and {@code refers:<each name it
 * refers to>}. A check looks up only the providers of a name; a change to an agent re-checks only the agents that
 * refer to one of its names. (One key space made every lookup walk all the other referrers of a popular name.)
 */
public final class UnknownAgentRule implements WorkspaceRule {
    static final RuleInfo RULE = new RuleInfo("agent-unknown", Severity.WARNING,
            "A delegation names an agent that does not exist in the workspace nor among the tool's built-in agents.",
            "Delegating to a missing agent does nothing: the work stays with the wrong agent, or is dropped.",
            null);
    static final String PROVIDES = "agent:";
    static final String REFERS = "refers:";

    /**
     * The candidates per file, with the document they were read from: keys and check both need them, and an agent is
     * checked again whenever an agent it names changes. Reading the body costs a Markdown parse; a new version of the
     * file reads again only the parts of the body whose text changed ({@link BodyCandidates}). Holds the documents
     * the validation holds.
     */
    private final Map<Path, Scanned> scans = new ConcurrentHashMap<>();

    /** What the rule needs of a reference: the name, how it is used, and where the name is written. */
    record Candidate(String name, EdgeKind kind, int line, int column) {
        static Candidate of(GhostReference reference) {
            return new Candidate(reference.name(), reference.kind(), reference.source().nameLine(), reference.source().nameColumn());
        }
    }

    /** {@code body} is null for an agent kept without its body ({@link #keptWithoutBody}). */
    private record Scanned(AgentDocument document, BodyCandidates body, List<Candidate> all) {
        static Scanned of(WorkspaceAgent agent, BodyCandidates previous) {
            BodyCandidates body = BodyCandidates.of(agent, previous);
            List<Candidate> all = new ArrayList<>();
            GhostCandidates.inFrontmatter(agent).forEach(reference -> all.add(Candidate.of(reference)));
            body.references().forEach(reference -> all.add(Candidate.of(reference)));
            return new Scanned(agent.document(), body, List.copyOf(all));
        }
    }

    @Override
    public List<RuleInfo> rules() {
        return List.of(RULE);
    }

    @Override
    public Set<String> keys(WorkspaceAgent agent) {
        Set<String> keys = ownKeys(agent, PROVIDES);
        candidatesOf(agent).forEach(reference -> keys.add(REFERS + reference.name()));
        return keys;
    }

    /** Only an agent's own names can make another agent's reference resolve or dangle. */
    @Override
    public Set<String> affects(WorkspaceAgent agent) {
        return ownKeys(agent, REFERS);
    }

    /** The candidates stay; the body they were read from goes (an agent kept without it is never read again). */
    @Override
    public void keptWithoutBody(WorkspaceAgent read, WorkspaceAgent kept) {
        scans.computeIfPresent(read.path(), (path, scanned) -> scanned.document() == read.document()
                ? new Scanned(kept.document(), null, scanned.all()) : scanned);
    }

    @Override
    public void check(FileCheck file, AgentIndex index) {
        List<String> builtIn = file.catalog().builtInAgents().stream().map(GhostCandidates::keyOf).toList();
        for (Candidate reference : candidatesOf(file.agent())) {
            if (!index.anyWithKey(PROVIDES + reference.name()) && !builtIn.contains(reference.name())) {
                file.reportAt(RULE, reference.line(), reference.column(), null,
                        "No agent named `" + reference.name() + "` exists in this workspace, but this file "
                                + (reference.kind() == EdgeKind.SPAWNS ? "lets the agent spawn it" : "hands work to it")
                                + ". Create the agent, or correct the name.");
            }
        }
    }

    static Set<String> ownKeys(WorkspaceAgent agent, String prefix) {
        return new LinkedHashSet<>(List.of(prefix + GhostCandidates.keyOf(agent.name()), prefix + GhostCandidates.keyOf(agent.fileStem()),
                prefix + GhostCandidates.keyOf(agent.fileId())));
    }

    /** The names the agent refers to as agents, read once per version of its file ({@link DisabledAgentRule} shares them). */
    List<Candidate> candidatesOf(WorkspaceAgent agent) {
        AgentDocument document = agent.document();
        if (!document.isEditable()) {
            return List.of();
        }
        return scans.compute(agent.path(), (path, known) -> known != null && known.document() == document ? known
                : Scanned.of(agent, known == null ? null : known.body())).all();
    }
}
