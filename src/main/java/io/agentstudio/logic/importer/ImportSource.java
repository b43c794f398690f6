package io.agentstudio.logic.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A tool whose agents can be imported as Claude Code agents, and where that tool keeps them inside a project (the
 * first folder of {@link #folders} that exists below the folder given; the folder given may also be that folder).
 */
public enum ImportSource {
    OPENCODE("opencode", "OpenCode", ".md", List.of(".opencode/agents", ".opencode/agent")),
    COPILOT("copilot", "GitHub Copilot", ".agent.md", List.of(".github/agents")),
    GEMINI("gemini", "Gemini CLI", ".md", List.of(".gemini/agents")),
    CODEX("codex", "OpenAI Codex", ".toml", List.of(".codex/agents")),
    CURSOR("cursor", "Cursor", ".md", List.of(".cursor/agents")),
    CLAUDE_PLUGIN("claude-plugin", "Claude Code plugin", ".md", List.of("agents"));

    private final String id;
    private final String displayName;
    private final String extension;
    private final List<String> folders;

    ImportSource(String id, String displayName, String extension, List<String> folders) {
        this.id = id;
        this.displayName = displayName;
        this.extension = extension;
        this.folders = folders;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The ending of this tool's agent file names ({@code .agent.md} for Copilot). */
    public String extension() {
        return extension;
    }

    /** Where the tool keeps a project's agents, relative to the project, most current first. */
    public List<String> folders() {
        return folders;
    }

    /** The folder of agents inside {@code given}: one of the tool's folders below it, else {@code given} itself. */
    public Path agentsFolder(Path given) {
        for (String folder : folders) {
            Path inside = given.resolve(folder);
            if (Files.isDirectory(inside)) {
                return inside;
            }
        }
        return given;
    }

    public static Optional<ImportSource> fromId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(source -> source.id.equals(wanted)).findFirst();
    }

    /** The ids, for messages: {@code opencode, copilot, ...}. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(ImportSource::id).toList());
    }

    /**
     * The tool a folder's agents were written for, guessed from its folders: a project holding exactly one tool's agents
     * folder, a tool's agents folder itself ({@code .opencode/agents}), a plugin (with {@code .claude-plugin/}), or a
     * folder of {@code .toml} or {@code .agent.md} files. Empty when nothing or more than one tool fits.
     */
    public static Optional<ImportSource> guess(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        List<ImportSource> inside = Arrays.stream(values()).filter(source -> source != CLAUDE_PLUGIN)
                .filter(source -> source.folders.stream().anyMatch(f -> Files.isDirectory(absolute.resolve(f)))).toList();
        if (inside.size() == 1) {
            return Optional.of(inside.get(0));
        }
        if (!inside.isEmpty()) {
            return Optional.empty();
        }
        if (Files.isDirectory(absolute.resolve(".claude-plugin")) && Files.isDirectory(absolute.resolve("agents"))) {
            return Optional.of(CLAUDE_PLUGIN);
        }
        String path = absolute.toString().replace('\\', '/');
        for (ImportSource source : values()) {
            if (source != CLAUDE_PLUGIN && source.folders.stream().anyMatch(f -> path.endsWith("/" + f))) {
                return Optional.of(source);
            }
        }
        Path parent = absolute.getParent();
        if (absolute.getFileName() != null && absolute.getFileName().toString().equals("agents") && parent != null
                && Files.isDirectory(parent.resolve(".claude-plugin"))) {
            return Optional.of(CLAUDE_PLUGIN);
        }
        return SourceFiles.byEnding(absolute);
    }

    @Override
    public String toString() {
        return id;
    }
}
