package io.agentstudio.logic.workspace;

import io.agentstudio.model.Dialect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a file lives decides which tool reads it. Inside a tool's own folder ({@code .claude}, {@code .github},
 * {@code .opencode}, {@code .gemini}, {@code .cursor}) only its agents folder holds agents: the commands, skills and
 * issue templates next to it have frontmatter too, but they are not agents.
 */
public final class DialectLocator {
    /** The tools' own folders in a project. */
    static final Set<String> TOOL_FOLDERS = Set.of(".claude", ".github", ".opencode", ".gemini", ".cursor");

    private DialectLocator() {
    }

    /**
     * The workspace a file given on its own belongs to: the folder that holds the last tool folder on its path
     * ({@code /ws} for {@code /ws/.claude/agents/x.md}), else the file's own folder.
     */
    public static Path workspaceRootOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path folder = absolute.getParent(); folder != null && folder.getParent() != null; folder = folder.getParent()) {
            if (TOOL_FOLDERS.contains(folder.getFileName().toString())) {
                return folder.getParent();
            }
        }
        return absolute.getParent();
    }

    /** The dialect of a file at {@code relative} (to the workspace root), or empty when it is not an agent location. */
    public static Optional<Dialect> dialectOf(Path relative) {
        List<String> parts = new ArrayList<>();
        for (Path part : relative) {
            parts.add(part.toString());
        }
        for (int i = 0; i < parts.size() - 1; i++) {
            String dir = parts.get(i);
            String next = i + 1 < parts.size() - 1 ? parts.get(i + 1) : null;
            switch (dir) {
                case ".claude":
                    return "agents".equals(next) ? Optional.of(Dialect.CLAUDE_CODE) : Optional.empty();
                case ".opencode":
                    return "agents".equals(next) || "agent".equals(next) ? Optional.of(Dialect.OPENCODE) : Optional.empty();
                case ".github":
                    return "agents".equals(next) ? Optional.of(Dialect.COPILOT) : Optional.empty();
                case ".gemini":
                    return "agents".equals(next) ? Optional.of(Dialect.GEMINI) : Optional.empty();
                case ".cursor":
                    return "agents".equals(next) ? Optional.of(Dialect.CURSOR) : Optional.empty();
                case "gemini":
                    if ("agents".equals(next)) {
                        return Optional.of(Dialect.GEMINI);
                    }
                    break;
                default:
                    break;
            }
        }
        return Optional.of(Dialect.CLAUDE_CODE);
    }

    /**
     * OpenCode's id for a file in its agents folder: the path below {@code .opencode/agents/} (or the older
     * {@code .opencode/agent/}) without {@code .md}, so {@code .opencode/agents/team/reviewer.md} is
     * {@code team/reviewer} (OpenCode 1.18.33, both its loaders). Empty when the file is not in such a folder.
     */
    public static Optional<String> openCodeId(Path relative) {
        List<String> parts = new ArrayList<>();
        for (Path part : relative) {
            parts.add(part.toString());
        }
        for (int i = 0; i + 2 < parts.size(); i++) {
            if (parts.get(i).equals(".opencode")) {
                if (!parts.get(i + 1).equals("agents") && !parts.get(i + 1).equals("agent")) {
                    return Optional.empty();
                }
                String id = String.join("/", parts.subList(i + 2, parts.size()));
                return Optional.of(id.endsWith(".md") ? id.substring(0, id.length() - ".md".length()) : id);
            }
        }
        return Optional.empty();
    }

    /**
     * True when the file lies in a tool's own agents folder ({@code .claude/agents}, {@code .gemini/agents}, ..., at any
     * depth below it), where the tool itself decides by name and place which files it reads. A file elsewhere (a
     * collection, a file checked on its own) is an agent only by its content.
     */
    public static boolean inToolAgentsFolder(Path relative) {
        Path folder = relative.getParent();
        for (int i = 0; folder != null && i + 1 < folder.getNameCount(); i++) {
            String name = folder.getName(i).toString();
            String next = folder.getName(i + 1).toString();
            if (TOOL_FOLDERS.contains(name) && (next.equals("agents") || next.equals("agent"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The folder a file's tool folder sits in, relative to the workspace ({@code packages/a} for
     * {@code packages/a/.claude/agents/x.md}); the empty path for the root's tool folders and for files outside any
     * tool folder.
     */
    public static Path projectFolderOf(Path relative) {
        Path folder = relative.getParent();
        for (int i = 0; folder != null && i < folder.getNameCount(); i++) {
            if (TOOL_FOLDERS.contains(folder.getName(i).toString())) {
                return i == 0 ? relative.getFileSystem().getPath("") : folder.subpath(0, i);
            }
        }
        return relative.getFileSystem().getPath("");
    }

    /** True when the file lies in (a subfolder of) a {@code .claude/agents} folder, where Claude Code looks for agents. */
    public static boolean inClaudeAgentsFolder(Path relative) {
        Path folder = relative.getParent();
        for (int i = 0; folder != null && i + 1 < folder.getNameCount(); i++) {
            if (folder.getName(i).toString().equals(".claude") && folder.getName(i + 1).toString().equals("agents")) {
                return true;
            }
        }
        return false;
    }

    /** True when some folder between the root and the file is named {@code agents} (or OpenCode's {@code agent}). */
    public static boolean isUnderAgentsFolder(Path relative) {
        Path parent = relative.getParent();
        if (parent == null) {
            return false;
        }
        for (Path part : parent) {
            String name = part.toString().toLowerCase(Locale.ROOT);
            if (name.equals("agents")) {
                return true;
            }
        }
        return parent.toString().replace('\\', '/').contains(".opencode/agent");
    }
}
