package io.agentstudio.logic.export;

/** The exporter of each target. */
public final class Exporters {

    private Exporters() {
    }

    public static Exporter of(ExportTarget target) {
        return switch (target) {
            case CLAUDE -> new ClaudeExporter();
            case CLAUDE_PLUGIN -> new ClaudePluginExporter();
            case OPENCODE -> new OpenCodeExporter();
            case COPILOT -> new CopilotExporter();
            case GEMINI -> new GeminiExporter();
            case CODEX -> new CodexExporter();
            case CURSOR -> new CursorExporter();
        };
    }
}
