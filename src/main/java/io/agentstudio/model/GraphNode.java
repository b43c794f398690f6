package io.agentstudio.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A node of the delegation graph: an agent file of the workspace, a ghost for a name that is referred to but
 * belongs to no agent, or (in a grouped view only) a group of agents drawn as one node.
 *
 * @param id         unique in its graph: the agent's workspace-relative path with {@code /} separators,
 *                   {@code ghost:} and the referred name, or {@code group:} and the group's key
 * @param name       the agent's name, the ghost's name as a slug, or the group's label
 * @param file       the agent's file relative to the workspace root; null for a ghost
 * @param dialect    the agent's dialect; null for a ghost
 * @param didYouMean for a ghost, the existing agent whose name is closest (a likely typo); null otherwise or when
 *                   nothing is close
 */
public record GraphNode(String id, String name, Path file, Dialect dialect, String didYouMean) {

    public static final String GHOST_PREFIX = "ghost:";
    public static final String GROUP_PREFIX = "group:";

    public GraphNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public static GraphNode agent(Path relativePath, String name, Dialect dialect) {
        return new GraphNode(relativePath.toString().replace('\\', '/'), name, relativePath, dialect, null);
    }

    public static GraphNode ghost(String name, String didYouMean) {
        return new GraphNode(GHOST_PREFIX + name, name, null, null, didYouMean);
    }

    /** A collapsed group of agents, as a grouped view draws it: one node for all of them. */
    public static GraphNode group(String key, String label) {
        return new GraphNode(GROUP_PREFIX + key, label, null, null, null);
    }

    public boolean isGhost() {
        return file == null && !isGroup();
    }

    public boolean isGroup() {
        return id.startsWith(GROUP_PREFIX);
    }
}
