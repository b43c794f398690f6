package io.agentstudio.logic.export;

import io.agentstudio.model.Dialect;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an export is meant to be used: a tool, and for Claude Code also the plugin form. */
public enum ExportTarget {
    CLAUDE("claude", "Claude Code (project or user folder)", Dialect.CLAUDE_CODE, ".claude/agents/<name>.md"),
    CLAUDE_PLUGIN("claude-plugin", "Claude Code plugin", Dialect.CLAUDE_CODE,
            ".claude-plugin/plugin.json, agents/<name>.md, optionally .claude-plugin/marketplace.json"),
    OPENCODE("opencode", "OpenCode", Dialect.OPENCODE, ".opencode/agents/<id>.md"),
    COPILOT("copilot", "GitHub Copilot", Dialect.COPILOT, ".github/agents/<name>.agent.md"),
    GEMINI("gemini", "Gemini CLI", Dialect.GEMINI, ".gemini/agents/<name>.md"),
    CODEX("codex", "OpenAI Codex", null, ".codex/agents/<name>.toml"),
    CURSOR("cursor", "Cursor", Dialect.CURSOR, ".cursor/agents/<name>.md");

    private final String id;
    private final String displayName;
    private final Dialect dialect;
    private final String layout;

    ExportTarget(String id, String displayName, Dialect dialect, String layout) {
        this.id = id;
        this.displayName = displayName;
        this.dialect = dialect;
        this.layout = layout;
    }

    /** Where the files go inside the destination, for people to read. */
    public String layout() {
        return layout;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The dialect whose rules the exported files must pass; empty for Codex, whose files are TOML. */
    public Optional<Dialect> dialect() {
        return Optional.ofNullable(dialect);
    }

    /**
     * True when an agent already written in {@code written} goes into this target byte for byte. A plugin's agents
     * are Claude Code agents too, but lose the fields plugin agents ignore.
     */
    public boolean copiesAsWritten(Dialect written) {
        return written == dialect && this != CLAUDE_PLUGIN;
    }

    public static Optional<ExportTarget> fromId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.id.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
