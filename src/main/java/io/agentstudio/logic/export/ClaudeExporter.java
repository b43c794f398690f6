package io.agentstudio.logic.export;

/**
 * Claude Code's own folder, {@code .claude/agents/<name>.md}, for a project or (exported into the home folder) the
 * user: every Claude Code agent is copied byte for byte.
 */
final class ClaudeExporter extends AgentFileExporter {

    @Override
    public ExportTarget target() {
        return ExportTarget.CLAUDE;
    }

    @Override
    String folder() {
        return ".claude/agents/";
    }

    @Override
    String extension() {
        return ".md";
    }

    @Override
    byte[] translate(SourceAgent agent, FieldReport report) {
        throw new IllegalStateException("Claude Code agents are copied as written; nothing is translated into Claude Code");
    }

    @Override
    void notes(ExporterOutput out) {
        out.note("Claude Code agents are copied byte for byte. Export into a project folder for a project's agents, or"
                + " into your home folder for your own (~/.claude/agents/).");
    }
}
