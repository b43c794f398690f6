package io.agentstudio.logic.workspace;

import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.Dialect;

import java.nio.file.Path;

/**
 * One agent file of a workspace as it was on disk when loaded. {@code document} is the baseline a save compares
 * the disk against, so a change made by another program is noticed.
 */
public record WorkspaceAgent(Path path, Path relativePath, Dialect dialect, AgentDocument document, FileStamp stamp) {

    /** The same agent with its document cut where the body starts ({@link AgentDocument#withoutBody()}). */
    public WorkspaceAgent withoutBody() {
        return new WorkspaceAgent(path, relativePath, dialect, document.withoutBody(), stamp);
    }

    /** The {@code name} field, or the file name without extension when there is none. */
    public String name() {
        return document.string("name").filter(n -> !n.isBlank()).orElseGet(this::fileStem);
    }

    /**
     * The id the file's place gives the agent: for OpenCode, which goes by it, the path below its agents folder
     * without {@code .md} ({@code team/reviewer}); for the other tools, whose subfolders do not name agents, the file
     * name without extension.
     */
    public String fileId() {
        if (dialect == Dialect.OPENCODE) {
            return DialectLocator.openCodeId(relativePath).orElseGet(this::fileStem);
        }
        return fileStem();
    }

    /**
     * The folder the file was loaded from: the workspace's, or for one of the user's own agents the home, which its
     * relative path names {@code ~}.
     */
    public Path root() {
        Path root = path;
        int depth = relativePath.getNameCount() - (isUserAgent() ? 1 : 0);
        for (int i = 0; i < depth; i++) {
            root = root.getParent();
        }
        return root;
    }

    /**
     * True for an agent of the user's own agents folders, loaded beside a workspace: its relative path starts at the
     * home, {@code ~/.claude/agents/x.md}, so it never equals a project agent's (a graph node, a remembered tab).
     */
    public boolean isUserAgent() {
        // On the path's text (kept by the path) rather than getName(0), which makes a path and a string per call: the
        // scope rules ask this of every agent several times. A name holds no separator, so the two tests agree.
        String relative = relativePath.toString();
        int home = UserAgentFolders.HOME.length();
        return relative.length() > home + 1 && relative.startsWith(UserAgentFolders.HOME)
                && relative.charAt(home) == relativePath.getFileSystem().getSeparator().charAt(0);
    }

    public String fileStem() {
        String file = path.getFileName().toString();
        if (file.endsWith(".agent.md")) {
            return file.substring(0, file.length() - ".agent.md".length());
        }
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    public String description() {
        return document.string("description").orElse("");
    }

    public String model() {
        return document.string("model").orElse("");
    }
}
