package io.agentstudio.logic.graph;

import io.agentstudio.logic.scope.ScopePrecedence;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The agents of a workspace by name key ({@link AgentNames#key}): by their {@code name}, by their file name (many
 * collections name files after agents) and by the id their place gives them (OpenCode's {@code team/reviewer} for
 * {@code .opencode/agents/team/reviewer.md}).
 *
 * <p>Several agents can share a name (the same agent in two dialects, two collections side by side). A reference
 * then goes to the nearest one: the same dialect first, then the one whose folder shares the longest path with the
 * referring file, the way a reader of that folder would take it; for Claude Code's agents folders, the one the tool
 * itself would use.
 */
public final class NameIndex {
    private final Map<String, List<WorkspaceAgent>> byKey;
    private final Map<Integer, List<String>> keysByLength;

    private NameIndex(Map<String, List<WorkspaceAgent>> byKey) {
        this.byKey = byKey;
        this.keysByLength = new TreeMap<>();
        byKey.keySet().stream().sorted().forEach(k -> keysByLength.computeIfAbsent(k.length(), n -> new ArrayList<>()).add(k));
    }

    public static NameIndex of(Workspace workspace) {
        return of(workspace.agents());
    }

    public static NameIndex of(List<WorkspaceAgent> agents) {
        Map<String, List<WorkspaceAgent>> byKey = new HashMap<>();
        for (WorkspaceAgent agent : agents) {
            String nameKey = AgentNames.key(agent.name());
            if (!nameKey.isEmpty()) {
                byKey.computeIfAbsent(nameKey, k -> new ArrayList<>(1)).add(agent);
            }
            String stemKey = AgentNames.key(agent.fileStem());
            if (!stemKey.isEmpty() && !stemKey.equals(nameKey)) {
                byKey.computeIfAbsent(stemKey, k -> new ArrayList<>(1)).add(agent);
            }
            String idKey = AgentNames.key(agent.fileId());
            if (!idKey.isEmpty() && !idKey.equals(nameKey) && !idKey.equals(stemKey)) {
                byKey.computeIfAbsent(idKey, k -> new ArrayList<>(1)).add(agent);
            }
        }
        return new NameIndex(byKey);
    }

    /** True when no agent is known: then only ghosts can be found. */
    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    public boolean contains(String key) {
        return byKey.containsKey(key);
    }

    /** Every agent with this key, in workspace order. */
    public List<WorkspaceAgent> named(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The agent a reference written in {@code from}'s file means by {@code key}. */
    public Optional<WorkspaceAgent> resolve(String key, WorkspaceAgent from) {
        List<WorkspaceAgent> candidates = byKey.get(key);
        if (candidates == null) {
            return Optional.empty();
        }
        if (candidates.size() == 1 || from == null) {
            return Optional.of(candidates.get(0));
        }
        // Each candidate's closeness once: a large workspace has dozens of copies of one name.
        WorkspaceAgent best = null;
        int bestCloseness = Integer.MIN_VALUE;
        for (WorkspaceAgent candidate : candidates) {
            int closeness = closeness(candidate, from);
            if (closeness > bestCloseness) {
                best = candidate;
                bestCloseness = closeness;
            }
        }
        return Optional.of(best);
    }

    /**
     * Among Claude Code agents in {@code .claude/agents} folders the tool's own precedence decides ({@link
     * ScopePrecedence#preference}): the agent it would use where {@code from} is read, over one of a sibling package.
     */
    private static int closeness(WorkspaceAgent candidate, WorkspaceAgent from) {
        Optional<Integer> preference = ScopePrecedence.preference(candidate, from);
        if (preference.isPresent()) {
            return 30_000 + preference.get();
        }
        int score = candidate.dialect() == from.dialect() ? 10_000 : 0;
        Path a = candidate.relativePath().getParent();
        Path b = from.relativePath().getParent();
        int shared = 0;
        while (a != null && b != null && shared < Math.min(a.getNameCount(), b.getNameCount())
                && a.getName(shared).equals(b.getName(shared))) {
            shared++;
        }
        return score + shared;
    }

    /** The existing key closest to {@code key} in spelling, when it is close enough to be a typo. */
    public Optional<String> closest(String key) {
        int limit = Math.max(2, key.length() / 4);
        String best = null;
        int bestDistance = limit + 1;
        for (int length = Math.max(1, key.length() - limit); length <= key.length() + limit; length++) {
            for (String candidate : keysByLength.getOrDefault(length, List.of())) {
                int d = AgentNames.distance(key, candidate, bestDistance - 1);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = candidate;
                }
            }
        }
        return Optional.ofNullable(best).map(k -> byKey.get(k).get(0).name());
    }

    /**
     * The agent a person means on the command line: a file path (relative to the workspace or absolute) or a name.
     *
     * @throws UnknownAgentException when nothing matches (with the closest name) or when the name is shared
     */
    public WorkspaceAgent find(Workspace workspace, String nameOrPath) {
        if (nameOrPath.endsWith(".md") || nameOrPath.contains("/") || nameOrPath.contains("\\")) {
            Path wanted = workspace.root().resolve(nameOrPath).toAbsolutePath().normalize();
            for (WorkspaceAgent agent : workspace.agents()) {
                if (agent.path().toAbsolutePath().normalize().equals(wanted)) {
                    return agent;
                }
            }
        }
        String key = AgentNames.key(nameOrPath);
        List<WorkspaceAgent> matches = named(key);
        if (matches.isEmpty()) {
            throw UnknownAgentException.noSuchAgent(nameOrPath, closest(key));
        }
        if (matches.size() > 1) {
            List<String> paths = matches.stream().map(a -> a.relativePath().toString().replace('\\', '/')).toList();
            throw new UnknownAgentException(matches.size() + " agents are named '" + nameOrPath + "'; give the file instead: "
                    + String.join(", ", paths), null);
        }
        return matches.get(0);
    }
}
