package io.agentstudio.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A node of the delegation graph: an agent file of the workspace, a ghost for a name that is referred to but
 * belongs to no agent, (in a grouped view only) a group of agents drawn as one node, or (on the canvas, when skills
 * are shown) a skill or a ghost for a skill name that no skill has.
 *
 * @param id         unique in its graph: the agent's workspace-relative path with {@code /} separators,
 *                   {@code ghost:} and the referred name, {@code group:} and the group's key, {@code skill:} and the
 *                   skill's {@code SKILL.md} path, or {@code skill:ghost:} and a skill name no skill has
 * @param name       the agent's name, the ghost's name as a slug, or the group's label
 * @param file       the agent's file relative to the workspace root; null for a ghost
 * @param dialect    the agent's dialect; null for a ghost
 * @param didYouMean for a ghost, the existing agent whose name is closest (a likely typo); null otherwise or when
 *                   nothing is close
 */
public record GraphNode(String id, String name, Path file, Dialect dialect, String didYouMean) {

    public static final String GHOST_PREFIX = "ghost:";
    public static final String GROUP_PREFIX = "group:";
    public static final String SKILL_PREFIX = "skill:";
    public static final String SKILL_GHOST_PREFIX = SKILL_PREFIX + GHOST_PREFIX;

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

    /** A skill: its {@code file} is its {@code SKILL.md}, relative to the workspace root. */
    public static GraphNode skill(Path relativePath, String name, Dialect tool) {
        return new GraphNode(SKILL_PREFIX + relativePath.toString().replace('\\', '/'), name, relativePath, tool, null);
    }

    /** A skill name that an agent preloads but no skill of the workspace has. */
    public static GraphNode ghostSkill(String name) {
        return new GraphNode(SKILL_GHOST_PREFIX + name, name, null, null, null);
    }

    /** A skill node, ghost or not. */
    public boolean isSkill() {
        return id.startsWith(SKILL_PREFIX);
    }

    public boolean isGhost() {
        return file == null && !isGroup();
    }

    public boolean isGroup() {
        return id.startsWith(GROUP_PREFIX);
    }
}
