package io.agentstudio.logic.scope;

import io.agentstudio.logic.workspace.DialectLocator;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.Dialect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which agent Claude Code uses for a name, given every place it reads agents from (observed with Claude Code 2.1.332,
 * conformance cases folder-nested-*): the {@code .claude/agents} of the folder it runs in and of each folder above it
 * up to the repository root, the closest winning; folders below where it runs are not read; and the user's
 * {@code ~/.claude/agents}, over which any project agent of the same name wins. None of these is reported as a
 * duplicate by the tool. Two files of one name in the same agents folder are a duplicate (another rule), not a
 * shadowing.
 *
 * <p>Only Claude Code agents in a {@code .claude/agents} folder take part: for the other tools the studio has not
 * observed how a project and a user agent of one name compete, so it claims nothing.
 */
public final class ScopePrecedence {
    private static final Comparator<Shadowing> ORDER = Comparator
            .comparingInt((Shadowing s) -> s.runIn().toString().isEmpty() ? 0 : s.runIn().getNameCount())
            .thenComparing(s -> s.winner().path());

    private final Path workspaceRoot;
    private final Map<Path, List<Shadowing>> shadowings;

    private ScopePrecedence(Path workspaceRoot, Map<Path, List<Shadowing>> shadowings) {
        this.workspaceRoot = workspaceRoot;
        this.shadowings = shadowings;
    }

    /** The precedence among {@code agents}, the agents of the workspace at {@code workspaceRoot} and the user's. */
    public static ScopePrecedence of(Collection<WorkspaceAgent> agents, Path workspaceRoot) {
        Map<String, List<WorkspaceAgent>> byName = new LinkedHashMap<>();
        for (WorkspaceAgent agent : agents) {
            competingName(agent).ifPresent(name -> byName.computeIfAbsent(name, n -> new ArrayList<>(1)).add(agent));
        }
        Map<Path, List<Shadowing>> shadowings = new HashMap<>();
        for (List<WorkspaceAgent> named : byName.values()) {
            addShadowings(named, workspaceRoot, shadowings);
        }
        return new ScopePrecedence(workspaceRoot, shadowings);
    }

    /**
     * The precedence among {@code named}, agents known to compete under one name (they have the same
     * {@link #competingName}): as {@link #of}, without grouping them by name again. A check of each agent of a name
     * (hundreds in a large workspace) asks this once for the name.
     */
    public static ScopePrecedence ofOneName(List<WorkspaceAgent> named, Path workspaceRoot) {
        Map<Path, List<Shadowing>> shadowings = new HashMap<>();
        addShadowings(named, workspaceRoot, shadowings);
        return new ScopePrecedence(workspaceRoot, shadowings);
    }

    /** Puts under the path of each of {@code named} (agents of one competing name) the agents that win over it, when any do. */
    private static void addShadowings(List<WorkspaceAgent> named, Path workspaceRoot, Map<Path, List<Shadowing>> shadowings) {
        if (named.size() < 2) {
            return;
        }
        // Each scope once: the pairs below compare them, and a large workspace has many copies of one name.
        List<AgentScope> scopes = new ArrayList<>(named.size());
        for (WorkspaceAgent agent : named) {
            scopes.add(AgentScope.of(agent, workspaceRoot));
        }
        for (int l = 0; l < named.size(); l++) {
            List<Shadowing> found = new ArrayList<>();
            for (int w = 0; w < named.size(); w++) {
                if (w != l && wins(scopes.get(w), scopes.get(l))) {
                    found.add(new Shadowing(named.get(w), scopes.get(w), scopes.get(w).folder()));
                }
            }
            if (!found.isEmpty()) {
                found.sort(ORDER);
                shadowings.put(named.get(l).path(), List.copyOf(found));
            }
        }
    }

    /**
     * A project agent wins over a user agent wherever it is read; a project agent over another one where both are
     * read and it is closer: in a folder below the other's.
     */
    private static boolean wins(AgentScope winner, AgentScope loser) {
        if (winner.isUser()) {
            return false;
        }
        if (loser.isUser()) {
            return true;
        }
        return !winner.folder().equals(loser.folder()) && isWithin(winner.folder(), loser.folder());
    }

    /** True when the project folder {@code inner} is {@code outer} or below it ({@code outer} empty: the root). */
    static boolean isWithin(Path inner, Path outer) {
        return outer.toString().isEmpty() || inner.startsWith(outer);
    }

    /**
     * The name by which an agent competes with others, for the agents whose precedence is known: Claude Code agents
     * in a {@code .claude/agents} folder (it goes by the {@code name} field); empty for every other agent.
     */
    public static Optional<String> competingName(WorkspaceAgent agent) {
        if (agent.dialect() != Dialect.CLAUDE_CODE || !DialectLocator.inClaudeAgentsFolder(agent.relativePath())
                || !agent.document().isEditable()) {
            return Optional.empty();
        }
        return agent.document().string("name").filter(name -> !name.isBlank());
    }

    public AgentScope scope(WorkspaceAgent agent) {
        return AgentScope.of(agent, workspaceRoot);
    }

    /** Where and by which agents {@code agent} is not used, outermost place first; empty when it is always used. */
    public List<Shadowing> shadowings(WorkspaceAgent agent) {
        return shadowings.getOrDefault(agent.path(), List.of());
    }

    /** True unless another agent is used instead of this one wherever Claude Code runs in the workspace. */
    public boolean isEffective(WorkspaceAgent agent) {
        return shadowings(agent).stream().noneMatch(Shadowing::everywhere);
    }

    /**
     * How strongly Claude Code prefers {@code candidate} for a name written in {@code from}'s file, when it runs where
     * {@code from} is read (a user agent: at the workspace root): a project agent in that folder or above it, the
     * closer the higher; then a user agent; empty when the two do not compete (another tool, a file outside an agents
     * folder) or the candidate is not read there (a sibling package's agent).
     */
    public static Optional<Integer> preference(WorkspaceAgent candidate, WorkspaceAgent from) {
        // The referring file first: most references are from files that take no part, and the candidate's name is
        // read from its frontmatter.
        if (from.dialect() != Dialect.CLAUDE_CODE || !DialectLocator.inClaudeAgentsFolder(from.relativePath())
                || competingName(candidate).isEmpty()) {
            return Optional.empty();
        }
        if (candidate.isUserAgent()) {
            return Optional.of(0);
        }
        Path candidateFolder = DialectLocator.projectFolderOf(candidate.relativePath());
        Path fromFolder = from.isUserAgent() ? from.relativePath().getFileSystem().getPath("")
                : DialectLocator.projectFolderOf(from.relativePath());
        if (!isWithin(fromFolder, candidateFolder)) {
            return Optional.empty();
        }
        return Optional.of(1 + (candidateFolder.toString().isEmpty() ? 0 : candidateFolder.getNameCount()));
    }
}
