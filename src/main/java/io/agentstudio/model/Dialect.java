package io.agentstudio.model;

/** The agent tool a file is written for, decided by where the file lives in the workspace. */
public enum Dialect {
    CLAUDE_CODE("claude-code", "Claude Code"),
    OPENCODE("opencode", "OpenCode"),
    COPILOT("copilot", "GitHub Copilot"),
    GEMINI("gemini", "Gemini CLI"),
    CURSOR("cursor", "Cursor");

    private final String id;
    private final String displayName;

    Dialect(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }
}
