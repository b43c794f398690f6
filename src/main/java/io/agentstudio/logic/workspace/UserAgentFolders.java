package io.agentstudio.logic.workspace;

import io.agentstudio.model.Dialect;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The folders under a user's home where the tools keep the user's own agents, which every project sees. Only these
 * are read, never the rest of the home. Sources: Claude Code {@code ~/.claude/agents} (its docs, and observed with
 * 2.1.332); Gemini CLI {@code ~/.gemini/agents} (geminicli.com, subagents and /agents reload); GitHub Copilot
 * {@code ~/.copilot/agents} (FORMATS, December 2026); OpenCode {@code ~/.config/opencode/agents}, and the older
 * {@code agent} (OpenCode's agents docs as quoted by third parties); Cursor {@code ~/.cursor/agents} (third-party
 * summaries only, not yet checked against Cursor itself). Claude Code's managed agents
 * ({@code /etc/claude-code/.claude/agents}) and plugin agents are not read.
 */
public final class UserAgentFolders {

    /** How a user agent's relative path names the home: {@code ~/.claude/agents/x.md}. */
    public static final String HOME = "~";

    /** One user agents folder, relative to the home, and the tool that reads it. */
    public record Folder(Path relative, Dialect dialect) {
    }

    public static final List<Folder> KNOWN = List.of(
            new Folder(Path.of(".claude", "agents"), Dialect.CLAUDE_CODE),
            new Folder(Path.of(".gemini", "agents"), Dialect.GEMINI),
            new Folder(Path.of(".copilot", "agents"), Dialect.COPILOT),
            new Folder(Path.of(".cursor", "agents"), Dialect.CURSOR),
            new Folder(Path.of(".config", "opencode", "agents"), Dialect.OPENCODE),
            new Folder(Path.of(".config", "opencode", "agent"), Dialect.OPENCODE));

    private UserAgentFolders() {
    }

    /** The folders of {@code home} that may hold user agents, whether they exist or not. */
    public static List<Path> under(Path home) {
        return KNOWN.stream().map(folder -> home.resolve(folder.relative().toString())).toList();
    }

    /**
     * The tool that reads a file at {@code relative} to the home, when it lies in one of the user agents folders;
     * empty elsewhere.
     */
    public static Optional<Dialect> dialectOf(Path relative) {
        for (Folder folder : KNOWN) {
            Path known = relative.getFileSystem().getPath(folder.relative().toString());
            if (relative.startsWith(known) && relative.getNameCount() > known.getNameCount()) {
                return Optional.of(folder.dialect());
            }
        }
        return Optional.empty();
    }

    /** A user agent file as people write it, from the home ({@code ~/.claude/agents/x.md}); empty for a file in none. */
    public static Optional<String> shown(Path file) {
        return homeOf(file).map(home -> HOME + "/" + home.relativize(file).toString().replace('\\', '/'));
    }

    /** The home of a user agent file: the folder its user agents folder is in; empty for a file in none. */
    public static Optional<Path> homeOf(Path file) {
        for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
            Path home = folder;
            for (Folder known : KNOWN) {
                Path candidate = home.resolve(known.relative().toString());
                if (file.startsWith(candidate)) {
                    return Optional.of(home);
                }
            }
        }
        return Optional.empty();
    }
}
