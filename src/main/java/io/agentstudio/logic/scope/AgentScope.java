package io.agentstudio.logic.scope;

import io.agentstudio.logic.workspace.DialectLocator;
import io.agentstudio.logic.workspace.WorkspaceAgent;

import java.nio.file.Path;

/**
 * Where a tool reads an agent from: a project folder of the workspace (the folder that holds the tool's own folder,
 * {@code packages/a} for {@code packages/a/.claude/agents/x.md}, the empty path for the workspace root), or the
 * user's home ({@code ~/.claude/agents}), whose agents every project sees.
 *
 * @param folder for a project agent its folder relative to the workspace root; for a user agent the home, absolute
 */
public record AgentScope(Kind kind, Path folder) {

    public enum Kind { PROJECT, USER }

    /**
     * The scope of {@code agent} in the workspace at {@code workspaceRoot}: a user agent as loaded ({@code ~/...}), or
     * any agent from outside the workspace (the loader reads nothing else outside it), is the home's.
     */
    public static AgentScope of(WorkspaceAgent agent, Path workspaceRoot) {
        if (agent.isUserAgent() || !agent.path().startsWith(workspaceRoot)) {
            return new AgentScope(Kind.USER, agent.root());
        }
        return new AgentScope(Kind.PROJECT, DialectLocator.projectFolderOf(agent.relativePath()));
    }

    /** The scope of an agent as the loader gives it: a user agent's relative path starts at the home ({@code ~}). */
    public static AgentScope of(WorkspaceAgent agent) {
        return agent.isUserAgent() ? new AgentScope(Kind.USER, agent.root())
                : new AgentScope(Kind.PROJECT, DialectLocator.projectFolderOf(agent.relativePath()));
    }

    public boolean isUser() {
        return kind == Kind.USER;
    }

    /** True for the workspace root's own folder. */
    public boolean isRoot() {
        return kind == Kind.PROJECT && folder.toString().isEmpty();
    }

    /** What the list and the reports call it: {@code user}, {@code project} (the root) or the folder's path. */
    public String label() {
        if (isUser()) {
            return "user";
        }
        return isRoot() ? "project" : slashes(folder);
    }

    /** A longer form for tooltips and messages: "user (~/.claude/agents)", "project folder packages/a". */
    public String description() {
        if (isUser()) {
            return "user agents of " + folder;
        }
        return isRoot() ? "the project (workspace root)" : "project folder " + slashes(folder);
    }

    static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
