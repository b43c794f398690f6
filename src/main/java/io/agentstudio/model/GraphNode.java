package io.agentstudio.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A node of the delegation graph: an agent file of the workspace, or a ghost for a name that is referred to but
 * belongs to no agent.
 *
 * @param id         unique in its graph: the agent's workspace-relative path with {@code /} separators, or
 *                   {@code ghost:} and the referred name
 * @param name       the agent's name, or the ghost's name as a slug
 * @param file       the agent's file relative to the workspace root; null for a ghost
 * @param dialect    the agent's dialect; null for a ghost
 * @param didYouMean for a ghost, the existing agent whose name is closest (a likely typo); null otherwise or when
 *                   nothing is close
 */
public record GraphNode(String id, String name, Path file, Dialect dialect, String didYouMean) {

    public static final String GHOST_PREFIX = "ghost:";

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

    public boolean isGhost() {
        return file == null;
    }
}
